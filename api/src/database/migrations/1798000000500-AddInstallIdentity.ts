import { MigrationInterface, QueryRunner } from 'typeorm';

// The install's own id, made once with its database: packages name the install they came from with it, so an
// importer can tell two sources apart whatever their addresses or keys become.
export class AddInstallIdentity1798000000500 implements MigrationInterface {
  name = 'AddInstallIdentity1798000000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "install_identity" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "one" boolean NOT NULL DEFAULT true UNIQUE CHECK ("one"), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO "install_identity" DEFAULT VALUES`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "install_identity"`);
  }
}
