import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { SearchResult } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Allow(Permission.CurriculaRead, Permission.TextbooksRead)
  @Query(() => SearchResult, { description: 'Lessons and textbook sections containing every word of the query, best first' })
  search(
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<SearchResult> {
    return this.searchService.search(query, first);
  }
}
