import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { CertificatesService } from './certificates/certificates.service';
import { CreditEntry } from './credit-entry.entity';
import { LedgerService } from './ledger.service';
import { Licence } from './licence.entity';
import { LicencesService } from './licences.service';
import { CreditEntryInput, IssueLicenceInput, RegisterWorkerInput } from './licensing.inputs';
import { WorkerAccountsService } from './worker-accounts.service';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';
import { LocalDate, UUID } from '../common/scalars';

const read = Permission.LicencesRead;
const manage = Permission.LicencesManage;

/** Registrars act only inside their region: every operation resolves the worker's region and checks it. */
@Resolver()
export class LicensingResolver {
  constructor(
    private readonly workerRecords: WorkersService,
    private readonly licences: LicencesService,
    private readonly ledger: LedgerService,
    private readonly accounts: WorkerAccountsService,
    private readonly certificates: CertificatesService,
  ) {}

  @Allow(read)
  @Query(() => Worker)
  async worker(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor?: Actor) {
    return (await this.workerRecords.require(actor, read, id)).worker;
  }

  @Authenticated()
  @Query(() => Worker, { nullable: true, description: "The signed-in user's own worker record (licences, credits)" })
  myWorker(@CurrentActor() actor: Actor) {
    return this.workerRecords.mine(actor.userId);
  }

  @Allow(manage)
  @Mutation(() => Worker)
  async registerWorker(@Args('input') input: RegisterWorkerInput, @CurrentActor() actor?: Actor) {
    const worker = await this.workerRecords.register(actor, manage, input);
    // An account that completed curricula before it was linked gets its certificates now.
    if (worker.userId) await this.certificates.issueDue(worker.userId);
    return worker;
  }

  @Allow(manage)
  @Mutation(() => Worker, {
    description: 'Links a user account to a worker: admins any account, registrars a trainee account of their region; each side only once',
  })
  async linkWorkerAccount(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentActor() actor?: Actor,
  ) {
    const { worker } = await this.workerRecords.require(actor, manage, workerId);
    const linked = await this.accounts.link(actor!, worker.id, userId);
    await this.certificates.issueDue(userId);
    return linked;
  }

  @Allow(manage)
  @Mutation(() => Licence)
  async issueLicence(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('input') input: IssueLicenceInput,
    @CurrentActor() actor?: Actor,
  ) {
    const { worker, regionId } = await this.workerRecords.require(actor, manage, workerId);
    return this.licences.issue(actor!.userId, worker, { ...input, issuingRegionId: regionId });
  }

  @Allow(manage)
  @Mutation(() => Licence, {
    description: 'Needs the cycle’s credits, or a reason for an exception. Renews once per cycle: ALREADY_RENEWED if renewed meanwhile',
  })
  async renewLicence(
    @Args('id', { type: () => UUID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
    @Args('expiresOn', {
      type: () => LocalDate,
      nullable: true,
      description: 'The expiry the caller saw: the cycle to renew (omitted: the current cycle, if it has begun)',
    })
    expiresOn: string | undefined,
    @CurrentActor() actor?: Actor,
  ) {
    await this.workerRecords.requireForLicence(actor, manage, id);
    return this.licences.renew(actor!.userId, id, reason, expiresOn);
  }

  @Allow(manage)
  @Mutation(() => Licence)
  async suspendLicence(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    await this.workerRecords.requireForLicence(actor, manage, id);
    return this.licences.suspend(actor!.userId, id, reason);
  }

  @Allow(manage)
  @Mutation(() => Licence)
  async reinstateLicence(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    await this.workerRecords.requireForLicence(actor, manage, id);
    return this.licences.reinstate(actor!.userId, id, reason);
  }

  @Allow(manage)
  @Mutation(() => Licence)
  async revokeLicence(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    await this.workerRecords.requireForLicence(actor, manage, id);
    return this.licences.revoke(actor!.userId, id, reason);
  }

  @Allow(manage)
  @Mutation(() => CreditEntry, { description: 'A manual ledger line (in-person training) with its evidence' })
  async addCreditEntry(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('input') input: CreditEntryInput,
    @CurrentActor() actor?: Actor,
  ) {
    const { worker } = await this.workerRecords.require(actor, manage, workerId);
    return this.ledger.addManual(actor!.userId, worker, input);
  }

  @Allow(manage)
  @Mutation(() => CreditEntry, { description: 'Corrects a line by adding its opposite; nothing is edited or deleted' })
  async reverseCreditEntry(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    const workerId = await this.ledger.workerOf(id);
    await this.workerRecords.require(actor, manage, workerId);
    return this.ledger.reverse(actor!.userId, id, reason);
  }
}
