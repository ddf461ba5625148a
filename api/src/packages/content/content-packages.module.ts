import { Module } from '@nestjs/common';
import { CurriculaModule } from '../../curricula/curricula.module';
import { GlossaryModule } from '../../glossary/glossary.module';
import { PackageContainerModule } from '../container/package-container.module';
import { ContentMediaService } from './content-media.service';
import { ContentPackageExporter } from './content-package-exporter.service';
import { ContentPackageImporter } from './content-package-importer.service';
import { ContentPackageUploads } from './content-package-uploads.service';
import { ContentPackagesController } from './content-packages.controller';
import { ContentPackagesResolver } from './content-packages.resolver';

/** Content packages: published content of one install, signed, carried to another and imported after a preview. */
@Module({
  imports: [CurriculaModule, GlossaryModule, PackageContainerModule],
  controllers: [ContentPackagesController],
  providers: [ContentMediaService, ContentPackageExporter, ContentPackageImporter, ContentPackageUploads, ContentPackagesResolver],
  exports: [ContentPackageExporter, ContentPackageImporter],
})
export class ContentPackagesModule {}
