import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { RegionKind } from './organisation.enums';

@ObjectType()
@Entity('region')
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable code: ISO 3166-2:KP for first-level divisions, parent code + romanised name below. */
  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column({ name: 'name_en' })
  nameEn: string;

  @Field(() => RegionKind)
  @Column({ type: 'varchar' })
  kind: RegionKind;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<Region> | null;

  /**
   * Materialised path of codes from the root ("KP-02/KP-02-PYONGWON/"), so "is inside region X" is one
   * indexed prefix match (see the migration's text_pattern_ops index).
   */
  @Column()
  path: string;

  @Field(() => Int)
  @Column()
  depth: number;
}
