import { MigrationInterface, QueryRunner } from 'typeorm';

// Reviewed: the generated DROP of the hand-written region path index was removed; the pg_trgm extension and
// its GIN indexes (Korean substring search) and the textbook_id index are hand-written.

export class AddTextbooksQuizzesVersions1795395094172 implements MigrationInterface {
  name = 'AddTextbooksQuizzesVersions1795395094172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "content_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying NOT NULL, "content_id" character varying NOT NULL, "version" integer NOT NULL, "title" character varying NOT NULL, "title_en" character varying NOT NULL, "body" text NOT NULL, "meta" jsonb NOT NULL DEFAULT '{}', "source" character varying NOT NULL DEFAULT 'import', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2fb4b369c7813e98deb69d3f9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3ee46072befe561cb08a9d323c" ON "content_version"  ("kind", "content_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_item" ("id" character varying NOT NULL, "quiz_id" character varying NOT NULL, "position" integer NOT NULL, "type" character varying NOT NULL, "objective" integer NOT NULL, "stem" text NOT NULL, "case_text" text, "options" jsonb NOT NULL, "correct" jsonb NOT NULL, "explanation" text NOT NULL, CONSTRAINT "PK_01d7c0a233af1eb9053774d5e5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7df90b0cb588665eb3163058e6" ON "question_item"  ("quiz_id") `);
    await queryRunner.query(
      `CREATE TABLE "quiz" ("id" character varying NOT NULL, "course_id" character varying NOT NULL, "lesson_id" character varying NOT NULL, "title" character varying NOT NULL, "title_en" character varying NOT NULL, "pass_mark" integer NOT NULL, "max_attempts" integer, "cooldown_minutes" integer, "position" integer NOT NULL, CONSTRAINT "PK_422d974e7217414e029b3e641d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f865a5257529bd0a02d54c0c0b" ON "quiz"  ("course_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5de980cb773f12738972230466" ON "quiz"  ("lesson_id") `);
    await queryRunner.query(
      `CREATE TABLE "textbook_chapter" ("id" character varying NOT NULL, "textbook_id" character varying NOT NULL, "position" integer NOT NULL, "title" character varying NOT NULL, "title_en" character varying NOT NULL, CONSTRAINT "PK_6745de200b81859a387483005fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_69e055846cb0becd5cef8ddc97" ON "textbook_chapter"  ("textbook_id") `);
    await queryRunner.query(
      `CREATE TABLE "textbook_section" ("id" character varying NOT NULL, "textbook_id" character varying NOT NULL, "chapter_id" character varying NOT NULL, "position" integer NOT NULL, "lesson_id" character varying, "title" character varying, "title_en" character varying, "body" text, "references" jsonb NOT NULL DEFAULT '[]', "review_by" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a9c639f6523637203318f0aee2c" PRIMARY KEY ("id", "textbook_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_73e5787347d2daee7857b90d88" ON "textbook_section"  ("chapter_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_161392c0c61f9e4ade29bfd0a1" ON "textbook_section"  ("lesson_id") `);
    await queryRunner.query(
      `CREATE TABLE "textbook" ("id" character varying NOT NULL, "title" character varying NOT NULL, "title_en" character varying NOT NULL, "summary" text, "summary_en" text, "topic" character varying NOT NULL, "care_level" character varying NOT NULL, "cadres" text array NOT NULL, "position" integer NOT NULL, "edition" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "preface" text NOT NULL DEFAULT '', "content_hash" character varying NOT NULL, "review_status" character varying NOT NULL DEFAULT 'unreviewed', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d5bbc21206c0b046124f176e23e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "lesson" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`CREATE INDEX "IDX_textbook_section_textbook" ON "textbook_section" ("textbook_id")`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [table, column] of [
      ['lesson', 'title'],
      ['lesson', 'body'],
      ['textbook_section', 'title'],
      ['textbook_section', 'body'],
    ]) {
      await queryRunner.query(`CREATE INDEX "IDX_${table}_${column}_trgm" ON "${table}" USING gin ("${column}" gin_trgm_ops)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['lesson_title', 'lesson_body', 'textbook_section_title', 'textbook_section_body']) {
      await queryRunner.query(`DROP INDEX "public"."IDX_${name}_trgm"`);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_textbook_section_textbook"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "version"`);
    await queryRunner.query(`DROP TABLE "textbook"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_161392c0c61f9e4ade29bfd0a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73e5787347d2daee7857b90d88"`);
    await queryRunner.query(`DROP TABLE "textbook_section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69e055846cb0becd5cef8ddc97"`);
    await queryRunner.query(`DROP TABLE "textbook_chapter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5de980cb773f12738972230466"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f865a5257529bd0a02d54c0c0b"`);
    await queryRunner.query(`DROP TABLE "quiz"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7df90b0cb588665eb3163058e6"`);
    await queryRunner.query(`DROP TABLE "question_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ee46072befe561cb08a9d323c"`);
    await queryRunner.query(`DROP TABLE "content_version"`);
  }
}
