import { Controller, Get, Inject, Next, Param, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { DomainException } from '../common/domain.exception';
import { Public } from '../common/public.decorator';
import { CurrentActor } from '../access/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { PageShell } from './page-shell';
import { renderServerPage, type ServerPage } from './server-pages';
import { ServerPagesService } from './server-pages.service';

/** Set by the web app's low-data switch, so the server leaves figures out too. */
export const LOW_DATA_COOKIE = 'dari_low_data';

/**
 * The first HTML of a lesson, course or textbook section carries its readable text, so it can be read before the
 * app's JavaScript arrives. Public routes so that anyone without a session (or without the right to read) gets
 * the plain app page instead of an error; the app then asks them to sign in as usual.
 */
@Public()
@Controller()
export class ServerPagesController {
  private readonly shell: PageShell | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly pages: ServerPagesService,
    private readonly access: AccessService,
  ) {
    this.shell = PageShell.load(config.webDist);
  }

  @Get('lessons/:lessonId')
  lesson(
    @Param('lessonId') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
    @CurrentActor() actor?: Actor,
  ) {
    return this.answer(req, res, next, actor, Permission.CurriculaRead, () => this.pages.lesson(id));
  }

  @Get('courses/:courseId')
  course(
    @Param('courseId') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
    @CurrentActor() actor?: Actor,
  ) {
    return this.answer(req, res, next, actor, Permission.CurriculaRead, () => this.pages.course(id));
  }

  @Get('textbooks/:textbookId/:sectionId')
  section(
    @Param('textbookId') textbookId: string,
    @Param('sectionId') sectionId: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
    @CurrentActor() actor?: Actor,
  ) {
    return this.answer(req, res, next, actor, Permission.TextbooksRead, () => this.pages.textbookSection(textbookId, sectionId));
  }

  private async answer(
    req: Request,
    res: Response,
    next: NextFunction,
    actor: Actor | undefined,
    permission: Permission,
    read: () => Promise<ServerPage | undefined>,
  ) {
    // Without a built app there is no page to put the text in; the static files (or a 404) answer instead.
    if (!this.shell || !actor || !this.access.can(actor, { permission })) return next();
    let page: ServerPage | undefined;
    try {
      page = await read();
    } catch (error) {
      // A missing lesson is the app's "not found" page, as it would be without server rendering.
      if (error instanceof DomainException) return next();
      throw error;
    }
    if (!page) return next();
    const lowData = req.headers['save-data'] === 'on' || (req.cookies as Record<string, string> | undefined)?.[LOW_DATA_COOKIE] === 'on';
    // Personal (it needs a session), so never kept by a shared cache; compressed on the way out like any text.
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache',
      Vary: 'Cookie, Save-Data, Accept-Encoding',
    });
    res.send(this.shell.render(page.title, renderServerPage(page, { lowData })));
  }
}
