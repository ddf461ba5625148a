import { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand (no entity): one row saying whether this database has served demo data or production, so a
// demo start never runs on production data and a production start knows to look for demo passwords.
export class AddInstallMode1797300000000 implements MigrationInterface {
  name = 'AddInstallMode1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "install_mode" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "mode" character varying NOT NULL CHECK ("mode" IN ('demo', 'production')), "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "install_mode"`);
  }
}
