import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildCredential, decodeFromQr, jcs, normalizeShortCode, type SignedCredential, shortCode, trustedKeys } from '@dari/credentials';
import { issueCredential, verifyCredentialFully } from '@dari/credentials/linked-data';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BadUserInputException, DomainException, NotFoundException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { Curriculum } from '../../curricula/curriculum.entity';
import { CompletionReader } from '../../learning/completion-reader';
import type { LicenceType } from '../licence-type.entity';
import type { Licence } from '../licence.entity';
import { AlreadyIssuedException, AlreadyRevokedException } from '../licensing.exception';
import { Worker } from '../worker.entity';
import { NotificationKind } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { Certificate, CertificateKind } from './certificate.entity';
import { CertificateKeyService } from './certificate-key.service';
import { CertificateStatusService } from './certificate-status.service';

const ISSUER_NAME = '다리 보건일군 교육체계 (Dari)';

export interface Verification {
  valid: boolean;
  reason: string;
  holderName: string | null;
  title: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  shortCode: string | null;
}

/** Signed certificates: issued on curriculum completion and licence renewal (the holder notified), revocable, verifiable offline. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly key: CertificateKeyService,
    private readonly status: CertificateStatusService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly completions: CompletionReader,
  ) {}

  /** A registrar's explicit issue of a completion certificate (e.g. after one was revoked by mistake). */
  async issueForCurriculum(actorId: string, worker: Worker, curriculumId: string): Promise<Certificate> {
    const curriculum = await this.db.getRepository(Curriculum).findOneBy({ id: curriculumId });
    if (!curriculum) throw new NotFoundException({ ko: '교육과정', en: 'Curriculum' }, curriculumId);
    const hours = worker.userId ? await this.completions.allCoursesCompleted(worker.userId, curriculumId) : null;
    if (hours === null) {
      throw new DomainException('NOT_COMPLETED', {
        ko: '이 교육과정의 모든 과정을 마치지 않았습니다.',
        en: 'Not every course of this curriculum is completed.',
      });
    }
    const certificate = await this.issueCompletion(actorId, worker, curriculum, hours, true);
    if (!certificate) throw new AlreadyIssuedException();
    return certificate;
  }

  /**
   * Issues the completion certificates earned and not yet received (never one that was revoked): the handler
   * of learning's announcement that a user completed a curriculum (`userId`), and the catch-up on start (all).
   * Reads the completed curricula from learning's CompletionReader; running twice, or at once, issues each one once.
   */
  async issueDue(userId?: string): Promise<number> {
    const completed = await this.completions.completedCurricula(userId);
    if (completed.length === 0) return 0;
    const due: { worker_id: string; curriculum_id: string; hours: string }[] = await this.db.query(
      `SELECT w.id AS worker_id, k.curriculum_id, k.hours
       FROM unnest($1::uuid[], $2::varchar[], $3::numeric[]) WITH ORDINALITY AS k(user_id, curriculum_id, hours, n)
       JOIN worker w ON w.user_id = k.user_id
       WHERE NOT EXISTS (SELECT 1 FROM certificate x WHERE x.worker_id = w.id AND x.curriculum_id = k.curriculum_id AND x.kind = 'curriculum')
       ORDER BY k.n`,
      [completed.map((c) => c.userId), completed.map((c) => c.curriculumId), completed.map((c) => c.hours)],
    );
    let issued = 0;
    for (const row of due) {
      const [worker, curriculum] = await Promise.all([
        this.db.getRepository(Worker).findOneByOrFail({ id: row.worker_id }),
        this.db.getRepository(Curriculum).findOneByOrFail({ id: row.curriculum_id }),
      ]);
      if (await this.issueCompletion(null, worker, curriculum, Number(row.hours), false)) issued++;
    }
    return issued;
  }

  /**
   * Inserts the certificate unless an unrevoked one exists (the partial unique index decides between
   * concurrent requests: ON CONFLICT DO NOTHING) or, when not `reissue`, any one was ever issued (so a revoked
   * one is never re-issued by itself). Audited only when inserted; null when not.
   */
  private async issueCompletion(
    actorId: string | null,
    worker: Worker,
    curriculum: Curriculum,
    hours: number,
    reissue: boolean,
  ): Promise<Certificate | null> {
    const row = await this.sign(
      this.db.manager,
      worker,
      { kind: CertificateKind.curriculum, curriculumId: curriculum.id },
      {
        validFrom: new Date(),
        holder: { name: worker.name, creditHours: hours },
        achievement: {
          id: `${this.config.publicUrl}/achievements/curricula/${curriculum.id}`,
          type: 'CertificateOfCompletion',
          name: `${curriculum.title} 수료`,
          description: curriculum.titleEn,
          criteria: '교육과정의 모든 과정을 마치고 모든 확인시험에 합격하였다.',
          topic: curriculum.topic,
          code: curriculum.id,
        },
      },
    );
    return this.db.transaction(async (manager) => {
      const inserted: { issued_at: Date }[] = await manager.query(
        `INSERT INTO certificate (id, worker_id, kind, title, curriculum_id, licence_id, short_code, credential, status_list_index)
         SELECT $1::uuid, $2::uuid, 'curriculum', $3, $4::varchar, NULL, $5, $6, $8
         WHERE $7::boolean OR NOT EXISTS (SELECT 1 FROM certificate x WHERE x.worker_id = $2::uuid AND x.curriculum_id = $4::varchar AND x.kind = 'curriculum')
         ON CONFLICT (worker_id, curriculum_id) WHERE kind = 'curriculum' AND revoked_at IS NULL DO NOTHING
         RETURNING issued_at`,
        [row.id, row.workerId, row.title, row.curriculumId, row.shortCode, row.credential, reissue, row.statusListIndex],
      );
      if (inserted.length === 0) return null;
      await this.recordIssue(manager, actorId, row, worker);
      return { ...row, issuedAt: inserted[0].issued_at };
    });
  }

  /** Issued inside the renewal's transaction, so a renewal never exists without its certificate. */
  async issueForRenewal(
    manager: EntityManager,
    actorId: string,
    worker: Worker,
    licence: Licence,
    type: LicenceType,
  ): Promise<Certificate> {
    const row = await this.sign(
      manager,
      worker,
      { kind: CertificateKind.licence_renewal, licenceId: licence.id },
      {
        validFrom: `${licence.issuedOn}T00:00:00Z`,
        validUntil: `${licence.expiresOn}T23:59:59Z`,
        holder: { name: worker.name, licenceNumber: licence.number },
        achievement: {
          id: `${this.config.publicUrl}/achievements/licences/${type.id}`,
          type: 'License',
          name: `${type.name} 갱신`,
          description: type.nameEn,
          criteria: '갱신주기의 학점 요구를 충족하거나 등록원이 사유를 적어 갱신하였다.',
          code: type.id,
        },
      },
    );
    // The caller holds the licence's lock; the unique index (licence, validUntil) backs it up.
    const certificate = await manager.save(Certificate, row);
    await this.recordIssue(manager, actorId, row, worker);
    return certificate;
  }

  async revoke(actorId: string, id: string, reason: string): Promise<Certificate> {
    if (!reason?.trim()) throw new BadUserInputException(['reason is required']);
    return this.db.transaction(async (manager) => {
      // Locked, so of concurrent revocations one revokes and the others find it revoked.
      const certificate = await manager.findOne(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw new NotFoundException({ ko: '증서', en: 'Certificate' }, id);
      if (certificate.revokedAt) throw new AlreadyRevokedException();
      const change = { revokedAt: new Date(), revokedReason: reason.trim() };
      await manager.update(Certificate, { id }, change);
      await this.audit.record(manager, {
        actorId,
        action: 'certificate.revoked',
        entityType: 'certificate',
        entityId: id,
        before: { revokedAt: null },
        after: change,
        reason,
      });
      return { ...certificate, ...change };
    });
  }

  /**
   * Verifies a credential given as JSON or as the text of its QR code, against every key of this install (both
   * proofs), its revocations, and its compromised keys: what one signed from the marked time is refused, and so
   * is any credential of it that this install did not issue verbatim (a forger can backdate `created`).
   */
  async verify(text: string): Promise<Verification> {
    let candidate: unknown = decodeFromQr(text.trim());
    const code = candidate === null ? normalizeShortCode(text) : null;
    if (code) {
      const stored = await this.db.getRepository(Certificate).findOneBy({ shortCode: code });
      candidate = stored ? JSON.parse(stored.credential) : null;
      if (!stored)
        return { valid: false, reason: 'unknown_code', holderName: null, title: null, issuedOn: null, validUntil: null, shortCode: code };
    } else if (candidate === null) {
      try {
        candidate = JSON.parse(text);
      } catch {
        candidate = null;
      }
    }
    const [revoked, revokedIndexes] = await Promise.all([this.status.revokedIds(), this.status.revokedIndexes()]);
    const compromised = this.key.compromised;
    // Certificates of the installs this one trusts (DARI_TRUSTED_PUBLISHERS) arrive in records packages with their revocations.
    const keys = { ...trustedKeys(this.config.trustedPublishers), ...this.key.allKeys };
    let result = await verifyCredentialFully(candidate, {
      keys,
      compromised,
      revoked,
      statusList: { isRevoked: (index) => revokedIndexes.has(index) },
    });
    if (result.valid || ['revoked', 'expired', 'not_yet_valid'].includes(result.reason)) {
      if (Object.keys(compromised).length > 0 && !(await this.issuedVerbatim(candidate as SignedCredential, compromised)))
        result = { valid: false, reason: 'compromised_key' };
    }
    const credential = (result.valid ? result.credential : null) as SignedCredential | null;
    const subject = credential?.credentialSubject as { identifier?: { identityHash?: string }[] } | undefined;
    return {
      valid: result.valid,
      reason: result.reason,
      holderName: subject?.identifier?.[0]?.identityHash ?? null,
      title: credential?.name ?? null,
      issuedOn: credential?.validFrom?.slice(0, 10) ?? null,
      validUntil: credential?.validUntil?.slice(0, 10) ?? null,
      shortCode: credential ? shortCode(credential) : null,
    };
  }

  /** True unless the credential is by a compromised key and not the one this install stored under its id. */
  private async issuedVerbatim(credential: SignedCredential, compromised: Record<string, string>): Promise<boolean> {
    const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
    if (!proofs.some((proof) => Object.prototype.hasOwnProperty.call(compromised, proof.verificationMethod))) return true;
    const id = credential.id.replace(/^urn:uuid:/, '');
    const rows: { credential: string }[] = await this.db.query(`SELECT credential FROM certificate WHERE id::text = $1`, [id]);
    return rows.length === 1 && jcs(JSON.parse(rows[0].credential)) === jcs(credential);
  }

  /** Draws the certificate's status list index, builds and signs the credential: the row to insert (nothing else is written here). */
  private async sign(
    manager: EntityManager,
    worker: Worker,
    subject: { kind: CertificateKind; curriculumId?: string; licenceId?: string },
    input: Pick<Parameters<typeof buildCredential>[0], 'validFrom' | 'validUntil' | 'holder' | 'achievement'>,
  ): Promise<Omit<Certificate, 'issuedAt'>> {
    const id = randomUUID();
    const [{ index }]: { index: string }[] = await manager.query(`SELECT nextval('certificate_status_list_index_seq') AS index`);
    const signer = this.key.signer();
    const credential = await issueCredential(
      buildCredential({
        id,
        issuer: { id: signer.issuerId, name: ISSUER_NAME },
        status: { listCredential: signer.statusListCredential, index: Number(index) },
        ...input,
      }),
      { privateKey: signer.privateKey, verificationMethod: signer.verificationMethod },
    );
    return {
      id,
      workerId: worker.id,
      kind: subject.kind,
      curriculumId: subject.curriculumId ?? null,
      licenceId: subject.licenceId ?? null,
      title: input.achievement.name,
      shortCode: shortCode(credential),
      credential: JSON.stringify(credential),
      statusListIndex: Number(index),
      revokedAt: null,
      revokedReason: null,
    };
  }

  /** The audit event and the holder's notice, in the issuing transaction. */
  private async recordIssue(manager: EntityManager, actorId: string | null, row: Omit<Certificate, 'issuedAt'>, worker: Worker) {
    const subject = { kind: row.kind, ...(row.curriculumId ? { curriculumId: row.curriculumId } : { licenceId: row.licenceId }) };
    await this.audit.record(manager, {
      actorId,
      action: 'certificate.issued',
      entityType: 'certificate',
      entityId: row.id,
      after: { ...subject, workerId: row.workerId, title: row.title },
    });
    if (worker.userId)
      await this.notifications.notify(manager, [worker.userId], {
        kind: NotificationKind.certificate_issued,
        actorId,
        subject: row.title,
        link: '/me/licence',
      });
  }
}
