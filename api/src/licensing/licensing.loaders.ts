import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Curriculum } from '../curricula/curriculum.entity';
import { Facility } from '../organisations/facility.entity';
import { Certificate } from './certificates/certificate.entity';
import { LicenceType } from './licence-type.entity';
import { Licence } from './licence.entity';
import type { Worker } from './worker.entity';

/** Per-request loaders: a list of workers with their licences, facilities, certificates and plans costs one query per field. */
export class LicensingLoaders {
  constructor(private readonly db: DataSource) {}

  readonly licencesOfWorker = new DataLoader<string, Licence[]>(async (ids) => {
    const rows = await this.db.getRepository(Licence).find({ where: { workerId: In([...ids]) }, order: { issuedOn: 'DESC' } });
    return ids.map((id) => rows.filter((l) => l.workerId === id));
  });

  readonly facility = new DataLoader<string, Facility | undefined>(async (ids) => {
    const rows = await this.db.getRepository(Facility).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((f) => f.id === id));
  });

  readonly certificatesOfWorker = new DataLoader<Worker, Certificate[], string>(
    async (workers) => {
      const rows = await this.db.getRepository(Certificate).find({ where: { workerId: In(workers.map((w) => w.id)) }, order: { issuedAt: 'DESC' } });
      return workers.map((w) => rows.filter((c) => c.workerId === w.id));
    },
    { cacheKeyFn: (worker) => worker.id },
  );

  /** A retraining plan's curriculum. */
  readonly curriculum = new DataLoader<string, Curriculum | undefined>(async (ids) => {
    const rows = await this.db.getRepository(Curriculum).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((c) => c.id === id));
  });

  readonly type = new DataLoader<string, LicenceType | undefined>(async (ids) => {
    const rows = await this.db.getRepository(LicenceType).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((t) => t.id === id));
  });
}

@Injectable()
export class LicensingLoaderFactory {
  private readonly perRequest = new WeakMap<object, LicensingLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(request: object): LicensingLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) this.perRequest.set(request, (loaders = new LicensingLoaders(this.db)));
    return loaders;
  }
}
