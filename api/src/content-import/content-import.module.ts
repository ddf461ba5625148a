import { Module } from '@nestjs/common';
import { ContentImporter } from './content-importer.service';

@Module({ providers: [ContentImporter], exports: [ContentImporter] })
export class ContentImportModule {}
