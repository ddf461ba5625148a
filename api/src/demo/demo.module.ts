import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder.service';
import { DemoWorkforceSeeder } from './demo-workforce-seeder.service';
import { InstallModeService } from './install-mode.service';

@Module({
  imports: [UsersModule],
  providers: [DemoSeeder, DemoWorkforceSeeder, InstallModeService],
  exports: [DemoSeeder, DemoWorkforceSeeder, InstallModeService],
})
export class DemoModule {}
