import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { Facility } from './facility.entity';
import { OrganisationsService } from './organisations.service';
import { Region } from './region.entity';
import { UUID } from '../common/scalars';

@Resolver()
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [Region], { description: 'Children of a region; first-level divisions without parentId.' })
  regions(@Args('parentId', { type: () => UUID, nullable: true }) parentId: string | undefined, @CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.OrganisationsRead });
    return this.organisations.children(parentId);
  }

  @Query(() => [Facility], { description: 'Facilities anywhere inside a region.' })
  async facilities(@Args('regionId', { type: () => UUID }) regionId: string, @CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.OrganisationsRead });
    return this.organisations.facilitiesWithin(await this.organisations.region(regionId));
  }
}
