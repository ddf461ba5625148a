import { Module } from '@nestjs/common';
import { AccountAccess } from './account-access';
import { PasswordResetService } from './passwords/password-reset.service';
import { UserAdminService } from './user-admin.service';
import { UserDirectoryService } from './user-directory.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [UsersService, AccountAccess, UserDirectoryService, UserAdminService, PasswordResetService, UsersResolver],
  exports: [UsersService, PasswordResetService, AccountAccess],
})
export class UsersModule {}
