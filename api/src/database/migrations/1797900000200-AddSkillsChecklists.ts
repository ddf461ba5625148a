import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the Checklist and SkillAssessment entities and Curriculum.checklistIds, then reviewed: the
// generator's drops of hand-written indexes removed, comments added.
export class AddSkillsChecklists1797900000200 implements MigrationInterface {
  name = 'AddSkillsChecklists1797900000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "checklist" ("id" character varying NOT NULL, "title" character varying NOT NULL, "title_en" character varying NOT NULL,
         "summary" text, "summary_en" text, "topic" character varying NOT NULL, "care_level" character varying NOT NULL, "cadres" text array NOT NULL,
         "position" integer NOT NULL, "lesson_ids" text array NOT NULL, "equipment" jsonb NOT NULL, "steps" jsonb NOT NULL, "references" jsonb NOT NULL,
         "review_by" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e4b437f5107f2a9d5b744d4eb4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "skill_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "checklist_id" character varying NOT NULL,
         "checklist_version" integer NOT NULL, "outcome" character varying NOT NULL, "assessed_on" date NOT NULL, "facility_id" uuid NOT NULL,
         "missed_steps" integer array NOT NULL DEFAULT '{}', "note" text, "recorded_by" uuid NOT NULL, "client_id" uuid NOT NULL,
         "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3e568b37f55708610a157c6df7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0b615254c55c373111657146d7" ON "skill_assessment" ("worker_id", "checklist_id")`);
    // One record per submission: a re-sent form (same recorder and client key) finds the first.
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_skill_assessment_client" ON "skill_assessment" ("recorded_by", "client_id")`);
    await queryRunner.query(`ALTER TABLE "curriculum" ADD "checklist_ids" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "skill_assessment" ADD CONSTRAINT "FK_e7d59eb9a0381da20afefa39c24" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_assessment" ADD CONSTRAINT "FK_953a842aa0389a9258be05f803a" FOREIGN KEY ("checklist_id") REFERENCES "checklist"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_assessment" ADD CONSTRAINT "FK_c3d842fe98aa3bb53eb601af50c" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill_assessment" ADD CONSTRAINT "FK_c3a458852797798b9e0f8e3071a" FOREIGN KEY ("recorded_by") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "skill_assessment"`);
    await queryRunner.query(`ALTER TABLE "curriculum" DROP COLUMN "checklist_ids"`);
    await queryRunner.query(`DROP TABLE "checklist"`);
  }
}
