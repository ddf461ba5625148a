import { Module } from '@nestjs/common';
import { ContentImporter } from './content-importer.service';
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
    ContentImporter,
    CurriculaLoaderFactory,
    CurriculaResolver,
    CurriculumFieldsResolver,
    CourseFieldsResolver,
    ModuleFieldsResolver,
    LessonFieldsResolver,
  ],
  exports: [ContentImporter],
})
export class CurriculaModule {}
