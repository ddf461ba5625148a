import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access.decorators';
import { Permission } from '../../access/permission';
import type { Actor } from '../../access/actor';
import { UUID } from '../../common/scalars';
import { CurrentActor } from '../../access/request-context';
import { BulkAccountsService } from './bulk-accounts.service';
import { WorkerAccountsResult } from './worker-accounts.model';

@Resolver()
export class WorkerAccountsResolver {
  constructor(private readonly bulk: BulkAccountsService) {}

  @Allow(Permission.UsersAccounts)
  @Mutation(() => WorkerAccountsResult, {
    description:
      'Admins, or registrars whose region holds every worker: a trainee account for each worker without one (username: the registration number in lower case, -2, -3… on a clash), all in one transaction. Passwords are returned this once; print them with POST /accounts/slips.pdf',
  })
  createWorkerAccounts(@Args('workerIds', { type: () => [UUID] }) workerIds: string[], @CurrentActor() actor?: Actor) {
    return this.bulk.create(actor, workerIds);
  }
}
