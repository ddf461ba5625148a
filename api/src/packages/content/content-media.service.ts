import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PackageRefusedException } from '../container/package-refused.exception';
import type { ContentPackageApplier } from './content-package-applier';
import type { FigureRecord } from './content-records';

/** A figure's file name as the content loader allows it: no folders, no hidden files. */
const SAFE_NAME = /^[\w-][\w.-]*$/;

/**
 * Figures that arrive in packages live in `<data folder>/media/`, served at /media/ before content/media. They
 * are staged beside it while the import's transaction runs and moved into place only after it commits.
 */
@Injectable()
export class ContentMediaService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get dir(): string {
    return join(this.config.dataDir, 'media');
  }

  /** Counts each figure and stages those that are new or different here; returns the staging folder. */
  async stage(applier: ContentPackageApplier, staging: string, figures: FigureRecord[]): Promise<void> {
    const count = applier.count('figure');
    for (const figure of figures) {
      if (!SAFE_NAME.test(figure.name)) throw new PackageRefusedException('format', `figure name ${figure.name}`);
      const bytes = Buffer.from(figure.base64, 'base64');
      if (createHash('sha256').update(bytes).digest('hex') !== figure.sha256)
        throw new PackageRefusedException('tampered', `figure ${figure.name}`);
      const local = (await this.read(figure.name)) ?? undefined;
      if (local?.equals(bytes)) {
        count.unchanged += 1;
        continue;
      }
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, figure.name), bytes);
      if (local) count.changed += 1;
      else count.added += 1;
      applier.changes.push({
        type: 'figure',
        id: figure.name,
        title: figure.name,
        status: local ? 'changed' : 'added',
        diff: [],
        taken: null,
      });
    }
  }

  /** After the commit: the staged figures take their place. */
  async commit(staging: string, names: string[]): Promise<void> {
    for (const name of names) await rename(join(staging, name), join(this.dir, name));
    await this.discard(staging);
  }

  async discard(staging: string): Promise<void> {
    await rm(staging, { recursive: true, force: true });
  }

  stagingFor(packageId: string): string {
    return join(this.dir, '.incoming', `${packageId}-${process.pid}-${Date.now()}`);
  }

  /** The figure as served: an imported one first, else the one in content/media. */
  private async read(name: string): Promise<Buffer | null> {
    for (const dir of [this.dir, join(this.config.contentDir, 'media')]) {
      const bytes = await readFile(join(dir, name)).catch(() => null);
      if (bytes) return bytes;
    }
    return null;
  }
}
