import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../common/request-context';
import { SearchArgs } from './search.args';
import { SearchHitPage } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly access: AccessService,
  ) {}

  @Query(() => SearchHitPage, { description: 'Lessons and textbook sections containing every word of the query, best first' })
  search(@Args() args: SearchArgs, @CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.CurriculaRead });
    this.access.require(actor, { permission: Permission.TextbooksRead });
    return this.searchService.search(args.query, args);
  }
}
