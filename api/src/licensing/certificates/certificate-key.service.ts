import { statSync } from 'node:fs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CompromisedKeys, decodePublicKey, importKeyPair, type KeySet, trustedKeys, verificationMethodOf } from '@dari/credentials';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../../common/domain.exception';
import { CompromisedKeyException } from '../licensing.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { type KeyRing, loadOrCreateRing, newRingKey, readRing, ringFile, type RingKey, updateRing } from './certificate-key-ring';

/** One key as verifiers see it (`/.well-known/dari-certificate-key`). */
export interface PublishedKey {
  id: number;
  status: 'current' | 'retired' | 'compromised';
  publicKeyMultibase: string;
  verificationMethod: string;
  created: string;
  retired: string | null;
  compromisedSince: string | null;
  statusListCredential: string;
}

/** What signs one document: taken whole, so a rotation between two reads never mixes two keys. */
export interface Signer {
  id: number;
  privateKey: Uint8Array;
  verificationMethod: string;
  issuerId: string;
  statusListCredential: string;
}

/** Re-read the ring file at most this often, so a rotation by the CLI reaches running servers. */
const RELOAD_MS = 1000;

/**
 * The install's Ed25519 certificate keys (certificate-key-ring.ts): created at first start, rotated by
 * `npm run keys:rotate`. New certificates are signed with the current key; every earlier public key stays
 * published and trusted, except for what a compromised key signed from the time it was marked. API replicas
 * share the data folder and notice a rotation within a second.
 */
@Injectable()
export class CertificateKeyService implements OnModuleInit {
  private ring!: KeyRing;
  private loadedMtime = 0;
  private checkedAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  onModuleInit() {
    this.ring = loadOrCreateRing(this.config.dataDir);
    this.loadedMtime = statSync(ringFile(this.config.dataDir)).mtimeMs;
  }

  /** The current key, whole. */
  signer(): Signer {
    const key = this.current();
    return this.signerOf(key);
  }

  /** A key by id for signing its own status list; a compromised key signs nothing more. */
  signerFor(id: number): Signer {
    const key = this.find(id);
    if (key.compromisedSince) throw new CompromisedKeyException(id);
    return this.signerOf(key);
  }

  get privateKey() {
    return this.signer().privateKey;
  }

  get verificationMethod() {
    return this.signer().verificationMethod;
  }

  get publicKeyMultibase() {
    return this.current().publicKeyMultibase;
  }

  /** The issuer id printed in credentials: the current key's did:key. */
  get issuerId() {
    return this.signer().issuerId;
  }

  /** The current key only (as before rotation existed); `allKeys` trusts every key this install has used. */
  get keys(): KeySet {
    return trustedKeys([this.current().publicKeyMultibase]);
  }

  get allKeys(): KeySet {
    return trustedKeys(this.refreshed().keys.map((key) => key.publicKeyMultibase));
  }

  /** Verification methods of compromised keys and the time from which their signatures are refused. */
  get compromised(): CompromisedKeys {
    return Object.fromEntries(
      this.refreshed()
        .keys.filter((key) => key.compromisedSince)
        .map((key) => [methodOf(key), key.compromisedSince!]),
    );
  }

  published(): PublishedKey[] {
    const { keys } = this.refreshed();
    return keys.map((key, i) => ({
      id: key.id,
      status: key.compromisedSince ? 'compromised' : i === keys.length - 1 ? 'current' : 'retired',
      publicKeyMultibase: key.publicKeyMultibase,
      verificationMethod: methodOf(key),
      created: key.created,
      retired: key.retired,
      compromisedSince: key.compromisedSince,
      statusListCredential: this.statusListUrl(key.id),
    }));
  }

  statusListUrl(id: number): string {
    return `${this.config.publicUrl}/certificates/status/${id}`;
  }

  /**
   * Starts signing with a new key (the current one retires), and/or marks a key compromised from `since`
   * (a compromised current key is replaced first). Audited; the ring changes only if the audit commits.
   */
  async rotate(actorId: string | null, options: { rotate: boolean; compromised?: { key: string; since: Date } }): Promise<PublishedKey[]> {
    const now = new Date();
    if (options.compromised && Number.isNaN(options.compromised.since.getTime()))
      throw new BadUserInputException(['since must be an ISO date-time']);
    this.ring = await updateRing(
      this.config.dataDir,
      (ring) => {
        const marked = options.compromised ? this.lookUp(ring, options.compromised.key) : undefined;
        if (marked?.compromisedSince) throw new CompromisedKeyException(marked.id);
        if (marked) marked.compromisedSince = options.compromised!.since.toISOString();
        const current = ring.keys[ring.keys.length - 1];
        if (options.rotate || current.compromisedSince) {
          current.retired = now.toISOString();
          ring.keys.push(newRingKey(ring, now));
        }
        return ring;
      },
      (before, after) =>
        this.db.transaction(async (manager) => {
          const [previous, next] = [before.keys[before.keys.length - 1], after.keys[after.keys.length - 1]];
          if (next.id !== previous.id) {
            await this.audit.record(manager, {
              actorId,
              action: 'certificate_key.rotated',
              entityType: 'certificate_key',
              entityId: String(next.id),
              before: publicPart(previous),
              after: publicPart(next),
            });
          }
          const marked = after.keys.find((key, i) => key.compromisedSince && !before.keys[i]?.compromisedSince);
          if (marked) {
            await this.audit.record(manager, {
              actorId,
              action: 'certificate_key.compromised',
              entityType: 'certificate_key',
              entityId: String(marked.id),
              before: { compromisedSince: null },
              after: { ...publicPart(marked), compromisedSince: marked.compromisedSince },
            });
          }
        }),
    );
    this.loadedMtime = statSync(ringFile(this.config.dataDir)).mtimeMs;
    return this.published();
  }

  private current(): RingKey {
    const { keys } = this.refreshed();
    return keys[keys.length - 1];
  }

  private find(id: number): RingKey {
    const key = this.refreshed().keys.find((candidate) => candidate.id === id);
    if (!key) throw new NotFoundException({ ko: '서명열쇠', en: 'Certificate key' }, String(id));
    return key;
  }

  /** A key by its number, public key (`z6Mk...`), did:key or verification method. */
  private lookUp(ring: KeyRing, text: string): RingKey {
    const key = ring.keys.find(
      (candidate) =>
        String(candidate.id) === text ||
        [candidate.publicKeyMultibase, methodOf(candidate), methodOf(candidate).split('#')[0]].includes(text),
    );
    if (!key) throw new NotFoundException({ ko: '서명열쇠', en: 'Certificate key' }, text);
    return key;
  }

  private signerOf(key: RingKey): Signer {
    const verificationMethod = methodOf(key);
    return {
      id: key.id,
      privateKey: importKeyPair(key).privateKey,
      verificationMethod,
      issuerId: verificationMethod.split('#')[0],
      statusListCredential: this.statusListUrl(key.id),
    };
  }

  private refreshed(): KeyRing {
    const now = Date.now();
    if (now - this.checkedAt >= RELOAD_MS) {
      this.checkedAt = now;
      const file = ringFile(this.config.dataDir);
      const mtime = statSync(file).mtimeMs;
      if (mtime !== this.loadedMtime) {
        this.ring = readRing(file);
        this.loadedMtime = mtime;
      }
    }
    return this.ring;
  }
}

function methodOf(key: RingKey): string {
  return verificationMethodOf(decodePublicKey(key.publicKeyMultibase));
}

function publicPart(key: RingKey) {
  return { id: key.id, publicKeyMultibase: key.publicKeyMultibase, created: key.created };
}
