import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CARE_LEVEL_OF, CareLevel, FacilityLevel } from './organisation.enums';
import { Region } from './region.entity';

@ObjectType()
@Entity('facility')
export class Facility {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column({ name: 'name_en' })
  nameEn: string;

  @Field(() => FacilityLevel)
  @Column({ type: 'varchar' })
  level: FacilityLevel;

  @Field(() => CareLevel)
  get careLevel(): CareLevel {
    return CARE_LEVEL_OF[this.level];
  }

  @Field(() => ID)
  @Index()
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region: Relation<Region>;
}
