import { Module } from '@nestjs/common';
import { CurriculaLoaderFactory } from './curricula.loaders';
import { CurriculaResolver } from './curricula.resolver';
import { CurriculaService } from './curricula.service';
import {
  CourseFieldsResolver,
  CurriculumFieldsResolver,
  LessonFieldsResolver,
  ModuleFieldsResolver,
} from './curriculum-fields.resolver';

@Module({
  providers: [
    CurriculaService,
    CurriculaLoaderFactory,
    CurriculaResolver,
    CurriculumFieldsResolver,
    CourseFieldsResolver,
    ModuleFieldsResolver,
    LessonFieldsResolver,
  ],
})
export class CurriculaModule {}
