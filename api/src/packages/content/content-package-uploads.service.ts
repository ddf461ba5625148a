import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PackageUploadNotFoundException, PackageTooLargeException } from './content-packages.exception';

/** Larger than any content package (the whole of content/ with its figures is a few MB compressed). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** Uploads not applied within this time are removed: a preview is not kept forever. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Packages uploaded through the web, kept in `<data folder>/packages/uploads/` between their preview and their
 * application (the file is read twice, never held in memory). Replicas share the data folder.
 */
@Injectable()
export class ContentPackageUploads {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get dir() {
    return join(this.config.dataDir, 'packages', 'uploads');
  }

  async save(body: Readable): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    await this.removeOld();
    const id = randomUUID();
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(bytes > MAX_UPLOAD_BYTES ? new PackageTooLargeException(MAX_UPLOAD_BYTES) : null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(this.file(id), { flags: 'wx' }));
    } catch (error) {
      await this.remove(id);
      throw error;
    }
    return id;
  }

  async open(id: string): Promise<Readable> {
    const found = await stat(this.file(id)).catch(() => null);
    if (!found) throw new PackageUploadNotFoundException(id);
    return createReadStream(this.file(id));
  }

  async remove(id: string): Promise<void> {
    await rm(this.file(id), { force: true });
  }

  private file(id: string) {
    return join(this.dir, `${id}.dari`);
  }

  private async removeOld() {
    for (const name of await readdir(this.dir)) {
      const info = await stat(join(this.dir, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > KEEP_MS) await rm(join(this.dir, name), { force: true });
    }
  }
}
