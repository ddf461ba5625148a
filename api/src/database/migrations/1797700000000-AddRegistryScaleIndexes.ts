import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the registrar's pages at national scale (~200,000 workers): substring search on name and
 * registration number (pg_trgm GIN), keyset paging in list order nationally and per facility, and expiring
 * licences read from a partial index of active licences. Written by hand; the entities do not declare them.
 */
export class AddRegistryScaleIndexes1797700000000 implements MigrationInterface {
  name = 'AddRegistryScaleIndexes1797700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "IDX_worker_name_trgm" ON "worker" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_worker_registration_number_trgm" ON "worker" USING gin ("registration_number" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_worker_list_order" ON "worker" ("name", "registration_number")`);
    await queryRunner.query(`CREATE INDEX "IDX_worker_facility_list_order" ON "worker" ("facility_id", "name", "registration_number")`);
    await queryRunner.query(`CREATE INDEX "IDX_licence_active_expiry" ON "licence" ("expires_on") WHERE status = 'active'`);
    await queryRunner.query(`CREATE INDEX "IDX_licence_worker_status" ON "licence" ("worker_id", "status", "expires_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_course_completion_course" ON "course_completion" ("course_id", "user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'IDX_course_completion_course',
      'IDX_licence_worker_status',
      'IDX_licence_active_expiry',
      'IDX_worker_facility_list_order',
      'IDX_worker_list_order',
      'IDX_worker_registration_number_trgm',
      'IDX_worker_name_trgm',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
  }
}
