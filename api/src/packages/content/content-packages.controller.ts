import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { CurrentActor } from '../../access/request-context';
import { ContentPackageExporter } from './content-package-exporter.service';
import { ContentPackageUploads } from './content-package-uploads.service';
import { ContentPackageImporter } from './content-package-importer.service';

/**
 * Content packages over HTTP (the session cookie or a Bearer token, like GraphQL): editors download one, streamed
 * as it is written; admins upload one, which is checked (signature, trusted publisher) and kept for its preview.
 */
@Controller('packages')
export class ContentPackagesController {
  constructor(
    private readonly exporter: ContentPackageExporter,
    private readonly importer: ContentPackageImporter,
    private readonly uploads: ContentPackageUploads,
  ) {}

  /** `GET /packages/content.dari?curriculum=<id>`: one curriculum, or all published content without it. */
  @Allow(Permission.ContentPackagesExport)
  @Get('content.dari')
  async download(@Query('curriculum') curriculum: string | undefined, @Res() res: Response): Promise<void> {
    const name = `dari-content-${curriculum ?? 'all'}-${new Date().toISOString().slice(0, 10)}.dari`.replace(/[^\w.-]/g, '_');
    // Refusals (an unknown curriculum) are found before the first byte, so they still answer as errors.
    await this.exporter.export(res, curriculum || undefined, () => {
      res.setHeader('Content-Type', 'application/vnd.dari.package');
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.setHeader('Cache-Control', 'no-store');
    });
  }

  /** `POST /packages/content` with the file as the body: `{ uploadId }` once it is stored and its signature checked. */
  @Allow(Permission.ContentPackagesImport)
  @Post('content')
  @HttpCode(201)
  async upload(@Req() req: Request, @CurrentActor() actor: Actor): Promise<{ uploadId: string }> {
    const uploadId = await this.uploads.save(req);
    try {
      await this.importer.import(await this.uploads.open(uploadId), { apply: false, actorId: actor.userId });
    } catch (error) {
      await this.uploads.remove(uploadId);
      throw error;
    }
    return { uploadId };
  }
}
