import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram) were removed.

export class AddRetrainingPlans1795398034790 implements MigrationInterface {
  name = 'AddRetrainingPlans1795398034790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retraining_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "curriculum_id" character varying NOT NULL, "due_on" date NOT NULL, "assigned_by" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13081c2ac736cf9b1b2930d8a69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fe6a33e6eec90207fdd348e96e" ON "retraining_plan"  ("curriculum_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2928dafd18cafcbcfa942567dc" ON "retraining_plan"  ("due_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62928568fb5fda376c0cd7a18c" ON "retraining_plan"  ("worker_id", "curriculum_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_62928568fb5fda376c0cd7a18c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2928dafd18cafcbcfa942567dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe6a33e6eec90207fdd348e96e"`);
    await queryRunner.query(`DROP TABLE "retraining_plan"`);
  }
}
