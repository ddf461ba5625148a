import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram, textbook
// section by textbook) were removed. Existing items start at version 1, as imported.

export class AddQuestionItemVersion1796522223078 implements MigrationInterface {
  name = 'AddQuestionItemVersion1796522223078';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_item" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_item" DROP COLUMN "version"`);
  }
}
