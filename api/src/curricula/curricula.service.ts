import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Course } from './course.entity';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

@Injectable()
export class CurriculaService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  listCurricula(): Promise<Curriculum[]> {
    return this.db.getRepository(Curriculum).find({ order: { position: 'ASC' } });
  }

  listCourses(): Promise<Course[]> {
    return this.db
      .getRepository(Course)
      .createQueryBuilder('c')
      .innerJoin(Curriculum, 'cur', 'cur.id = c.curriculum_id')
      .orderBy('cur.position', 'ASC')
      .addOrderBy('c.position', 'ASC')
      .getMany();
  }

  async getCourse(id: string): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw new NotFoundException({ ko: '과정', en: 'Course' }, id);
    return course;
  }

  async getLesson(id: string): Promise<Lesson> {
    const lesson = await this.db.getRepository(Lesson).findOneBy({ id });
    if (!lesson) throw new NotFoundException({ ko: '강의', en: 'Lesson' }, id);
    return lesson;
  }
}
