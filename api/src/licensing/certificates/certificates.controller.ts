import { Controller, Get, Header, Inject, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { encodeForQr, type SignedCredential } from '@dari/credentials';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated } from '../../access/access.decorators';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { NotFoundException } from '../../common/domain.exception';
import { Public } from '../../common/public.decorator';
import { CurrentActor } from '../../access/request-context';
import { APP_CONFIG } from '../../config/config.module';
import { etagOf, notModified, SERVER_INSTANCE } from '../../common/conditional';
import type { AppConfig } from '../../config/app-config';
import { Worker } from '../worker.entity';
import { WorkersService } from '../workers.service';
import { Certificate } from './certificate.entity';
import { CertificateKeyService } from './certificate-key.service';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificateStatusService } from './certificate-status.service';

@Controller()
export class CertificatesController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly key: CertificateKeyService,
    private readonly status: CertificateStatusService,
    private readonly workerRecords: WorkersService,
  ) {}

  /**
   * The public keys verifiers (the /verify page, other systems) check signatures with: the current one at the
   * top level (as before rotation), and every key this install has used in `keys`, with its status.
   */
  @Public()
  @Get('.well-known/dari-certificate-key')
  @Header('Cache-Control', 'no-cache')
  publicKey() {
    const signer = this.key.signer();
    return {
      issuer: signer.issuerId,
      verificationMethod: signer.verificationMethod,
      publicKeyMultibase: this.key.publicKeyMultibase,
      keys: this.key.published(),
    };
  }

  /** A key's signed W3C BitstringStatusListCredential: what a certificate's `statusListCredential` names. */
  @Public()
  @Get('certificates/status/:keyId')
  @Header('Cache-Control', 'no-cache')
  statusList(@Param('keyId') keyId: string) {
    if (!/^[1-9]\d{0,5}$/.test(keyId)) throw new NotFoundException({ ko: '서명열쇠', en: 'Certificate key' }, keyId);
    return this.status.statusList(Number(keyId));
  }

  /** The signed list of revoked credential ids, for certificates issued before the status list (legacy). */
  @Public()
  @Get('certificates/revocations.json')
  @Header('Cache-Control', 'no-cache')
  revocations() {
    return this.status.revocationList();
  }

  /** The printable certificate: for its holder, and for registrars of the holder's region. */
  @Authenticated()
  @Get('certificates/:id.pdf')
  async pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response, @CurrentActor() signedIn: Actor): Promise<void> {
    const certificate = await this.db
      .getRepository(Certificate)
      .findOneBy({ id })
      .catch(() => null);
    if (!certificate) throw new NotFoundException({ ko: '증서', en: 'Certificate' }, id);
    const worker = await this.db.getRepository(Worker).findOneByOrFail({ id: certificate.workerId });
    if (worker.userId !== signedIn.userId) await this.workerRecords.require(signedIn, Permission.LicencesRead, worker.id);
    // Everything the PDF is drawn from: a browser holding this very certificate gets a 304 without a rendering.
    const etag = etagOf(
      certificate.credential,
      certificate.revokedAt?.toISOString() ?? '',
      worker.name,
      this.config.publicUrl,
      SERVER_INSTANCE,
    );
    if (notModified(req, res, etag)) return;
    const credential = JSON.parse(certificate.credential) as SignedCredential;
    const pdf = await renderCertificatePdf({
      certificate,
      holderName: worker.name,
      qrText: encodeForQr(credential),
      verifyUrl: `${this.config.publicUrl}/verify`,
      issuerName: credential.issuer.name ?? 'Dari',
      details: [
        credential.validUntil
          ? `유효기간: ${credential.validFrom.slice(0, 10)} ~ ${credential.validUntil.slice(0, 10)}`
          : `수료일: ${credential.validFrom.slice(0, 10)}`,
      ],
    });
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="certificate-${certificate.shortCode}.pdf"`,
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  }
}
