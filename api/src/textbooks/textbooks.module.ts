import { Module } from '@nestjs/common';
import { PdfRenderer } from './pdf/pdf-renderer';
import { TextbookPdfController } from './textbook-pdf.controller';
import { TextbookChapterFieldsResolver } from './textbook-chapter-fields.resolver';
import { TextbookPdfService } from './textbook-pdf.service';
import { TextbooksResolver } from './textbooks.resolver';
import { TextbookSectionFieldsResolver } from './textbook-section-fields.resolver';
import { TextbooksService } from './textbooks.service';

@Module({
  controllers: [TextbookPdfController],
  providers: [
    TextbooksService,
    TextbooksResolver,
    TextbookSectionFieldsResolver,
    TextbookChapterFieldsResolver,
    TextbookPdfService,
    PdfRenderer,
  ],
  exports: [TextbooksService, TextbookPdfService],
})
export class TextbooksModule {}
