import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, Relation } from 'typeorm';
import { Cadre } from './cadre.enum';
import { Role } from '../access/role.enum';
import { RoleAssignment } from './role-assignment.entity';

@ObjectType()
@Entity('user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Field()
  @Column({ unique: true })
  username: string;

  // argon2id hash; never exposed in the schema.
  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field()
  @Column({ default: 'ko' })
  locale: string;

  /** The cadre a trainee works in; the catalogue puts courses for it first. */
  @Field(() => Cadre, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  cadre: Cadre | null;

  @Field(() => Boolean, {
    name: 'active',
    description: 'A deactivated account cannot sign in; its sessions ended when it was deactivated.',
  })
  @Column({ name: 'is_active', default: true })
  isActive: boolean;

  /** Set by an initial or reset password: every operation but changing it is refused until it is changed. */
  @Field({ description: 'The password was set by someone else and must be changed before anything else.' })
  @Column({ name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  @Field(() => [RoleAssignment])
  @OneToMany(() => RoleAssignment, (a) => a.user)
  roleAssignments: Relation<RoleAssignment>[];

  @Field(() => [Role], { description: 'The distinct roles of all role assignments.' })
  get roles(): Role[] {
    return [...new Set((this.roleAssignments ?? []).map((a) => a.role))];
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
