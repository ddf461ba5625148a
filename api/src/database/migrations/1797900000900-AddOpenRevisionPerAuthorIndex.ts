import { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand after the generator's CREATE INDEX: one open revision per author and text. Duplicates made
// before the index (two "start" requests at once) keep the oldest open; the later copies are withdrawn.
export class AddOpenRevisionPerAuthorIndex1797900000900 implements MigrationInterface {
  name = 'AddOpenRevisionPerAuthorIndex1797900000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "revision" r SET "status" = 'withdrawn'
        WHERE r."status" IN ('draft', 'in_review', 'changes_requested', 'approved')
          AND EXISTS (SELECT 1 FROM "revision" o
                       WHERE o."kind" = r."kind" AND o."content_id" = r."content_id" AND o."author_id" = r."author_id"
                         AND o."status" IN ('draft', 'in_review', 'changes_requested', 'approved')
                         AND (o."created_at", o."id") < (r."created_at", r."id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_revision_open_per_author" ON "revision" ("kind", "content_id", "author_id")
        WHERE "status" IN ('draft', 'in_review', 'changes_requested', 'approved')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_revision_open_per_author"`);
  }
}
