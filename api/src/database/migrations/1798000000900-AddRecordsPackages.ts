import { MigrationInterface, QueryRunner } from 'typeorm';

// Records packages (packages/records): when registry rows last changed (the export watermark and the test for a
// local change since the last exchange), which install each row came from, and the importer's memory: packages
// applied, per-record versions, identities matched across installs, and conflicts for a registrar to settle.
const MUTABLE = ['worker', 'worker_posting', 'licence'];
const SOURCED = [...MUTABLE, 'credit_entry', 'certificate', 'audit_event'];

export class AddRecordsPackages1798000000900 implements MigrationInterface {
  name = 'AddRecordsPackages1798000000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Any real change stamps updated_at (clock_timestamp: distinct within a transaction), whoever writes it.
    await queryRunner.query(
      `CREATE FUNCTION records_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$`,
    );
    for (const table of MUTABLE) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()`);
      await queryRunner.query(`CREATE INDEX "IDX_${table}_updated_at" ON "${table}" ("updated_at")`);
      await queryRunner.query(
        `CREATE TRIGGER "${table}_records_touch" BEFORE UPDATE ON "${table}" FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION records_touch()`,
      );
    }
    for (const table of SOURCED) await queryRunner.query(`ALTER TABLE "${table}" ADD "source_install_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_credit_entry_created_at" ON "credit_entry" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_at" ON "audit_event" ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_revoked_at" ON "certificate" ("revoked_at") WHERE revoked_at IS NOT NULL`);

    await queryRunner.query(
      `CREATE TABLE "records_package" ("package_id" uuid PRIMARY KEY, "source_install_id" uuid NOT NULL, "since" TIMESTAMP WITH TIME ZONE,
         "until" TIMESTAMP WITH TIME ZONE NOT NULL, "sha256" character varying NOT NULL, "counts" jsonb NOT NULL, "applied_by" uuid,
         "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(
      `CREATE TABLE "records_version" ("record_type" character varying NOT NULL, "record_id" uuid NOT NULL, "source_install_id" uuid NOT NULL,
         "version" TIMESTAMP WITH TIME ZONE NOT NULL, "local_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_records_version" PRIMARY KEY ("record_type", "record_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "records_alias" ("record_type" character varying NOT NULL, "source_install_id" uuid NOT NULL, "source_id" uuid NOT NULL,
         "local_id" uuid NOT NULL, CONSTRAINT "PK_records_alias" PRIMARY KEY ("record_type", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "records_learning" ("record_type" character varying NOT NULL, "record_id" character varying NOT NULL, "worker_id" uuid NOT NULL,
         "source_install_id" uuid NOT NULL, "data" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_records_learning" PRIMARY KEY ("record_type", "record_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_records_learning_worker" ON "records_learning" ("worker_id")`);
    await queryRunner.query(
      `CREATE TABLE "records_conflict" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "record_type" character varying NOT NULL,
         "record_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "source_install_id" uuid NOT NULL, "package_id" uuid NOT NULL,
         "local" jsonb NOT NULL, "incoming" jsonb NOT NULL, "incoming_version" TIMESTAMP WITH TIME ZONE NOT NULL,
         "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, "settled_by" uuid,
         "resolution" character varying)`,
    );
    // One open conflict per record: a later package updates it instead of adding another.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_records_conflict_open" ON "records_conflict" ("record_type", "record_id") WHERE settled_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['records_conflict', 'records_learning', 'records_alias', 'records_version', 'records_package'])
      await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP INDEX "IDX_certificate_revoked_at"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_event_at"`);
    await queryRunner.query(`DROP INDEX "IDX_credit_entry_created_at"`);
    for (const table of SOURCED) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "source_install_id"`);
    for (const table of MUTABLE) {
      await queryRunner.query(`DROP TRIGGER "${table}_records_touch" ON "${table}"`);
      await queryRunner.query(`DROP INDEX "IDX_${table}_updated_at"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "updated_at"`);
    }
    await queryRunner.query(`DROP FUNCTION records_touch()`);
  }
}
