import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { SearchArgs } from './search.args';
import { SearchHitPage } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Allow(Permission.CurriculaRead, Permission.TextbooksRead)
  @Query(() => SearchHitPage, { description: 'Lessons and textbook sections containing every word of the query, best first' })
  search(@Args() args: SearchArgs) {
    return this.searchService.search(args.query, args);
  }
}
