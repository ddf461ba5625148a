import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram) were removed.

export class AddLearning1795396595043 implements MigrationInterface {
  name = 'AddLearning1795396595043';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_completion" ("user_id" uuid NOT NULL, "course_id" character varying NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "credit_hours" numeric(6,2) NOT NULL, "topic" character varying NOT NULL, CONSTRAINT "PK_823821f72becaf73da0a5c98541" PRIMARY KEY ("user_id", "course_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_49d3347be733f1a45fa2020af7" ON "course_completion"  ("completed_at") `);
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_id" character varying NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9fb006e88f06e280df62695636" ON "enrolment"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2b2ef611d7003a8a61eb2838a3" ON "enrolment"  ("course_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c1c2a5dd769d9f13e92b8a9c6e" ON "enrolment"  ("user_id", "course_id") `);
    await queryRunner.query(
      `CREATE TABLE "lesson_progress" ("user_id" uuid NOT NULL, "lesson_id" character varying NOT NULL, "course_id" character varying NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "position" double precision, "position_at" TIMESTAMP WITH TIME ZONE, "position_event" uuid, "percent_read" integer NOT NULL DEFAULT '0', "time_spent_seconds" integer NOT NULL DEFAULT '0', "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f34e3a227170e0ce674e0afb58a" PRIMARY KEY ("user_id", "lesson_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_112753761c2a01adab9677b717" ON "lesson_progress"  ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "progress_event" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "lesson_id" character varying NOT NULL, "type" character varying NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "position" double precision, "percent_read" integer, "seconds" integer, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_progress_event" PRIMARY KEY ("user_id", "id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_39bdfb4c4c4e01de514a636254" ON "progress_event"  ("user_id", "lesson_id") `);
    await queryRunner.query(
      `CREATE TABLE "quiz_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "quiz_id" character varying NOT NULL, "number" integer NOT NULL, "layout" jsonb NOT NULL, "answers" jsonb, "correct" jsonb, "score" integer, "passed" boolean, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9a6c33ec08b4bcb74ca27701a94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_77409c778cba55d5aa36a49a2c" ON "quiz_attempt"  ("quiz_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d73fe6e323de909b97ffee25e1" ON "quiz_attempt"  ("user_id", "quiz_id", "number") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "cadre" character varying`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "cadre"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d73fe6e323de909b97ffee25e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77409c778cba55d5aa36a49a2c"`);
    await queryRunner.query(`DROP TABLE "quiz_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39bdfb4c4c4e01de514a636254"`);
    await queryRunner.query(`DROP TABLE "progress_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_112753761c2a01adab9677b717"`);
    await queryRunner.query(`DROP TABLE "lesson_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1c2a5dd769d9f13e92b8a9c6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b2ef611d7003a8a61eb2838a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9fb006e88f06e280df62695636"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49d3347be733f1a45fa2020af7"`);
    await queryRunner.query(`DROP TABLE "course_completion"`);
  }
}
