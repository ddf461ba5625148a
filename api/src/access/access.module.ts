import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessDeclarationsCheck } from './access-declarations.check';
import { AccessService } from './access.service';

@Global()
@Module({ imports: [DiscoveryModule], providers: [AccessService, AccessDeclarationsCheck], exports: [AccessService] })
export class AccessModule {}
