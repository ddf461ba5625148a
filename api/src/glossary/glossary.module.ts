import { Module } from '@nestjs/common';
import { GlossaryImportService } from './glossary-import.service';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';
import { TerminologyService } from './terminology.service';

/** GlossaryEntry, its faculty workflow and CSV, and the terminology check of texts against it. */
@Module({
  providers: [GlossaryService, GlossaryImportService, TerminologyService, GlossaryResolver],
  exports: [GlossaryImportService, TerminologyService],
})
export class GlossaryModule {}
