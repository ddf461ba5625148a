import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram) were removed.

export class AddLicensing1795397669654 implements MigrationInterface {
  name = 'AddLicensing1795397669654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "source" character varying NOT NULL, "hours" numeric(6,2) NOT NULL, "topic" character varying NOT NULL, "earned_on" date NOT NULL, "course_id" character varying, "note" text, "reverses_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e12864c5685aedc350d7025c726" UNIQUE ("reverses_id"), CONSTRAINT "PK_05b1d62338497046115e3893f9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f42c3ad27f8fec453bf07e97ef" ON "credit_entry"  ("worker_id", "course_id") WHERE source = 'course_completion'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_173a7ed24233b79e8803883394" ON "credit_entry"  ("worker_id", "earned_on") `);
    await queryRunner.query(
      `CREATE TABLE "licence_type" ("id" character varying NOT NULL, "cadre" character varying NOT NULL, "name" character varying NOT NULL, "name_en" character varying NOT NULL, "validity_years" integer NOT NULL, "credits_per_cycle" numeric(6,2) NOT NULL, "topic_minimums" jsonb NOT NULL DEFAULT '[]', "retraining_curricula" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_8382f11dc21cf4dc4c064799be5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "licence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying NOT NULL, "worker_id" uuid NOT NULL, "licence_type_id" character varying NOT NULL, "issuing_region_id" uuid NOT NULL, "issued_on" date NOT NULL, "expires_on" date NOT NULL, "status" character varying NOT NULL, "status_reason" text, CONSTRAINT "UQ_4cb477376407a61c4d02484bb5c" UNIQUE ("number"), CONSTRAINT "PK_3b4f2cda4a38b8026e4c700844c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_006fa781e3b3f1fe4157143f40" ON "licence"  ("worker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8f9c857209939f4198c4e8127d" ON "licence"  ("issuing_region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_65c860fcd050f7e78063426816" ON "licence"  ("expires_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_472a61abcc2768ff42d0d74e16" ON "licence"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "worker_posting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "started_on" date NOT NULL, "ended_on" date, CONSTRAINT "PK_117a0d2d1ee9e9ff1731366a01d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_808f3ccd48a876a5c0a61e9316" ON "worker_posting"  ("worker_id") `);
    await queryRunner.query(
      `CREATE TABLE "worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration_number" character varying NOT NULL, "name" character varying NOT NULL, "cadre" character varying NOT NULL, "facility_id" uuid NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_51cbbb13527de7b81d8d3b36935" UNIQUE ("registration_number"), CONSTRAINT "PK_dc8175fa0e34ce7a39e4ec73b94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e62a5d95d600035ac402e7d46f" ON "worker"  ("cadre") `);
    await queryRunner.query(`CREATE INDEX "IDX_746291c47890b0cfe3e6989aa4" ON "worker"  ("facility_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7f55e621d3ca9ed4ba5ea6122e" ON "worker"  ("user_id") WHERE user_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7f55e621d3ca9ed4ba5ea6122e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_746291c47890b0cfe3e6989aa4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e62a5d95d600035ac402e7d46f"`);
    await queryRunner.query(`DROP TABLE "worker"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_808f3ccd48a876a5c0a61e9316"`);
    await queryRunner.query(`DROP TABLE "worker_posting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_472a61abcc2768ff42d0d74e16"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65c860fcd050f7e78063426816"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f9c857209939f4198c4e8127d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_006fa781e3b3f1fe4157143f40"`);
    await queryRunner.query(`DROP TABLE "licence"`);
    await queryRunner.query(`DROP TABLE "licence_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_173a7ed24233b79e8803883394"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f42c3ad27f8fec453bf07e97ef"`);
    await queryRunner.query(`DROP TABLE "credit_entry"`);
  }
}
