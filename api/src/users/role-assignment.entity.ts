import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Region } from '../organisations/region.entity';
import { Role } from '../access/role.enum';
import { User } from './user.entity';

@ObjectType()
@Entity('role_assignment')
@Index(['userId', 'role', 'regionId'], { unique: true })
export class RoleAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, (u) => u.roleAssignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Field(() => Role)
  @Column({ type: 'varchar' })
  role: Role;

  /** The region a registrar (or other scoped role) may act in; null means no region limit. */
  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @Field(() => Region, { nullable: true })
  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region: Relation<Region> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
