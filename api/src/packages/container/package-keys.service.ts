import { createPrivateKey, sign } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodePublicKey } from '@dari/credentials';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { CertificateKeyService } from '../../licensing/certificates/certificate-key.service';
import type { PackageSigner, PackageSource, PackageTrust } from './package-format';

// PKCS#8 wrapping of a raw Ed25519 secret key (RFC 8410), so node:crypto signs with the install's key.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The install as a package publisher and importer: it signs with the certificate key (`CertificateKeyService`,
 * its current key) and trusts its own keys and those named in DARI_TRUSTED_PUBLISHERS.
 */
@Injectable()
export class PackageKeysService {
  private installId?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly key: CertificateKeyService,
  ) {}

  signer(): PackageSigner {
    const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, this.key.privateKey]), format: 'der', type: 'pkcs8' });
    return { keyId: this.key.verificationMethod, sign: (bytes) => sign(null, bytes, privateKey) };
  }

  trust(): PackageTrust {
    const own = this.key.keys;
    const others = new Set(this.config.trustedPublishers);
    return {
      isTrusted: (keyId) => {
        if (Object.prototype.hasOwnProperty.call(own, keyId)) return own[keyId];
        // A did:key URL names its key twice (`did:key:K#K`); any other shape is not a key we could trust.
        const [did, fragment, ...rest] = keyId.split('#');
        const multikey = did.startsWith('did:key:') ? did.slice('did:key:'.length) : '';
        if (rest.length || multikey !== fragment || !others.has(multikey)) return undefined;
        return decodePublicKey(multikey);
      },
    };
  }

  /** The manifest's `source`: this install, its address, and the key that signs. */
  async source(): Promise<PackageSource> {
    this.installId ??= ((await this.db.query(`SELECT id FROM install_identity`)) as { id: string }[])[0].id;
    return { installId: this.installId, publicUrl: this.config.publicUrl, keyId: this.key.verificationMethod };
  }
}
