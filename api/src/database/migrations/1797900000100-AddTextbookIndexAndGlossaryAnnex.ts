import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated (the generator's proposals to drop the hand-written indexes removed): a textbook's index terms and
// glossary annex, written by the content importer.
export class AddTextbookIndexAndGlossaryAnnex1797900000100 implements MigrationInterface {
  name = 'AddTextbookIndexAndGlossaryAnnex1797900000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "textbook" ADD "index_terms" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "textbook" ADD "glossary_annex" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "textbook" DROP COLUMN "glossary_annex"`);
    await queryRunner.query(`ALTER TABLE "textbook" DROP COLUMN "index_terms"`);
  }
}
