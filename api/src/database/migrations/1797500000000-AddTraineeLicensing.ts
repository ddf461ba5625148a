import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trainee's side of licensing: leaving a course (enrolment.left_at), the curricula a user completed
 * (written by learning in the completing transaction; licensing issues certificates from it), the start of a
 * licence's credit cycle at its renewal, and notifications created once per key (reminders of the daily job).
 */
export class AddTraineeLicensing1797500000000 implements MigrationInterface {
  name = 'AddTraineeLicensing1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "left_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "curriculum_completion" ("user_id" uuid NOT NULL, "curriculum_id" character varying NOT NULL,
         "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_curriculum_completion" PRIMARY KEY ("user_id", "curriculum_id"))`,
    );
    // Curricula completed before this table existed: their certificates are then issued by the catch-up on start.
    await queryRunner.query(
      `INSERT INTO curriculum_completion (user_id, curriculum_id, completed_at)
       SELECT cc.user_id, c.curriculum_id, max(cc.completed_at) FROM course_completion cc JOIN course c ON c.id = cc.course_id
       GROUP BY cc.user_id, c.curriculum_id
       HAVING count(*) = (SELECT count(*) FROM course a WHERE a.curriculum_id = c.curriculum_id)`,
    );
    await queryRunner.query(`ALTER TABLE "licence" ADD "cycle_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "dedupe_key" character varying`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_once" ON "notification" ("user_id", "dedupe_key") WHERE dedupe_key IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_once"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "dedupe_key"`);
    await queryRunner.query(`ALTER TABLE "licence" DROP COLUMN "cycle_started_at"`);
    await queryRunner.query(`DROP TABLE "curriculum_completion"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "left_at"`);
  }
}
