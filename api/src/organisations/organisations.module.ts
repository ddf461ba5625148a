import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { RegionSeeder } from './region-seeder.service';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, RegionSeeder],
  exports: [RegionSeeder],
})
export class OrganisationsModule {}
