import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { SearchResult } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly access: AccessService,
  ) {}

  @Query(() => SearchResult, { description: 'Lessons and textbook sections containing every word of the query, best first' })
  search(
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @CurrentActor() actor?: Actor,
  ): Promise<SearchResult> {
    this.access.require(actor, { permission: Permission.CurriculaRead });
    this.access.require(actor, { permission: Permission.TextbooksRead });
    return this.searchService.search(query, first);
  }
}
