import { MigrationInterface, QueryRunner } from 'typeorm';

// Every certificate gets its bit in the W3C Bitstring Status List once: existing ones in issue order from 0,
// new ones from the sequence (drawn before signing, since the index is in the signed credential; a draw that
// is not inserted leaves an unused bit, which is harmless).
export class AddCertificateStatusListIndex1798000000700 implements MigrationInterface {
  name = 'AddCertificateStatusListIndex1798000000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "certificate_status_list_index_seq" AS integer MINVALUE 0 START 0`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD "status_list_index" integer`);
    await queryRunner.query(
      `UPDATE "certificate" c SET "status_list_index" = n.i
       FROM (SELECT id, row_number() OVER (ORDER BY issued_at, id) - 1 AS i FROM "certificate") n WHERE n.id = c.id`,
    );
    await queryRunner.query(`SELECT setval('certificate_status_list_index_seq', (SELECT count(*) FROM "certificate"), false)`);
    await queryRunner.query(
      `ALTER TABLE "certificate" ALTER "status_list_index" SET NOT NULL, ALTER "status_list_index" SET DEFAULT nextval('certificate_status_list_index_seq')`,
    );
    await queryRunner.query(`ALTER SEQUENCE "certificate_status_list_index_seq" OWNED BY "certificate"."status_list_index"`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "UQ_certificate_status_list_index" UNIQUE ("status_list_index")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP COLUMN "status_list_index"`);
  }
}
