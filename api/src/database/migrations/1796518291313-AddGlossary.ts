import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram, textbook
// section) were removed; the trigram GIN indexes on the two terms (glossary search, ILIKE '%…%') are hand-written.

export class AddGlossary1796518291313 implements MigrationInterface {
  name = 'AddGlossary1796518291313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "glossary_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "south_term" character varying NOT NULL, "north_term" character varying NOT NULL, "relation" character varying NOT NULL, "domain" character varying NOT NULL DEFAULT '', "note" text NOT NULL DEFAULT '', "source" text NOT NULL DEFAULT '', "status" character varying NOT NULL, "proposed_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_glossary_entry_terms" UNIQUE ("south_term", "north_term"), CONSTRAINT "PK_291c7d5346e43d5c159bf3818d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_10686be0e6918c9cb2017e38a5" ON "glossary_entry"  ("status") `);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const column of ['south_term', 'north_term']) {
      await queryRunner.query(`CREATE INDEX "IDX_glossary_entry_${column}_trgm" ON "glossary_entry" USING gin ("${column}" gin_trgm_ops)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['south_term', 'north_term']) {
      await queryRunner.query(`DROP INDEX "public"."IDX_glossary_entry_${column}_trgm"`);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_10686be0e6918c9cb2017e38a5"`);
    await queryRunner.query(`DROP TABLE "glossary_entry"`);
  }
}
