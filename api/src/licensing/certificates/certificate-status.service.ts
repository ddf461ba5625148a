import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildStatusList, type SignedStatusListCredential, signRevocationList } from '@dari/credentials';
import { secure } from '@dari/credentials/linked-data';
import { DataSource } from 'typeorm';
import { CertificateKeyService } from './certificate-key.service';

/** A certificate's status as a records package carries it: enough to rebuild the status list elsewhere. */
export interface CertificateStatusChange {
  id: string;
  statusListIndex: number;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  /** The signed credential, verbatim. */
  credential: string;
}

/**
 * Revocation as published for verifiers: per key, a signed W3C BitstringStatusListCredential (the certificates
 * that key signed name its URL; every list of the install has the same bits, one index space), and the legacy
 * DariRevocationList of credential ids for certificates issued before the status list.
 */
@Injectable()
export class CertificateStatusService {
  /** Signed lists by key id, reused until a revocation or a new index changes the bits. */
  private readonly cache = new Map<number, { version: string; list: SignedStatusListCredential }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly key: CertificateKeyService,
  ) {}

  /** The status list credential of key `keyId`, signed by it (eddsa-rdfc-2022 + eddsa-jcs-2022). */
  async statusList(keyId: number): Promise<SignedStatusListCredential> {
    const signer = this.key.signerFor(keyId);
    const [{ revoked, highest, last }]: { revoked: number; highest: number | null; last: Date | null }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked, max(status_list_index) AS highest, max(revoked_at) AS last FROM certificate`,
    );
    const version = `${signer.verificationMethod} ${revoked} ${highest} ${last?.toISOString()}`;
    const cached = this.cache.get(keyId);
    if (cached?.version === version) return cached.list;
    const indexes: { status_list_index: number }[] = await this.db.query(
      `SELECT status_list_index FROM certificate WHERE revoked_at IS NOT NULL`,
    );
    const validFrom = new Date();
    const list = await secure(
      buildStatusList({
        id: signer.statusListCredential,
        issuer: signer.issuerId,
        validFrom,
        revoked: indexes.map((row) => row.status_list_index),
        highestIndex: highest ?? 0,
      }),
      { privateKey: signer.privateKey, verificationMethod: signer.verificationMethod, created: validFrom },
    );
    this.cache.set(keyId, { version, list });
    return list;
  }

  /** The status list indexes of revoked certificates, for this install's own verification. */
  async revokedIndexes(): Promise<Set<number>> {
    const rows: { status_list_index: number }[] = await this.db.query(
      `SELECT status_list_index FROM certificate WHERE revoked_at IS NOT NULL`,
    );
    return new Set(rows.map((row) => row.status_list_index));
  }

  async revokedIds(): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM certificate WHERE revoked_at IS NOT NULL`);
    return new Set(rows.map((row) => `urn:uuid:${row.id}`));
  }

  /** The legacy signed list of revoked credential ids (`/certificates/revocations.json`), signed with the current key. */
  async revocationList() {
    const signer = this.key.signer();
    return signRevocationList(
      { issuer: signer.issuerId, updated: new Date().toISOString(), revoked: await this.revokedIds() },
      { privateKey: signer.privateKey, verificationMethod: signer.verificationMethod },
    );
  }

  /**
   * Certificates issued or revoked at or after `since`, oldest change first: what a records package carries so
   * that another server knows them and their revocations (it re-publishes nothing: the credentials stay signed
   * by this install's keys and name its status list).
   */
  async changesSince(since: Date): Promise<CertificateStatusChange[]> {
    const rows: {
      id: string;
      status_list_index: number;
      issued_at: Date;
      revoked_at: Date | null;
      revoked_reason: string | null;
      credential: string;
    }[] = await this.db.query(
      `SELECT id, status_list_index, issued_at, revoked_at, revoked_reason, credential FROM certificate
       WHERE issued_at >= $1 OR revoked_at >= $1 ORDER BY greatest(issued_at, coalesce(revoked_at, issued_at)), id`,
      [since],
    );
    return rows.map((row) => ({
      id: row.id,
      statusListIndex: row.status_list_index,
      issuedAt: row.issued_at,
      revokedAt: row.revoked_at,
      revokedReason: row.revoked_reason,
      credential: row.credential,
    }));
  }
}
