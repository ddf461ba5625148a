import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram) were removed.

export class AddCertificates1796518150047 implements MigrationInterface {
  name = 'AddCertificates1796518150047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL, "worker_id" uuid NOT NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "curriculum_id" character varying, "licence_id" uuid, "short_code" character varying NOT NULL, "credential" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "UQ_5dfa1d4e4e89fe4a8b31a67e842" UNIQUE ("short_code"), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1aa8d3a007a5067f061616a380" ON "certificate"  ("worker_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_curriculum_once" ON "certificate"  ("worker_id", "curriculum_id") WHERE kind = 'curriculum' AND revoked_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificate_curriculum_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1aa8d3a007a5067f061616a380"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
  }
}
