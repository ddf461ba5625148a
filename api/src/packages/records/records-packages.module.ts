import { Module } from '@nestjs/common';
import { PackageContainerModule } from '../container/package-container.module';
import { RecordsConflictsService } from './records-conflicts.service';
import { RecordsController } from './records.controller';
import { RecordsExporter } from './records-exporter.service';
import { RecordsImporter } from './records-importer.service';
import { RecordsResolver } from './records.resolver';

/** Records packages: the registry and learning records of an install, exported and imported as signed packages. */
@Module({
  imports: [PackageContainerModule],
  controllers: [RecordsController],
  providers: [RecordsExporter, RecordsImporter, RecordsConflictsService, RecordsResolver],
  exports: [RecordsExporter, RecordsImporter],
})
export class RecordsPackagesModule {}
