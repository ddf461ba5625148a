import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../common/request-context';
import { type RenderedPdf, TextbookPdfService } from './textbook-pdf.service';

/** Print-ready books (only `*.pdf` paths: `/textbooks/<id>` itself is a page of the web app) for signed-in users (session cookie or Bearer token), like every other operation. */
@Controller()
export class TextbookPdfController {
  constructor(
    private readonly pdfs: TextbookPdfService,
    private readonly access: AccessService,
  ) {}

  /** `GET /textbooks/<id>.pdf` */
  @Get('textbooks/:id.pdf')
  async textbook(@Param('id') id: string, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    this.access.require(actor, { permission: Permission.TextbooksRead });
    send(res, await this.pdfs.textbookPdf(id));
  }

  /** `GET /curricula/<id>.pdf`: a whole curriculum as one printable book. */
  @Get('curricula/:id.pdf')
  async curriculum(@Param('id') id: string, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    this.access.require(actor, { permission: Permission.CurriculaRead });
    send(res, await this.pdfs.curriculumPdf(id));
  }
}

function send(res: Response, { fileName, etag, pdf }: RenderedPdf) {
  res.set({
    'Content-Type': 'application/pdf',
    'Content-Length': String(pdf.length),
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'private, no-cache',
    ETag: etag,
  });
  res.end(pdf);
}
