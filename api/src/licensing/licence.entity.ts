import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Stored states; `expiring` is derived (active and expiring within 90 days), `lapsed` is set at expiry. */
export enum LicenceStatus {
  active = 'active',
  expiring = 'expiring',
  lapsed = 'lapsed',
  suspended = 'suspended',
  revoked = 'revoked',
}
registerEnumType(LicenceStatus, { name: 'LicenceStatus' });

@ObjectType()
@Entity('licence')
export class Licence {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  number: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => ID)
  @Column({ name: 'licence_type_id' })
  licenceTypeId: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'issuing_region_id', type: 'uuid' })
  issuingRegionId: string;

  @Field()
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Index()
  @Field()
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  /** Stored status; the API reports `expiring` for an active licence close to its expiry. */
  @Index()
  @Column({ type: 'varchar' })
  status: LicenceStatus;

  /** When the current credit cycle began: the moment of the last renewal (null: the cycle began at issue). */
  @Column({ name: 'cycle_started_at', type: 'timestamptz', nullable: true })
  cycleStartedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;
}
