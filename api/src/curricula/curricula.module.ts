import { Module } from '@nestjs/common';
import { CourseOutlineService } from './course-outline.service';
import { CurriculaLoaderFactory } from './curricula.loaders';
import { CurriculaResolver } from './curricula.resolver';
import { CurriculaService } from './curricula.service';
import { CourseFieldsResolver, CurriculumFieldsResolver, LessonFieldsResolver, ModuleFieldsResolver } from './curriculum-fields.resolver';

@Module({
  providers: [
    CourseOutlineService,
    CurriculaService,
    CurriculaLoaderFactory,
    CurriculaResolver,
    CurriculumFieldsResolver,
    CourseFieldsResolver,
    ModuleFieldsResolver,
    LessonFieldsResolver,
  ],
  exports: [CurriculaService, CourseOutlineService],
})
export class CurriculaModule {}
