import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { CurrentActor } from '../../access/request-context';
import { RecordsExporter } from './records-exporter.service';
import { RecordsImporter } from './records-importer.service';

/**
 * Records packages over HTTP for the web app (the session cookie or a Bearer token, behind the global guard):
 * `GET /packages/records.dari?since=<ISO>` streams a package of the caller's regions' records, and
 * `POST /packages/records?apply=true` takes one as the request body (application/octet-stream), streamed through
 * the importer: without `apply=true` it answers the preview and writes nothing.
 */
@Controller('packages')
export class RecordsController {
  constructor(
    private readonly access: AccessService,
    private readonly exporter: RecordsExporter,
    private readonly importer: RecordsImporter,
  ) {}

  @Allow(Permission.RecordsExport)
  @Get('records.dari')
  async export(@Query('since') since: string | undefined, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    const signedIn = this.access.require(actor, { permission: Permission.RecordsExport });
    const scope = this.access.regionScopes(signedIn, Permission.RecordsExport);
    // Written to a file first: the export's snapshot transaction (on the embedded database, the one session)
    // lasts as long as the database takes, never as long as a slow link takes to download.
    const dir = await mkdtemp(join(tmpdir(), 'dari-records-'));
    try {
      const file = join(dir, 'records.dari');
      await this.exporter.export(createWriteStream(file), { since: since || null, scope });
      res.setHeader('content-type', 'application/vnd.dari.package+gzip');
      res.setHeader('content-disposition', `attachment; filename="dari-records-${new Date().toISOString().slice(0, 10)}.dari"`);
      res.setHeader('cache-control', 'no-store');
      await pipeline(createReadStream(file), res);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  @Allow(Permission.RecordsImport)
  @Post('records')
  async import(@Query('apply') apply: string | undefined, @Req() req: Request, @CurrentActor() actor?: Actor) {
    const signedIn = this.access.require(actor, { permission: Permission.RecordsImport });
    return this.importer.import(req, {
      apply: apply === 'true',
      actorId: signedIn.userId,
      scope: this.access.regionScopes(signedIn, Permission.RecordsImport),
    });
  }
}
