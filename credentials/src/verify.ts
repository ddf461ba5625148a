import { OB_V3_CONTEXT, VC_V2_CONTEXT, type SignedCredential, type UnsignedCredential } from './credential.js';
import { addProof, checkJcsProofs, isDateTime, isRecord, type SigningOptions } from './data-integrity.js';
import type { KeySet } from './keys.js';

export type VerificationFailure =
  'malformed' | 'unknown_key' | 'bad_signature' | 'compromised_key' | 'revoked' | 'expired' | 'not_yet_valid';

export type VerificationResult =
  { valid: true; reason: 'ok'; credential: SignedCredential } | { valid: false; reason: VerificationFailure };

/** Verification methods of compromised keys, each with the time from which what it signed is refused. */
export type CompromisedKeys = Readonly<Record<string, string>>;

export interface VerifyOptions {
  /** Trusted public keys by verification method id (see trustedKeys). */
  keys: KeySet;
  compromised?: CompromisedKeys;
  /** The issuer's verified status list (see verifyStatusList), for credentials with a BitstringStatusListEntry. */
  statusList?: { isRevoked(index: number): boolean };
  /** Ids (`urn:uuid:...`) of revoked credentials: the legacy revocation list, or every revocation a server knows. */
  revoked?: ReadonlySet<string>;
  now?: Date;
}

/** A single eddsa-jcs-2022 proof, the format before the status list (tests and legacy fixtures use it). */
export function signCredential(unsigned: UnsignedCredential, options: SigningOptions): SignedCredential {
  return addProof(unsigned, options);
}

/**
 * Whether a key's signature made at `created` is refused: the key was marked compromised at or before then. A
 * proof without `created` cannot show it predates the compromise.
 */
export function signedWhileCompromised(
  compromised: CompromisedKeys | undefined,
  verificationMethod: string,
  created: string | undefined,
): boolean {
  if (!compromised || !Object.prototype.hasOwnProperty.call(compromised, verificationMethod)) return false;
  return created === undefined || Date.parse(created) >= Date.parse(compromised[verificationMethod]);
}

/**
 * Verifies a credential from any source (a decoded QR code, JSON typed in, garbage) with its eddsa-jcs-2022
 * proof. Checks, in order: the shape, the proof, the key's compromise, revocation, then validFrom/validUntil
 * against `now`. Never throws. (In Node, linked-data.ts's verifyCredentialFully also checks eddsa-rdfc-2022.)
 */
export function verifyCredential(credential: unknown, options: VerifyOptions): VerificationResult {
  try {
    if (!isCredentialShape(credential)) return { valid: false, reason: 'malformed' };
    const proof = checkJcsProofs(credential as unknown as Record<string, unknown>, options.keys);
    if (proof.check !== 'ok') return { valid: false, reason: proof.check };
    if (signedWhileCompromised(options.compromised, proof.verificationMethod!, proof.created))
      return { valid: false, reason: 'compromised_key' };
    if (isRevoked(credential, options)) return { valid: false, reason: 'revoked' };
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

// A revoked id counts whatever the credential's status entry: a server also knows by id the revocations of
// certificates another install issued (carried in records packages), whose list indexes are that install's.
function isRevoked(credential: SignedCredential, options: VerifyOptions): boolean {
  if (options.revoked?.has(credential.id)) return true;
  const status = credential.credentialStatus;
  return status.type === 'BitstringStatusListEntry' ? (options.statusList?.isRevoked(Number(status.statusListIndex)) ?? false) : false;
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
    isStatus(value.credentialStatus) &&
    isRecord(subject) &&
    isHolderName(subject.identifier) &&
    (subject.licenseNumber === undefined || typeof subject.licenseNumber === 'string') &&
    (subject.creditsEarned === undefined || typeof subject.creditsEarned === 'number') &&
    isRecord(subject.achievement) &&
    typeof subject.achievement.id === 'string' &&
    typeof subject.achievement.name === 'string' &&
    (isRecord(value.proof) || Array.isArray(value.proof))
  );
}

function isStatus(status: unknown): boolean {
  if (!isRecord(status)) return false;
  if (status.type === 'DariRevocationList') return typeof status.id === 'string';
  return (
    status.type === 'BitstringStatusListEntry' &&
    status.statusPurpose === 'revocation' &&
    typeof status.statusListIndex === 'string' &&
    /^(0|[1-9]\d{0,14})$/.test(status.statusListIndex) &&
    typeof status.statusListCredential === 'string'
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
