import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { exportKeyPair, generateKeyPair, importKeyPair, type KeyPair, trustedKeys, verificationMethodOf, encodePublicKey } from '@dari/credentials';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';

/**
 * The install's Ed25519 signing key: created at first start in `<data folder>/keys/` (readable by the server
 * only) and kept there; back it up with the data folder. Its public half is served for verifiers. API replicas
 * share the data folder (not the database: a stolen database copy must not sign certificates); the first to
 * start creates the key, atomically, and the others read that one.
 */
@Injectable()
export class CertificateKeyService implements OnModuleInit {
  private keyPair!: KeyPair;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    const dir = join(this.config.dataDir, 'keys');
    const file = join(dir, 'certificate-key.json');
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Written whole to a file of our own, then linked into place: a replica starting at the same moment
      // either wins the link or reads the winner's complete key, never half a file.
      const draft = `${file}.${process.pid}.${Date.now()}`;
      writeFileSync(draft, `${JSON.stringify(exportKeyPair(generateKeyPair()), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      try {
        linkSync(draft, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(draft);
      }
    }
    this.keyPair = importKeyPair(JSON.parse(readFileSync(file, 'utf8')));
  }

  get privateKey() {
    return this.keyPair.privateKey;
  }

  get verificationMethod() {
    return verificationMethodOf(this.keyPair.publicKey);
  }

  get publicKeyMultibase() {
    return encodePublicKey(this.keyPair.publicKey);
  }

  /** The issuer id printed in credentials: the key's did:key. */
  get issuerId() {
    return this.verificationMethod.split('#')[0];
  }

  get keys() {
    return trustedKeys([this.keyPair.publicKey]);
  }
}
