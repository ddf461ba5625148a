import { MigrationInterface, QueryRunner } from 'typeorm';

// Quiz attempts answered offline carry the browser's id, unique per user, so a re-sent attempt is scored once.
export class AddOfflineQuizAttempts1797600000000 implements MigrationInterface {
  name = 'AddOfflineQuizAttempts1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz_attempt" ADD "client_id" uuid`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" ADD "answered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_quiz_attempt_client" ON "quiz_attempt" ("user_id", "client_id") WHERE "client_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_quiz_attempt_client"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" DROP COLUMN "answered_at"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" DROP COLUMN "client_id"`);
  }
}
