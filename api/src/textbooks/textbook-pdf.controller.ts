import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { notModified } from '../common/conditional';
import { type RenderedPdf, TextbookPdfService } from './textbook-pdf.service';

/** Print-ready books (only `*.pdf` paths: `/textbooks/<id>` itself is a page of the web app) for signed-in users (session cookie or Bearer token), like every other operation. */
@Controller()
export class TextbookPdfController {
  constructor(private readonly pdfs: TextbookPdfService) {}

  /** `GET /textbooks/<id>.pdf` */
  @Allow(Permission.TextbooksRead)
  @Get('textbooks/:id.pdf')
  async textbook(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.pdfs.textbookPdf(id));
  }

  /** `GET /curricula/<id>.pdf`: a whole curriculum as one printable book. */
  @Allow(Permission.CurriculaRead)
  @Get('curricula/:id.pdf')
  async curriculum(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.pdfs.curriculumPdf(id));
  }
}

/** A book the browser already holds (same version) is answered 304 without its bytes. */
function send(req: Request, res: Response, { fileName, etag, pdf }: RenderedPdf) {
  if (notModified(req, res, etag)) return;
  res.set({
    'Content-Type': 'application/pdf',
    'Content-Length': String(pdf.length),
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
  res.end(pdf);
}
