// The only module that imports the credentials library: loaded as its own chunk by the /verify page, and only
// on browsers with BigInt (the Ed25519 arithmetic needs it), so neither the trainee pages nor old browsers
// ever load it.
import {
  decodeFromQr,
  decodePublicKey,
  QR_PREFIX,
  shortCode,
  trustedKeys,
  verifyCredential,
  verifyRevocationList,
  type KeySet,
  type SignedCredential,
} from '@dari/credentials';
import type { CertificateFacts, Outcome } from './outcome';
import type { ServerTrust } from './serverTrust';
import { rememberKey, storedKeys, storedRevocationList, storeRevocationList } from './trustStore';

export interface Revocations {
  /** When the server signed the list: revocations after this are not known here. */
  updated: string;
  revoked: ReadonlySet<string>;
}

export interface Trust {
  keys: KeySet;
  keyCount: number;
  revocations: Revocations | null;
}

function isPublicKey(multibase: string): boolean {
  try {
    decodePublicKey(multibase);
    return true;
  } catch {
    return false;
  }
}

function checkList(list: unknown, keys: KeySet): Revocations | null {
  if (list === null || list === undefined) return null;
  const result = verifyRevocationList(list, { keys });
  return result.valid ? { updated: result.updated, revoked: result.revoked } : null;
}

/**
 * Merges what the server sent (nothing when it was unreachable) with what this browser kept: the served key
 * joins the stored ones, and the served revocation list replaces the stored one only if it verifies and is
 * not older (a validly signed old list could be replayed to hide a revocation).
 */
export function updateTrust(fromServer: ServerTrust): Trust {
  const served = fromServer.publicKeyMultibase;
  const multibases = (served && isPublicKey(served) ? rememberKey(served) : storedKeys()).filter(isPublicKey);
  const keys = trustedKeys(multibases);
  const stored = checkList(storedRevocationList(), keys);
  const fetched = checkList(fromServer.revocationList, keys);
  // `updated` has one-second resolution: a list of the same second is the fresher copy (it may hold a
  // revocation made within that second), and a replay from within the same second is no real risk.
  if (fetched && (!stored || Date.parse(fetched.updated) >= Date.parse(stored.updated))) {
    storeRevocationList(fromServer.revocationList);
    return { keys, keyCount: multibases.length, revocations: fetched };
  }
  return { keys, keyCount: multibases.length, revocations: stored };
}

/** The credential in QR text (`DARI1:...`) or JSON; undefined when it is neither. */
export function parseCredentialText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.toUpperCase().startsWith(QR_PREFIX)) return decodeFromQr(trimmed) ?? undefined;
  if (!trimmed.startsWith('{')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

function factsOf(credential: SignedCredential): CertificateFacts {
  const subject = credential.credentialSubject;
  return {
    holderName: subject.identifier[0].identityHash,
    title: credential.name,
    issuedOn: credential.validFrom,
    validUntil: credential.validUntil ?? null,
    shortCode: shortCode(credential),
    issuer: credential.issuer.name,
    licenceNumber: subject.licenseNumber ?? null,
  };
}

/**
 * Verifies QR text or JSON entirely in this browser. The certificate's facts are shown only when its
 * signature is good (revoked, expired and not yet valid ones included): a tampered text says nothing true.
 */
export function verifyText(text: string, trust: Trust, now = new Date()): Outcome {
  if (trust.keyCount === 0) return { valid: false, reason: 'no_keys' };
  const candidate = parseCredentialText(text);
  if (candidate === undefined) return { valid: false, reason: 'malformed' };
  const result = verifyCredential(candidate, { keys: trust.keys, revoked: trust.revocations?.revoked, now });
  if (result.valid) return { valid: true, facts: factsOf(result.credential) };
  const signed = ['revoked', 'expired', 'not_yet_valid'].includes(result.reason);
  return {
    valid: false,
    reason: result.reason,
    ...(signed && { facts: factsOf(candidate as SignedCredential) }),
    ...(result.reason === 'revoked' && { asOf: trust.revocations?.updated }),
  };
}
