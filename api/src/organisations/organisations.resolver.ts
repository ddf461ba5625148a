import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { Facility } from './facility.entity';
import { OrganisationsService } from './organisations.service';
import { Region } from './region.entity';
import { UUID } from '../common/scalars';

@Resolver()
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Allow(Permission.OrganisationsRead)
  @Query(() => [Region], { description: 'Children of a region; first-level divisions without parentId.' })
  regions(@Args('parentId', { type: () => UUID, nullable: true }) parentId: string | undefined) {
    return this.organisations.children(parentId);
  }

  @Allow(Permission.OrganisationsRead)
  @Query(() => [Facility], { description: 'Facilities anywhere inside a region.' })
  async facilities(@Args('regionId', { type: () => UUID }) regionId: string) {
    return this.organisations.facilitiesWithin(await this.organisations.region(regionId));
  }
}
