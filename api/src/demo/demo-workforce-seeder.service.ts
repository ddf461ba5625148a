import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { shiftYears } from '../licensing/ledger.service';
import { demoName, issuedOn, pick, seeded, STAFFING } from './demo-workforce';
import { isoDate } from '../common/dates';

const PROVINCE = 'KP-02';
const WORKERS = 500;

/**
 * Demo mode only: a county hospital in every city and county of South Pyongan that has no facility yet, and
 * ~500 workers with licences in every status, so the registrar's views show something real. Runs once.
 */
@Injectable()
export class DemoWorkforceSeeder {
  private readonly logger = new Logger(DemoWorkforceSeeder.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async seed(traineeUserId: string | undefined): Promise<void> {
    if ((await this.db.query(`SELECT 1 FROM worker WHERE registration_number LIKE 'DEMO-%' LIMIT 1`)).length > 0) return;
    await this.db.transaction(async (manager) => {
      await this.addCountyHospitals(manager);
      const facilities: { id: string; level: string; region_id: string }[] = await manager.query(
        `SELECT f.id, f.level, f.region_id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE $1 ORDER BY f.code`,
        [`${PROVINCE}/%`],
      );
      const types: { id: string; cadre: string; validity_years: number }[] = await manager.query(
        `SELECT id, cadre, validity_years FROM licence_type`,
      );
      const random = seeded(20261122);
      const today = new Date();
      for (let i = 0; i < WORKERS; i++) {
        const facility = i === 0 ? (facilities.find((f) => f.level === 'ri_dong') ?? facilities[0]) : pick(random, facilities);
        const cadre = i === 0 ? 'midwife' : pick(random, STAFFING[facility.level] ?? STAFFING.ri_dong);
        const type = types.find((t) => t.cadre === cadre)!;
        const licence = i === 0 ? { issuedOn: shiftYears(isoDate(today), -2), status: 'active' as const } : issuedOn(random, today);
        const [worker] = await manager.query(
          `INSERT INTO worker (registration_number, name, cadre, facility_id, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [
            `DEMO-${String(i + 1).padStart(5, '0')}`,
            i === 0 ? '김영희' : demoName(random),
            cadre,
            facility.id,
            i === 0 ? (traineeUserId ?? null) : null,
          ],
        );
        await manager.query(`INSERT INTO worker_posting (worker_id, facility_id, started_on) VALUES ($1, $2, $3)`, [
          worker.id,
          facility.id,
          licence.issuedOn,
        ]);
        const expiresOn = shiftYears(licence.issuedOn, type.validity_years);
        const status = licence.status === 'active' && expiresOn < isoDate(today) ? 'lapsed' : licence.status;
        await manager.query(
          `INSERT INTO licence (number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status, status_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            `PN-${String(i + 1).padStart(6, '0')}`,
            worker.id,
            type.id,
            facility.region_id,
            licence.issuedOn,
            expiresOn,
            status,
            status === 'suspended' ? '조사중 (시범자료)' : status === 'revoked' ? '취소 (시범자료)' : null,
          ],
        );
        if (random() < 0.6) {
          await manager.query(
            `INSERT INTO credit_entry (worker_id, source, hours, topic, earned_on, note) VALUES ($1, 'manual', $2, $3, $4, '도 보건일군 재교육 강습 (시범자료)')`,
            [worker.id, 2 + Math.floor(random() * 12), pick(random, ['maternal', 'ncd', 'tb']), shiftYears(isoDate(today), -1)],
          );
        }
      }
    });
    this.logger.log(`demo workforce created: ${WORKERS} workers in ${PROVINCE}`);
  }

  private async addCountyHospitals(manager: EntityManager) {
    await manager.query(
      `INSERT INTO facility (code, name, name_en, level, region_id)
       SELECT 'F-' || r.code || '-HOSP', r.name || '병원', r.name_en || ' Hospital', 'city_county', r.id
       FROM region r WHERE r.path LIKE $1 AND r.depth = 1
         AND NOT EXISTS (SELECT 1 FROM facility f JOIN region fr ON fr.id = f.region_id WHERE fr.path LIKE r.path || '%')
       ON CONFLICT (code) DO NOTHING`,
      [`${PROVINCE}/%`],
    );
  }
}
