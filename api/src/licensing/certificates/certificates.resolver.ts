import { Args, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldOfParent } from '../../access/access.decorators';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { Public } from '../../common/public.decorator';
import { CurrentActor } from '../../access/request-context';
import { WorkersService } from '../workers.service';
import { Certificate } from './certificate.entity';
import { CertificatesService } from './certificates.service';
import { UUID } from '../../common/scalars';

@ObjectType()
export class CertificateVerification {
  @Field()
  valid: boolean;

  @Field({
    description:
      'ok, malformed, unknown_key, bad_signature, compromised_key (signed by a key marked compromised, from the marked time), revoked, expired, not_yet_valid or unknown_code (a short code this install never issued)',
  })
  reason: string;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: 'A renewed licence’s expiry' })
  validUntil: string | null;

  @Field(() => String, { nullable: true })
  shortCode: string | null;
}

@Resolver(() => Certificate)
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly workerRecords: WorkersService,
  ) {}

  @Public()
  @Query(() => CertificateVerification, {
    description: 'Checks a credential (JSON, QR text or short code) against this install’s key and revocations',
  })
  verifyCertificate(@Args('credential') credential: string) {
    return this.certificates.verify(credential);
  }

  @Allow(Permission.LicencesManage)
  @Mutation(() => Certificate, { description: 'A certificate of completion, once the worker has completed every course of the curriculum' })
  async issueCurriculumCertificate(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('curriculumId', { type: () => ID }) curriculumId: string,
    @CurrentActor() actor?: Actor,
  ) {
    const { worker } = await this.workerRecords.require(actor, Permission.LicencesManage, workerId);
    return this.certificates.issueForCurriculum(actor!.userId, worker, curriculumId);
  }

  @Allow(Permission.LicencesManage)
  @Mutation(() => Certificate)
  async revokeCertificate(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    await this.workerRecords.requireForCertificate(actor, Permission.LicencesManage, id);
    return this.certificates.revoke(actor!.userId, id, reason);
  }

  @FieldOfParent()
  @ResolveField(() => String, { description: 'Where the printable certificate is downloaded' })
  pdfPath(@Parent() certificate: Certificate) {
    return `/certificates/${certificate.id}.pdf`;
  }
}
