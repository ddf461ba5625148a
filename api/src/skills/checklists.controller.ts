import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { etagOf, notModified, SERVER_INSTANCE } from '../common/conditional';
import { CurrentActor } from '../access/request-context';
import { ChecklistPdfRenderer } from './checklist-pdf.renderer';
import { ChecklistsService } from './checklists.service';

@Controller()
export class ChecklistsController {
  constructor(
    private readonly checklists: ChecklistsService,
    private readonly renderer: ChecklistPdfRenderer,
  ) {}

  /** `GET /checklists/<id>.pdf`: the printable A4 page, for anyone signed in who reads content. */
  @Allow(Permission.CurriculaRead)
  @Get('checklists/:id.pdf')
  async pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    const checklist = await this.checklists.one(actor, id);
    if (notModified(req, res, etagOf(checklist.id, String(checklist.version), SERVER_INSTANCE))) return;
    const { title, titleEn, version, equipment, steps } = checklist;
    const pdf = await this.renderer.render({ id, title, titleEn, version, equipment, steps });
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="checklist-${id}.pdf"`,
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  }
}
