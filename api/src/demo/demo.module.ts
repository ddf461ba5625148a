import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder.service';
import { DemoWorkforceSeeder } from './demo-workforce-seeder.service';

@Module({ imports: [UsersModule], providers: [DemoSeeder, DemoWorkforceSeeder], exports: [DemoSeeder, DemoWorkforceSeeder] })
export class DemoModule {}
