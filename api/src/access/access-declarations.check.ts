import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { StartRefusedError } from '../common/start-refused.error';
import { undeclaredReport } from './access-declarations';

/** EX_SOFTWARE: the build itself is wrong, not the environment. */
const UNDECLARED_ACCESS_EXIT = 70;

/**
 * Refuses to start while any resolver, field resolver or HTTP route declares no access, so a new operation
 * that forgets its check never serves a request.
 */
@Injectable()
export class AccessDeclarationsCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit() {
    const classes = [...this.discovery.getProviders(), ...this.discovery.getControllers()]
      .map((wrapper) => wrapper.metatype)
      .filter((type): type is NonNullable<typeof type> => typeof type === 'function' && typeof type.prototype === 'object');
    const report = undeclaredReport(classes);
    if (report) throw new StartRefusedError(`Start refused: ${report}`, UNDECLARED_ACCESS_EXIT);
  }
}
