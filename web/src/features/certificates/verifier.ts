// The only module that imports the credentials library: loaded as its own chunk by the /verify page, and only
// on browsers with BigInt (the Ed25519 arithmetic needs it), so neither the trainee pages nor old browsers
// ever load it. It checks the certificates' eddsa-jcs-2022 proof: their eddsa-rdfc-2022 proof (for verifiers
// elsewhere) needs JSON-LD canonicalization, which the server's verifyCertificate does instead.
import {
  decodeFromQr,
  decodePublicKey,
  shortCode,
  signedWhileCompromised,
  trustedKeys,
  verificationMethodOf,
  verifyCredential,
  verifyRevocationList,
  verifyStatusList,
  type CompromisedKeys,
  type KeySet,
  type SignedCredential,
  type StatusList,
} from '@dari/credentials';
import type { CertificateFacts, Outcome } from './outcome';
import type { ServerTrust } from './serverTrust';
import {
  rememberCompromised,
  rememberKey,
  storedKeys,
  storedRevocationList,
  storedStatusList,
  storeRevocationList,
  storeStatusList,
} from './trustStore';

export interface Revocations {
  /** When the server signed the list: revocations after this are not known here. */
  updated: string;
  revoked: ReadonlySet<string>;
}

export interface Trust {
  keys: KeySet;
  keyCount: number;
  compromised: CompromisedKeys;
  /** The W3C status list (certificates issued since it). */
  statusList: StatusList | null;
  /** The legacy list of revoked ids (certificates issued before the status list). */
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

/** A status list signed by a trusted key that was not compromised when it signed. */
function checkStatusList(list: unknown, keys: KeySet, compromised: CompromisedKeys): StatusList | null {
  if (list === null || list === undefined) return null;
  const result = verifyStatusList(list, { keys });
  if (!result.valid || signedWhileCompromised(compromised, result.verificationMethod, result.validFrom)) return null;
  return result;
}

/** `updated` and `validFrom` have one-second resolution: a list of the same second is the fresher copy. */
function newer<T>(fetched: T | null, stored: T | null, dateOf: (list: T) => string): boolean {
  return fetched !== null && (stored === null || Date.parse(dateOf(fetched)) >= Date.parse(dateOf(stored)));
}

/**
 * Merges what the server sent (nothing when it was unreachable) with what this browser kept: served keys and
 * compromise marks join the stored ones (none is ever dropped), and each served list replaces the stored one
 * only if it verifies and is not older (a validly signed old list could be replayed to hide a revocation).
 */
export function updateTrust(fromServer: ServerTrust): Trust {
  const served = [
    ...(fromServer.keys ?? []).map((key) => key.publicKeyMultibase),
    ...(fromServer.publicKeyMultibase ? [fromServer.publicKeyMultibase] : []),
  ].filter(isPublicKey);
  let multibases = storedKeys();
  for (const key of served) multibases = rememberKey(key);
  multibases = multibases.filter(isPublicKey);
  const marks = rememberCompromised(
    Object.fromEntries(
      (fromServer.keys ?? [])
        .filter((key) => key.compromisedSince && isPublicKey(key.publicKeyMultibase))
        .map((key) => [key.publicKeyMultibase, key.compromisedSince!]),
    ),
  );
  const compromised = Object.fromEntries(Object.entries(marks).map(([key, since]) => [verificationMethodOf(decodePublicKey(key)), since]));
  const keys = trustedKeys(multibases);

  let statusList = checkStatusList(storedStatusList(), keys, compromised);
  const fetchedStatus = checkStatusList(fromServer.statusList, keys, compromised);
  if (newer(fetchedStatus, statusList, (list) => list.validFrom)) {
    storeStatusList(fromServer.statusList);
    statusList = fetchedStatus;
  }
  let revocations = checkList(storedRevocationList(), keys);
  const fetched = checkList(fromServer.revocationList, keys);
  if (newer(fetched, revocations, (list) => list.updated)) {
    storeRevocationList(fromServer.revocationList);
    revocations = fetched;
  }
  return { keys, keyCount: multibases.length, compromised, statusList, revocations };
}

/** When the list a credential's revocation is read from was signed: the status list, or the legacy list. */
export function listAsOf(trust: Trust, credential?: SignedCredential): string | undefined {
  const legacy = credential?.credentialStatus.type === 'DariRevocationList';
  return legacy ? trust.revocations?.updated : (trust.statusList?.validFrom ?? (credential ? undefined : trust.revocations?.updated));
}

/** The credential in QR text (`DARI2:...`, `DARI1:...`) or JSON; undefined when it is neither. */
export function parseCredentialText(text: string): unknown {
  const trimmed = text.trim();
  if (/^DARI\d+:/i.test(trimmed)) return decodeFromQr(trimmed) ?? undefined;
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
  const result = verifyCredential(candidate, {
    keys: trust.keys,
    compromised: trust.compromised,
    statusList: trust.statusList ?? undefined,
    revoked: trust.revocations?.revoked,
    now,
  });
  if (result.valid) return { valid: true, facts: factsOf(result.credential) };
  const signed = ['revoked', 'expired', 'not_yet_valid'].includes(result.reason);
  return {
    valid: false,
    reason: result.reason,
    ...(signed && { facts: factsOf(candidate as SignedCredential) }),
    ...(result.reason === 'revoked' && { asOf: listAsOf(trust, candidate as SignedCredential) }),
  };
}
