import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { manyEach, oneEach, PerRequest } from '../common/loaders';
import { Curriculum } from '../curricula/curriculum.entity';
import { Facility } from '../organisations/facility.entity';
import { Certificate } from './certificates/certificate.entity';
import { LicenceType } from './licence-type.entity';
import { Licence } from './licence.entity';
import type { RetrainingProgress } from './licensing.model';
import type { RetrainingPlan } from './retraining-plan.entity';
import { RetrainingService } from './retraining.service';
import type { Worker } from './worker.entity';

/** Per-request loaders: a list of workers with their licences, facilities, certificates and plans costs one query per field. */
export class LicensingLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly retraining: RetrainingService,
  ) {}

  readonly licencesOfWorker = new DataLoader<string, Licence[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(Licence).find({ where: { workerId: In([...ids]) }, order: { issuedOn: 'DESC' } }),
      (l) => l.workerId,
    ),
  );

  readonly facility = new DataLoader<string, Facility | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Facility).findBy({ id: In([...ids]) }), (f) => f.id),
  );

  readonly certificatesOfWorker = new DataLoader<Worker, Certificate[], string>(
    async (workers) => {
      const ids = workers.map((w) => w.id);
      return manyEach(
        ids,
        await this.db.getRepository(Certificate).find({ where: { workerId: In(ids) }, order: { issuedAt: 'DESC' } }),
        (c) => c.workerId,
      );
    },
    { cacheKeyFn: (worker) => worker.id },
  );

  /** A retraining plan's curriculum. */
  readonly curriculum = new DataLoader<string, Curriculum | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Curriculum).findBy({ id: In([...ids]) }), (c) => c.id),
  );

  readonly type = new DataLoader<string, LicenceType | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(LicenceType).findBy({ id: In([...ids]) }), (t) => t.id),
  );

  /** A worker's retraining plans, most urgent first. */
  readonly retrainingPlansOf = new DataLoader<string, RetrainingPlan[]>((workerIds) => this.retraining.plansOf(workerIds));

  /** A plan's progress (courses completed, skills passed, done, overdue). */
  readonly planProgress = new DataLoader<RetrainingPlan, RetrainingProgress, string>((plans) => this.retraining.progressOf(plans), {
    cacheKeyFn: (plan) => plan.id,
  });
}

@Injectable()
export class LicensingLoaderFactory {
  private readonly loaders = new PerRequest(() => new LicensingLoaders(this.db, this.retraining));

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly retraining: RetrainingService,
  ) {}

  for(request: object): LicensingLoaders {
    return this.loaders.for(request);
  }
}
