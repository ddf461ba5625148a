import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum CertificateKind {
  curriculum = 'curriculum',
  licence_renewal = 'licence_renewal',
}
registerEnumType(CertificateKind, { name: 'CertificateKind' });

/**
 * A signed credential as issued; the credential JSON is kept verbatim (its signature covers every byte).
 * At most one unrevoked completion certificate per worker and curriculum, and one unrevoked renewal
 * certificate per licence and expiry (`certificate_renewal_once`, an expression index kept in its migration).
 */
@ObjectType()
@Entity('certificate')
@Index('certificate_curriculum_once', ['workerId', 'curriculumId'], { unique: true, where: `kind = 'curriculum' AND revoked_at IS NULL` })
export class Certificate {
  /** Also the credential's id (`urn:uuid:<id>`). */
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index()
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => CertificateKind)
  @Column({ type: 'varchar' })
  kind: CertificateKind;

  @Field()
  @Column()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The completed curriculum (completion certificates)' })
  @Column({ name: 'curriculum_id', type: 'varchar', nullable: true })
  curriculumId: string | null;

  @Field(() => ID, { nullable: true, description: 'The renewed licence (renewal certificates)' })
  @Column({ name: 'licence_id', type: 'uuid', nullable: true })
  licenceId: string | null;

  @Field({ description: 'Short code staff can read over a telephone line to look the certificate up' })
  @Column({ name: 'short_code', unique: true })
  shortCode: string;

  @Field({ description: 'The signed credential (Open Badges 3.0 JSON)' })
  @Column({ type: 'text' })
  credential: string;

  @Field(() => Int, { description: 'The certificate’s bit in the issuer’s W3C Bitstring Status List (revocation)' })
  @Column({ name: 'status_list_index', type: 'integer', unique: true })
  statusListIndex: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;
}
