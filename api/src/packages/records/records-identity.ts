import type { EntityManager } from 'typeorm';
import { ForbiddenException } from '../../common/domain.exception';
import { RecordsInvalidException } from './records.exception';

/** Lookups kept per import, bounded so a national package's ids never pile up in memory. */
const CACHE_LIMIT = 20_000;
function remember<V>(cache: Map<string, V>, key: string, value: V) {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/** Tables whose rows point at a worker, re-pointed when an incoming worker turns out to be one held here. */
const WORKER_REFERENCES = [
  'worker_posting',
  'licence',
  'credit_entry',
  'certificate',
  'skill_assessment',
  'records_learning',
  'records_conflict',
];

/**
 * How records of another install find theirs here, inside the import's transaction: facilities and regions by
 * code; a worker by its id, else by its registration number (the national key: the same person registered on
 * both sides becomes one worker, the incoming id an alias of ours); a licence by id, else by its number. An
 * importer limited to regions (a scoped registrar) is refused any record of a worker outside them.
 */
export class RecordsIdentity {
  private readonly facilities = new Map<string, { id: string; path: string }>();
  private readonly regions = new Map<string, string>();
  private readonly aliases = new Map<string, string>();
  private readonly workerPaths = new Map<string, string | null>();

  constructor(
    private readonly manager: EntityManager,
    private readonly scope: string[] | null,
  ) {}

  get scoped(): boolean {
    return this.scope !== null;
  }

  async facility(code: string, type: string, id: string): Promise<{ id: string; path: string }> {
    if (!this.facilities.has(code)) {
      const [row] = (await this.manager.query(`SELECT f.id, r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.code = $1`, [
        code,
      ])) as { id: string; path: string }[];
      if (!row) throw new RecordsInvalidException(type, id, `facility ${code} is not known on this server`);
      this.facilities.set(code, row);
    }
    return this.facilities.get(code)!;
  }

  async region(code: string, type: string, id: string): Promise<string> {
    if (!this.regions.has(code)) {
      const [row] = (await this.manager.query(`SELECT id FROM region WHERE code = $1`, [code])) as { id: string }[];
      if (!row) throw new RecordsInvalidException(type, id, `region ${code} is not known on this server`);
      this.regions.set(code, row.id);
    }
    return this.regions.get(code)!;
  }

  /** The local id a record id of `type` stands for (itself unless it was matched to another). */
  async local(type: 'worker' | 'licence', id: string): Promise<string> {
    const key = `${type}:${id}`;
    if (!this.aliases.has(key)) {
      const [row] = (await this.manager.query(`SELECT local_id FROM records_alias WHERE record_type = $1 AND source_id = $2`, [
        type,
        id,
      ])) as { local_id: string }[];
      remember(this.aliases, key, row?.local_id ?? id);
    }
    return this.aliases.get(key)!;
  }

  /** Finds the incoming worker here (by id, alias, then registration number); its local id. */
  async worker(id: string, registrationNumber: string, sourceInstallId: string): Promise<string> {
    const local = await this.local('worker', id);
    if (local !== id || (await this.exists('worker', id))) return local;
    const [match] = (await this.manager.query(`SELECT id FROM worker WHERE registration_number = $1`, [registrationNumber])) as {
      id: string;
    }[];
    if (!match) return id;
    await this.alias('worker', id, match.id, sourceInstallId);
    // Records of this worker that arrived before the worker itself (an out-of-order package) follow it.
    for (const table of WORKER_REFERENCES)
      await this.manager.query(`UPDATE ${table} SET worker_id = $2 WHERE worker_id = $1`, [id, match.id]);
    return match.id;
  }

  /** Finds the incoming licence here (by id, alias, then its number); its local id. */
  async licence(id: string, number: string, sourceInstallId: string): Promise<string> {
    const local = await this.local('licence', id);
    if (local !== id || (await this.exists('licence', id))) return local;
    const [match] = (await this.manager.query(`SELECT id FROM licence WHERE number = $1`, [number])) as { id: string }[];
    if (!match) return id;
    await this.alias('licence', id, match.id, sourceInstallId);
    await this.manager.query(`UPDATE certificate SET licence_id = $2 WHERE licence_id = $1`, [id, match.id]);
    return match.id;
  }

  /**
   * Refuses a scoped importer a record of a worker outside its regions: the worker's place here (if held) and
   * the facility the record names (if any) must both be inside; a worker it can place nowhere is refused too.
   */
  async requireWorkerInScope(workerId: string, facilityPath?: string): Promise<void> {
    if (this.scope === null) return;
    if (!this.workerPaths.has(workerId)) {
      const [row] = (await this.manager.query(
        `SELECT r.path FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id WHERE w.id = $1`,
        [workerId],
      )) as { path: string }[];
      remember(this.workerPaths, workerId, row?.path ?? null);
    }
    const paths = [this.workerPaths.get(workerId), facilityPath].filter((path): path is string => typeof path === 'string');
    if (paths.length === 0 || !paths.every((path) => this.scope!.some((scope) => path.startsWith(scope)))) throw new ForbiddenException();
  }

  /** After a worker is written here its place is known for the records that follow. */
  placed(workerId: string, path: string) {
    remember(this.workerPaths, workerId, path);
  }

  private async exists(table: 'worker' | 'licence', id: string): Promise<boolean> {
    return ((await this.manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])) as unknown[]).length > 0;
  }

  private async alias(type: string, sourceId: string, localId: string, sourceInstallId: string) {
    await this.manager.query(`INSERT INTO records_alias (record_type, source_install_id, source_id, local_id) VALUES ($1, $2, $3, $4)`, [
      type,
      sourceInstallId,
      sourceId,
      localId,
    ]);
    remember(this.aliases, `${type}:${sourceId}`, localId);
  }
}
