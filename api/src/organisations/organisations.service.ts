import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Facility } from './facility.entity';
import { Region } from './region.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Children of a region, or the first-level divisions when no parent is given. */
  children(parentId?: string): Promise<Region[]> {
    return this.db.getRepository(Region).find({ where: { parentId: parentId ?? IsNull() }, order: { code: 'ASC' } });
  }

  async region(id: string): Promise<Region> {
    const region = await this.db.getRepository(Region).findOneBy({ id });
    if (!region) throw new NotFoundException({ ko: '지역', en: 'Region' }, id);
    return region;
  }

  /** Facilities anywhere inside a region (one indexed prefix match on the region path). */
  facilitiesWithin(region: Region): Promise<Facility[]> {
    return this.db
      .getRepository(Facility)
      .createQueryBuilder('f')
      .innerJoin(Region, 'r', 'r.id = f.region_id')
      .where('r.path LIKE :prefix', { prefix: `${region.path}%` })
      .orderBy('f.code', 'ASC')
      .getMany();
  }
}
