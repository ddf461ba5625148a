import { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts: a forced password change after an initial or reset password, and one-time reset codes (hash only).
export class AddAccounts1797400000000 implements MigrationInterface {
  name = 'AddAccounts1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "password_reset_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "issued_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_reset_code" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_password_reset_code_hash" ON "password_reset_code" ("user_id", "code_hash")`);
    await queryRunner.query(
      `ALTER TABLE "password_reset_code" ADD CONSTRAINT "FK_password_reset_code_user" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset_code"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "must_change_password"`);
  }
}
