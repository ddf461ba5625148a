import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildCredential, decodeFromQr, normalizeShortCode, type SignedCredential, shortCode, signCredential, signRevocationList, trustedKeys, verifyCredential } from '@dari/credentials';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BadUserInputException, DomainException, NotFoundException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { Curriculum } from '../../curricula/curriculum.entity';
import type { LicenceType } from '../licence-type.entity';
import type { Licence } from '../licence.entity';
import { AlreadyIssuedException, AlreadyRevokedException } from '../licensing.exception';
import { Worker } from '../worker.entity';
import { NotificationKind } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { Certificate, CertificateKind } from './certificate.entity';
import { CertificateKeyService } from './certificate-key.service';

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
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A registrar's explicit issue of a completion certificate (e.g. after one was revoked by mistake). */
  async issueForCurriculum(actorId: string, worker: Worker, curriculumId: string): Promise<Certificate> {
    const curriculum = await this.db.getRepository(Curriculum).findOneBy({ id: curriculumId });
    if (!curriculum) throw new NotFoundException({ ko: '교육과정', en: 'Curriculum' }, curriculumId);
    const due = await this.completedCurricula([worker.id], curriculumId);
    if (due.length === 0) {
      throw new DomainException('NOT_COMPLETED', { ko: '이 교육과정의 모든 과정을 마치지 않았습니다.', en: 'Not every course of this curriculum is completed.' });
    }
    const certificate = await this.issueCompletion(actorId, worker, curriculum, due[0].hours, true);
    if (!certificate) throw new AlreadyIssuedException();
    return certificate;
  }

  /**
   * Issues the completion certificates earned and not yet received (never one that was revoked): the handler
   * of learning's announcement that a user completed a curriculum (`userId`), and the catch-up on start (all).
   * Reads learning's curriculum_completion rows; running twice, or at once, issues each one once.
   */
  async issueDue(userId?: string): Promise<number> {
    const due: { worker_id: string; curriculum_id: string; hours: string }[] = await this.db.query(
      `SELECT w.id AS worker_id, k.curriculum_id,
              (SELECT coalesce(sum(cc.credit_hours), 0) FROM course_completion cc JOIN course c ON c.id = cc.course_id
                WHERE cc.user_id = k.user_id AND c.curriculum_id = k.curriculum_id) AS hours
       FROM curriculum_completion k JOIN worker w ON w.user_id = k.user_id
       WHERE ($1::uuid IS NULL OR k.user_id = $1)
         AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.worker_id = w.id AND x.curriculum_id = k.curriculum_id AND x.kind = 'curriculum')
       ORDER BY k.completed_at`,
      [userId ?? null],
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

  /** Curricula (all without a certificate yet, or the one given) whose every course the workers completed. */
  private async completedCurricula(workerIds: string[], onlyId?: string): Promise<{ workerId: string; curriculumId: string; hours: number }[]> {
    if (workerIds.length === 0) return [];
    const rows: { worker_id: string; curriculum_id: string; hours: string }[] = await this.db.query(
      `SELECT w.id AS worker_id, c.curriculum_id, sum(cc.credit_hours) AS hours
       FROM worker w JOIN course_completion cc ON cc.user_id = w.user_id JOIN course c ON c.id = cc.course_id
       WHERE w.id = ANY($1) AND ($2::varchar IS NULL OR c.curriculum_id = $2)
         AND ($2::varchar IS NOT NULL OR NOT EXISTS (
           SELECT 1 FROM certificate x WHERE x.worker_id = w.id AND x.curriculum_id = c.curriculum_id AND x.kind = 'curriculum'))
       GROUP BY w.id, c.curriculum_id
       HAVING count(*) = (SELECT count(*) FROM course a WHERE a.curriculum_id = c.curriculum_id)`,
      [workerIds, onlyId ?? null],
    );
    return rows.map((r) => ({ workerId: r.worker_id, curriculumId: r.curriculum_id, hours: Number(r.hours) }));
  }

  /**
   * Inserts the certificate unless an unrevoked one exists (the partial unique index decides between
   * concurrent requests: ON CONFLICT DO NOTHING) or, when not `reissue`, any one was ever issued (so a revoked
   * one is never re-issued by itself). Audited only when inserted; null when not.
   */
  private issueCompletion(actorId: string | null, worker: Worker, curriculum: Curriculum, hours: number, reissue: boolean): Promise<Certificate | null> {
    const row = this.sign(worker, { kind: CertificateKind.curriculum, curriculumId: curriculum.id }, {
      validFrom: new Date(),
      holder: { name: worker.name, creditHours: hours },
      achievement: {
        id: `${this.config.publicUrl}/achievements/curricula/${curriculum.id}`, type: 'CertificateOfCompletion', name: `${curriculum.title} 수료`,
        description: curriculum.titleEn, criteria: '교육과정의 모든 과정을 마치고 모든 확인시험에 합격하였다.', topic: curriculum.topic, code: curriculum.id,
      },
    });
    return this.db.transaction(async (manager) => {
      const inserted: { issued_at: Date }[] = await manager.query(
        `INSERT INTO certificate (id, worker_id, kind, title, curriculum_id, licence_id, short_code, credential)
         SELECT $1::uuid, $2::uuid, 'curriculum', $3, $4::varchar, NULL, $5, $6
         WHERE $7::boolean OR NOT EXISTS (SELECT 1 FROM certificate x WHERE x.worker_id = $2::uuid AND x.curriculum_id = $4::varchar AND x.kind = 'curriculum')
         ON CONFLICT (worker_id, curriculum_id) WHERE kind = 'curriculum' AND revoked_at IS NULL DO NOTHING
         RETURNING issued_at`,
        [row.id, row.workerId, row.title, row.curriculumId, row.shortCode, row.credential, reissue],
      );
      if (inserted.length === 0) return null;
      await this.recordIssue(manager, actorId, row, worker);
      return { ...row, issuedAt: inserted[0].issued_at };
    });
  }

  /** Issued inside the renewal's transaction, so a renewal never exists without its certificate. */
  async issueForRenewal(manager: EntityManager, actorId: string, worker: Worker, licence: Licence, type: LicenceType): Promise<Certificate> {
    const row = this.sign(worker, { kind: CertificateKind.licence_renewal, licenceId: licence.id }, {
      validFrom: `${licence.issuedOn}T00:00:00Z`,
      validUntil: `${licence.expiresOn}T23:59:59Z`,
      holder: { name: worker.name, licenceNumber: licence.number },
      achievement: {
        id: `${this.config.publicUrl}/achievements/licences/${type.id}`, type: 'License', name: `${type.name} 갱신`,
        description: type.nameEn, criteria: '갱신주기의 학점 요구를 충족하거나 등록원이 사유를 적어 갱신하였다.', code: type.id,
      },
    });
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
      await this.audit.record(manager, { actorId, action: 'certificate.revoked', entityType: 'certificate', entityId: id, before: { revokedAt: null }, after: change, reason });
      return { ...certificate, ...change };
    });
  }

  /** Verifies a credential given as JSON or as the text of its QR code, against this install's key and revocations. */
  async verify(text: string): Promise<Verification> {
    let candidate: unknown = decodeFromQr(text.trim());
    const code = candidate === null ? normalizeShortCode(text) : null;
    if (code) {
      const stored = await this.db.getRepository(Certificate).findOneBy({ shortCode: code });
      candidate = stored ? JSON.parse(stored.credential) : null;
      if (!stored) return { valid: false, reason: 'unknown_code', holderName: null, title: null, issuedOn: null, validUntil: null, shortCode: code };
    } else if (candidate === null) {
      try {
        candidate = JSON.parse(text);
      } catch {
        candidate = null;
      }
    }
    // Certificates of the installs this one trusts (DARI_TRUSTED_PUBLISHERS) arrive in records packages with their revocations.
    const keys = { ...trustedKeys(this.config.trustedPublishers), ...this.key.keys };
    const result = verifyCredential(candidate, { keys, revoked: await this.revokedIds() });
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

  async revocationList() {
    const ids = [...(await this.revokedIds())];
    return signRevocationList({ issuer: this.key.issuerId, updated: new Date().toISOString(), revoked: ids }, { privateKey: this.key.privateKey });
  }

  private async revokedIds(): Promise<Set<string>> {
    const rows = await this.db.getRepository(Certificate).find({ where: { revokedAt: Not(IsNull()) }, select: { id: true } });
    return new Set(rows.map((r) => `urn:uuid:${r.id}`));
  }

  /** Builds and signs the credential: the row to insert (nothing is written here). */
  private sign(
    worker: Worker,
    subject: { kind: CertificateKind; curriculumId?: string; licenceId?: string },
    input: Pick<Parameters<typeof buildCredential>[0], 'validFrom' | 'validUntil' | 'holder' | 'achievement'>,
  ): Omit<Certificate, 'issuedAt'> {
    const id = randomUUID();
    const credential = signCredential(
      buildCredential({ id, issuer: { id: this.key.issuerId, name: ISSUER_NAME }, revocationList: `${this.config.publicUrl}/certificates/revocations.json`, ...input }),
      { privateKey: this.key.privateKey },
    );
    return {
      id, workerId: worker.id, kind: subject.kind, curriculumId: subject.curriculumId ?? null, licenceId: subject.licenceId ?? null, title: input.achievement.name,
      shortCode: shortCode(credential), credential: JSON.stringify(credential), revokedAt: null, revokedReason: null,
    };
  }

  /** The audit event and the holder's notice, in the issuing transaction. */
  private async recordIssue(manager: EntityManager, actorId: string | null, row: Omit<Certificate, 'issuedAt'>, worker: Worker) {
    const subject = { kind: row.kind, ...(row.curriculumId ? { curriculumId: row.curriculumId } : { licenceId: row.licenceId }) };
    await this.audit.record(manager, { actorId, action: 'certificate.issued', entityType: 'certificate', entityId: row.id, after: { ...subject, workerId: row.workerId, title: row.title } });
    if (worker.userId) await this.notifications.notify(manager, [worker.userId], { kind: NotificationKind.certificate_issued, actorId, subject: row.title, link: '/me/licence' });
  }
}
