import { Fragment } from 'react';
import type { SnippetPart } from './model';

/** Snippets are plain text: React escapes every piece, and only `match` adds markup (`<mark>`). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>));
}
