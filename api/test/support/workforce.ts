import { randomUUID } from 'node:crypto';
import { Role } from '../../src/access/role.enum';
import { startTestApp, type TestApp } from './test-app';

const REGISTER = `mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`;

/** The first facility (by code) of a province in the seeded region tree. */
export async function firstFacilityIn(app: TestApp, province = 'KP-02'): Promise<{ id: string; code: string; name: string }> {
  const [facility] = await app.db.query(
    `SELECT f.id, f.code, f.name FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE $1 ORDER BY f.code LIMIT 1`,
    [`${province}/%`],
  );
  return facility;
}

/** A new facility of its own in the province's first county, for specs that count what one facility holds. */
export async function newFacilityIn(app: TestApp, province = 'KP-02'): Promise<string> {
  const code = `T-${randomUUID().slice(0, 8)}`;
  const [facility] = await app.db.query(
    `INSERT INTO facility (code, name, name_en, level, region_id)
     SELECT $1::text, '시험 진료소 ' || $1::text, 'Test clinic ' || $1::text, f.level, f.region_id
     FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE $2 ORDER BY f.code LIMIT 1 RETURNING id`,
    [code, `${province}/%`],
  );
  return facility.id;
}

/** Registers a worker (a midwife named 김순희 unless told otherwise) through the API; returns its id. */
export async function registerWorker(
  app: TestApp,
  token: string,
  input: { facilityId: string; name?: string; cadre?: string; userId?: string },
): Promise<string> {
  const result = await app.gql<{ registerWorker: { id: string } }>(
    REGISTER,
    { input: { registrationNumber: `R-${randomUUID().slice(0, 8)}`, name: '김순희', cadre: 'midwife', ...input } },
    { token },
  );
  if (!result.data) throw new Error(`registerWorker failed: ${JSON.stringify(result.errors)}`);
  return result.data.registerWorker.id;
}

/** A test app on the shared database with a registrar of South Pyongan and a facility there. */
export async function startRegistrarApp(): Promise<{ app: TestApp; registrar: string; facilityId: string }> {
  const app = await startTestApp();
  return { app, registrar: (await app.newUser(Role.registrar)).token, facilityId: (await firstFacilityIn(app)).id };
}
