import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Facility } from './facility.entity';
import type { FacilityLevel, RegionKind } from './organisation.enums';
import { Region } from './region.entity';

interface SeedFile {
  regions: { code: string; name: string; nameEn: string; kind: RegionKind; parent: string | null }[];
  facilities: { code: string; name: string; nameEn: string; level: FacilityLevel; region: string }[];
}

/**
 * Upserts the DPRK region tree and reference facilities by code (sources are listed in the seed file).
 * Reference data, so it runs on every start, demo or production; re-running changes nothing.
 */
@Injectable()
export class RegionSeeder {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async seed(): Promise<void> {
    const seed = JSON.parse(readFileSync(join(__dirname, 'seed', 'dprk-regions.json'), 'utf8')) as SeedFile;
    await this.db.transaction(async (manager) => {
      const byCode = new Map<string, Region>();
      // Parents precede children in the file, so each parent's id and path are known when a child comes.
      for (const r of seed.regions) {
        const parent = r.parent ? byCode.get(r.parent) : undefined;
        if (r.parent && !parent) throw new Error(`region ${r.code}: parent ${r.parent} must come first`);
        await manager.upsert(
          Region,
          {
            code: r.code,
            name: r.name,
            nameEn: r.nameEn,
            kind: r.kind,
            parentId: parent?.id ?? null,
            path: `${parent?.path ?? ''}${r.code}/`,
            depth: (parent?.depth ?? -1) + 1,
          },
          ['code'],
        );
        byCode.set(r.code, await manager.findOneByOrFail(Region, { code: r.code }));
      }
      for (const f of seed.facilities) {
        const region = byCode.get(f.region);
        if (!region) throw new Error(`facility ${f.code}: unknown region ${f.region}`);
        await manager.upsert(Facility, { code: f.code, name: f.name, nameEn: f.nameEn, level: f.level, regionId: region.id }, ['code']);
      }
    });
  }
}
