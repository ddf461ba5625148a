import { OB_V3_CONTEXT, VC_V2_CONTEXT, type SignedCredential, type UnsignedCredential } from './credential.js';
import { addProof, checkProof, isDateTime, isRecord, type SigningOptions } from './data-integrity.js';
import type { KeySet } from './keys.js';

export type VerificationFailure = 'malformed' | 'unknown_key' | 'bad_signature' | 'revoked' | 'expired' | 'not_yet_valid';

export type VerificationResult =
  | { valid: true; reason: 'ok'; credential: SignedCredential }
  | { valid: false; reason: VerificationFailure };

export interface VerifyOptions {
  /** Trusted public keys by verification method id (see trustedKeys). */
  keys: KeySet;
  /** Ids (`urn:uuid:...`) of revoked credentials, e.g. from a verified revocation list. */
  revoked?: ReadonlySet<string>;
  now?: Date;
}

export function signCredential(unsigned: UnsignedCredential, options: SigningOptions): SignedCredential {
  return addProof(unsigned, options);
}

/**
 * Verifies a credential from any source (a decoded QR code, JSON typed in, garbage). Checks, in order: the
 * shape, the proof, revocation, then validFrom/validUntil against `now`. Never throws.
 */
export function verifyCredential(credential: unknown, options: VerifyOptions): VerificationResult {
  try {
    if (!isCredentialShape(credential)) return { valid: false, reason: 'malformed' };
    const proof = checkProof(credential as unknown as Record<string, unknown>, options.keys);
    if (proof !== 'ok') return { valid: false, reason: proof };
    if (options.revoked?.has(credential.id)) return { valid: false, reason: 'revoked' };
    const now = (options.now ?? new Date()).getTime();
    if (now < Date.parse(credential.validFrom)) return { valid: false, reason: 'not_yet_valid' };
    if (credential.validUntil !== undefined && now >= Date.parse(credential.validUntil)) {
      return { valid: false, reason: 'expired' };
    }
    return { valid: true, reason: 'ok', credential };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}

/** What a verifier and the /verify page rely on; the signature covers everything else. */
function isCredentialShape(value: unknown): value is SignedCredential {
  if (!isRecord(value)) return false;
  const { issuer, credentialSubject: subject } = value;
  const context = value['@context'];
  return (
    Array.isArray(context) &&
    context[0] === VC_V2_CONTEXT &&
    context.includes(OB_V3_CONTEXT) &&
    isStringArrayWith(value.type, ['VerifiableCredential', 'OpenBadgeCredential']) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    isRecord(issuer) &&
    typeof issuer.id === 'string' &&
    typeof issuer.name === 'string' &&
    isDateTime(value.validFrom) &&
    (value.validUntil === undefined || isDateTime(value.validUntil)) &&
    isRecord(subject) &&
    isHolderName(subject.identifier) &&
    (subject.licenseNumber === undefined || typeof subject.licenseNumber === 'string') &&
    (subject.creditsEarned === undefined || typeof subject.creditsEarned === 'number') &&
    isRecord(subject.achievement) &&
    typeof subject.achievement.id === 'string' &&
    typeof subject.achievement.name === 'string' &&
    isRecord(value.proof)
  );
}

function isHolderName(identifier: unknown): boolean {
  if (!Array.isArray(identifier) || !isRecord(identifier[0])) return false;
  const name = identifier[0];
  return name.identityType === 'name' && name.hashed === false && typeof name.identityHash === 'string';
}

function isStringArrayWith(value: unknown, required: string[]): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') && required.every((item) => value.includes(item));
}
