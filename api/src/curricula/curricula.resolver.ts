import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { Course } from './course.entity';
import { CurriculaService } from './curricula.service';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

const read = { permission: Permission.CurriculaRead };

@Resolver()
export class CurriculaResolver {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [Curriculum], { name: 'curricula' })
  listCurricula(@CurrentActor() actor?: Actor): Promise<Curriculum[]> {
    this.access.require(actor, read);
    return this.curricula.listCurricula();
  }

  @Query(() => [Course], { description: 'All published courses, in curriculum order.' })
  courses(@CurrentActor() actor?: Actor): Promise<Course[]> {
    this.access.require(actor, read);
    return this.curricula.listCourses();
  }

  @Query(() => Course)
  course(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor?: Actor): Promise<Course> {
    this.access.require(actor, read);
    return this.curricula.getCourse(id);
  }

  @Query(() => Lesson)
  lesson(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor?: Actor): Promise<Lesson> {
    this.access.require(actor, read);
    return this.curricula.getLesson(id);
  }
}
