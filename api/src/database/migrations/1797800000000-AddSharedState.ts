import { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand (no entities): the state API replicas share through the database — sign-in attempt counts,
// version counters that tell every process's caches when to reload, and rendered PDFs.
export class AddSharedState1797800000000 implements MigrationInterface {
  name = 'AddSharedState1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("key" character varying PRIMARY KEY, "points" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(`CREATE TABLE "shared_version" ("name" character varying PRIMARY KEY, "version" bigint NOT NULL DEFAULT 0)`);
    await queryRunner.query(`INSERT INTO "shared_version" ("name") VALUES ('curricula')`);
    await queryRunner.query(
      `CREATE TABLE "rendered_pdf" ("key" character varying PRIMARY KEY, "subject" character varying NOT NULL, "pdf" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rendered_pdf_subject" ON "rendered_pdf" ("subject")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rendered_pdf"`);
    await queryRunner.query(`DROP TABLE "shared_version"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
  }
}
