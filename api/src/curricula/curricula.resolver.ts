import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { Course } from './course.entity';
import { CurriculaService } from './curricula.service';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

@Resolver()
export class CurriculaResolver {
  constructor(private readonly curricula: CurriculaService) {}

  @Allow(Permission.CurriculaRead)
  @Query(() => [Curriculum], { name: 'curricula' })
  listCurricula(): Promise<Curriculum[]> {
    return this.curricula.listCurricula();
  }

  @Allow(Permission.CurriculaRead)
  @Query(() => [Course], { description: 'All published courses, in curriculum order.' })
  courses(): Promise<Course[]> {
    return this.curricula.listCourses();
  }

  @Allow(Permission.CurriculaRead)
  @Query(() => Course)
  course(@Args('id', { type: () => ID }) id: string): Promise<Course> {
    return this.curricula.getCourse(id);
  }

  @Allow(Permission.CurriculaRead)
  @Query(() => Lesson)
  lesson(@Args('id', { type: () => ID }) id: string): Promise<Lesson> {
    return this.curricula.getLesson(id);
  }
}
