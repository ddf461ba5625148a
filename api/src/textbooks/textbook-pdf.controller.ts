import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { notModified } from '../common/conditional';
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
  async textbook(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    this.access.require(actor, { permission: Permission.TextbooksRead });
    send(req, res, await this.pdfs.textbookPdf(id));
  }

  /** `GET /curricula/<id>.pdf`: a whole curriculum as one printable book. */
  @Get('curricula/:id.pdf')
  async curriculum(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    this.access.require(actor, { permission: Permission.CurriculaRead });
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
