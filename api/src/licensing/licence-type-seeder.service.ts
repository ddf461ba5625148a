import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LicenceType } from './licence-type.entity';

/** Seeds the licence types once; later changes are the administrators' (existing rows are left alone). */
@Injectable()
export class LicenceTypeSeeder {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async seed(): Promise<void> {
    const { types } = JSON.parse(readFileSync(join(__dirname, 'seed', 'licence-types.json'), 'utf8')) as { types: LicenceType[] };
    await this.db.createQueryBuilder().insert().into(LicenceType).values(types).orIgnore().execute();
  }
}
