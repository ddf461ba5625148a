import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-character search on workers. pg_trgm needs three characters in a row to use its index, but most Korean
 * names are two or three syllables and registrars search for "김철" or "순희". `registry_bigrams` lists the
 * distinct two-character pieces of a text; GIN indexes on it (lower case) find a two-character term with one
 * array-containment lookup. Plain SQL, so PGlite runs it as PostgreSQL does.
 */
export class AddWorkerBigramIndexes1797700000001 implements MigrationInterface {
  name = 'AddWorkerBigramIndexes1797700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION registry_bigrams(value text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT COALESCE(array_agg(DISTINCT substr(value, i, 2)), '{}') FROM generate_series(1, length(value) - 1) AS i
    $$`);
    await queryRunner.query(`CREATE INDEX "IDX_worker_name_bigrams" ON "worker" USING gin (registry_bigrams(lower("name")))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_worker_registration_number_bigrams" ON "worker" USING gin (registry_bigrams(lower("registration_number")))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_worker_registration_number_bigrams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_worker_name_bigrams"`);
    await queryRunner.query(`DROP FUNCTION registry_bigrams(text)`);
  }
}
