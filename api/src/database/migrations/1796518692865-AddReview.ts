import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then reviewed: the proposed drops of the hand-written indexes (region path, trigram) were removed.

export class AddReview1796518692865 implements MigrationInterface {
  name = 'AddReview1796518692865';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying NOT NULL, "actor_id" uuid, "actor_name" character varying, "subject" character varying NOT NULL, "link" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "review_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "due_on" date NOT NULL, "decision" character varying NOT NULL DEFAULT 'pending', "note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86c7b2c46cd7a61d3fd26e3ef80" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_52656e4a12bbc37bf0e6f2868a" ON "review_assignment"  ("reviewer_id", "decision") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_935ffef99653bc24603c6bdfba" ON "review_assignment"  ("revision_id", "reviewer_id") `);
    await queryRunner.query(
      `CREATE TABLE "review_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "quote" text NOT NULL DEFAULT '', "prefix" text NOT NULL DEFAULT '', "suffix" text NOT NULL DEFAULT '', "anchor_start" integer NOT NULL DEFAULT '0', "body" text NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81a77699383553c51a2d444a8a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0e1723bff41789f2cd25730880" ON "review_comment"  ("revision_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying NOT NULL, "content_id" character varying NOT NULL, "base_version" integer NOT NULL, "title" character varying NOT NULL, "body" text NOT NULL, "status" character varying NOT NULL DEFAULT 'draft', "author_id" uuid NOT NULL, "saves" integer NOT NULL DEFAULT '0', "accepted_terms" jsonb NOT NULL DEFAULT '[]', "published_version" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4767cdf0c0e78041514e5a94be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b20662bafa7158023157bf1743" ON "revision"  ("author_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_f565b4c3711dfc3fb3f2253a2f" ON "revision"  ("kind", "content_id") `);
    await queryRunner.query(
      `CREATE TABLE "suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "author_id" uuid NOT NULL, "quote" text NOT NULL DEFAULT '', "prefix" text NOT NULL DEFAULT '', "suffix" text NOT NULL DEFAULT '', "anchor_start" integer NOT NULL DEFAULT '0', "replacement" text NOT NULL, "note" text, "status" character varying NOT NULL DEFAULT 'pending', "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa072a020434ddd7104de98eebb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_29e6511d8c16c82856b2d7f76e" ON "suggestion"  ("revision_id", "status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_29e6511d8c16c82856b2d7f76e"`);
    await queryRunner.query(`DROP TABLE "suggestion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f565b4c3711dfc3fb3f2253a2f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b20662bafa7158023157bf1743"`);
    await queryRunner.query(`DROP TABLE "revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e1723bff41789f2cd25730880"`);
    await queryRunner.query(`DROP TABLE "review_comment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_935ffef99653bc24603c6bdfba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52656e4a12bbc37bf0e6f2868a"`);
    await queryRunner.query(`DROP TABLE "review_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
