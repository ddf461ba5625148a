import type { MigrationInterface, QueryRunner } from 'typeorm';

const REASON = 'duplicate renewal certificate (concurrent renewals) / 중복 갱신증';

/**
 * At most one unrevoked renewal certificate per licence and expiry. Duplicates written by concurrent renewals
 * before renewals locked the licence are revoked first (the earliest one stays), each with its audit event.
 */
export class AddCertificateRenewalOnce1797200000000 implements MigrationInterface {
  name = 'AddCertificateRenewalOnce1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `WITH ranked AS (
         SELECT id, row_number() OVER (PARTITION BY licence_id, (credential::jsonb) ->> 'validUntil' ORDER BY issued_at, id) AS n
         FROM certificate WHERE kind = 'licence_renewal' AND revoked_at IS NULL),
       revoked AS (
         UPDATE certificate c SET revoked_at = now(), revoked_reason = $1 FROM ranked WHERE ranked.id = c.id AND ranked.n > 1 RETURNING c.id)
       INSERT INTO audit_event (actor_id, action, entity_type, entity_id, before, after, reason)
       SELECT NULL, 'certificate.revoked', 'certificate', id::text, '{"revokedAt": null}'::jsonb, jsonb_build_object('revokedReason', $1::text), $1 FROM revoked`,
      [REASON],
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_renewal_once" ON "certificate" ("licence_id", ((credential::jsonb) ->> 'validUntil')) WHERE kind = 'licence_renewal' AND revoked_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificate_renewal_once"`);
  }
}
