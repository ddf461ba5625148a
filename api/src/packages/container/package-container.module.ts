import { Module } from '@nestjs/common';
import { LicensingModule } from '../../licensing/licensing.module';
import { PackageKeysService } from './package-keys.service';

/** The signed package file shared by content and records packages; the keys it is signed and checked with. */
@Module({
  imports: [LicensingModule],
  providers: [PackageKeysService],
  exports: [PackageKeysService],
})
export class PackageContainerModule {}
