import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { CurrentActor } from '../../access/request-context';
import { UUID } from '../../common/scalars';
import { Allow } from '../../access/access.decorators';
import { ContentPackageImporter, type ContentImportReport } from './content-package-importer.service';
import { ContentPackageUploads } from './content-package-uploads.service';
import { ContentPackageReport, type PackageChangeStatus } from './content-packages.model';

/** The preview and application of an uploaded content package (uploaded at POST /packages/content). */
@Resolver()
export class ContentPackagesResolver {
  constructor(
    private readonly importer: ContentPackageImporter,
    private readonly uploads: ContentPackageUploads,
  ) {}

  @Allow(Permission.ContentPackagesImport)
  @Query(() => ContentPackageReport, { description: 'What importing the uploaded package would do; writes nothing' })
  async contentPackagePreview(
    @Args('uploadId', { type: () => UUID }) uploadId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContentPackageReport> {
    return toModel(await this.importer.import(await this.uploads.open(uploadId), { apply: false, actorId: actor.userId }));
  }

  @Allow(Permission.ContentPackagesImport)
  @Mutation(() => ContentPackageReport, {
    description: 'Applies the uploaded package in one transaction; conflicts keep the local text unless named in `take`',
  })
  async applyContentPackage(
    @Args('uploadId', { type: () => UUID }) uploadId: string,
    @Args('take', { type: () => [String], defaultValue: [] }) take: string[],
    @CurrentActor() actor: Actor,
  ): Promise<ContentPackageReport> {
    const report = await this.importer.import(await this.uploads.open(uploadId), {
      apply: true,
      take: new Set(take),
      actorId: actor.userId,
    });
    await this.uploads.remove(uploadId);
    return toModel(report);
  }
}

function toModel({ manifest, applied, counts, changes }: ContentImportReport): ContentPackageReport {
  return {
    packageId: manifest.packageId,
    createdAt: new Date(manifest.createdAt),
    sourceUrl: manifest.source.publicUrl,
    sourceInstallId: manifest.source.installId,
    sourceKeyId: manifest.source.keyId,
    curriculumId: (manifest.curriculumId as string | null | undefined) ?? null,
    applied,
    counts: Object.entries(counts).map(([type, c]) => ({ type, ...c })),
    changes: changes.map((c) => ({
      ...c,
      key: `${c.type}:${c.id}`,
      status: c.status as PackageChangeStatus,
      diff: c.diff as ContentPackageReport['changes'][number]['diff'],
    })),
  };
}
