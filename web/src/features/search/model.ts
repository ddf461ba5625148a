// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { SearchQuery } from './search.generated';

export type { SearchQuery };
export type SearchHit = SearchQuery['search']['items'][number];
export type SnippetPart = SearchHit['snippet'][number];
