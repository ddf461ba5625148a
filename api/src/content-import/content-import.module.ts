import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module';
import { ContentImporter } from './content-importer.service';

@Module({ imports: [GlossaryModule], providers: [ContentImporter], exports: [ContentImporter] })
export class ContentImportModule {}
