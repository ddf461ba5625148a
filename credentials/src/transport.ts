import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { base32crockford } from '@scure/base';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase45, encodeBase45 } from './base45.js';
import type { SignedCredential } from './credential.js';
import { jcs } from './jcs.js';

/**
 * QR payload: `DARI2:` + base45(raw DEFLATE(JCS JSON of the credential), with DICTIONARY_V2 as the preset
 * dictionary), every character in the QR code alphanumeric set; the layout of the EU Digital COVID
 * Certificate (`HC1:` + base45 of zlib). The dictionary is the credential's boilerplate. `DARI1:` (the
 * single-proof credentials with a DariRevocationList, DICTIONARY_V1) is still decoded: it is on paper.
 * Frozen: a change to the layout or the dictionary needs a new prefix, and decoders keep reading old ones.
 */
export const QR_PREFIX = 'DARI2:';
const QR_PREFIX_V1 = 'DARI1:';

const DICTIONARY_V1 = strToU8(
  '{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],' +
    '"credentialStatus":{"id":"https://","type":"DariRevocationList"},"credentialSubject":{"achievement":' +
    '{"achievementType":"CertificateOfCompletion","criteria":{"narrative":""},"description":"","fieldOfStudy":"",' +
    '"humanCode":"","id":"https://","name":"","type":["Achievement"]},"creditsEarned":,"identifier":[{"hashed":false,' +
    '"identityHash":"","identityType":"name","type":"IdentityObject"}],"licenseNumber":"","type":["AchievementSubject"]},' +
    '"id":"urn:uuid:","issuer":{"id":"https://","name":"","type":["Profile"]},"name":"","proof":{"@context":' +
    '["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],' +
    '"created":"","cryptosuite":"eddsa-jcs-2022","proofPurpose":"assertionMethod","proofValue":"z",' +
    '"type":"DataIntegrityProof","verificationMethod":"did:key:z6Mk"},"type":["VerifiableCredential",' +
    '"OpenBadgeCredential"],"validFrom":"T00:00:00Z","validUntil":"License"}',
);

const DICTIONARY_V2 = strToU8(
  '{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],' +
    '"credentialStatus":{"statusListCredential":"https:///certificates/status/1","statusListIndex":"",' +
    '"statusPurpose":"revocation","type":"BitstringStatusListEntry"},"credentialSubject":{"achievement":' +
    '{"achievementType":"CertificateOfCompletion","criteria":{"narrative":""},"description":"","fieldOfStudy":"",' +
    '"humanCode":"","id":"https:///achievements/curricula/","name":"","type":["Achievement"]},"creditsEarned":,' +
    '"identifier":[{"hashed":false,"identityHash":"","identityType":"name","type":"IdentityObject"}],"licenseNumber":"",' +
    '"type":["AchievementSubject"]},"id":"urn:uuid:","issuer":{"id":"did:key:z6Mk","name":"","type":["Profile"]},' +
    '"name":"","proof":[{"created":"","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"z",' +
    '"type":"DataIntegrityProof","verificationMethod":"did:key:z6Mk#z6Mk"},{"@context":' +
    '["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],' +
    '"created":"","cryptosuite":"eddsa-jcs-2022","proofPurpose":"assertionMethod","proofValue":"z",' +
    '"type":"DataIntegrityProof","verificationMethod":"did:key:z6Mk#z6Mk"}],"type":["VerifiableCredential",' +
    '"OpenBadgeCredential"],"validFrom":"T00:00:00Z","validUntil":"T23:59:59Z""License"}',
);

/** Larger than any QR code (version 40 holds 4,296 alphanumeric characters). */
const MAX_QR_TEXT = 4296;
/** Inflated JSON beyond this is not a credential; a bound on decompression bombs. */
const MAX_JSON_BYTES = 64 * 1024;

export function encodeForQr(credential: SignedCredential): string {
  return QR_PREFIX + encodeBase45(deflateSync(strToU8(jcs(credential)), { level: 9, dictionary: DICTIONARY_V2 }));
}

/** The JSON value in a scanned QR text, or null for anything else. Never throws; verify the result. */
export function decodeFromQr(text: string): unknown {
  try {
    if (typeof text !== 'string' || text.length > MAX_QR_TEXT) return null;
    const dictionary = text.startsWith(QR_PREFIX) ? DICTIONARY_V2 : text.startsWith(QR_PREFIX_V1) ? DICTIONARY_V1 : null;
    if (!dictionary) return null;
    // Into a fixed buffer: output beyond it is dropped, and a full buffer means too much.
    const json = inflateSync(decodeBase45(text.slice(QR_PREFIX.length)), { out: new Uint8Array(MAX_JSON_BYTES), dictionary });
    if (json.length >= MAX_JSON_BYTES) return null;
    return JSON.parse(strFromU8(json)) as unknown;
  } catch {
    return null;
  }
}

const SHORT_CODE_LENGTH = 10;
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{10}$/;

/**
 * A code to read over a phone line: the first 50 bits of SHA-256(proofValue of the eddsa-jcs-2022 proof) in Crockford base32, grouped
 * `XXXX-XXXX-XX`. The same for every copy of a credential; not derivable without the signed credential.
 * 2^50 codes: still, the API should store it with a unique index.
 */
export function shortCode(credential: SignedCredential): string {
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
  const proof = proofs.find((candidate) => candidate.cryptosuite === 'eddsa-jcs-2022') ?? proofs[0];
  const digits = base32crockford.encode(sha256(utf8ToBytes(proof.proofValue)).subarray(0, 7));
  return formatShortCode(digits.slice(0, SHORT_CODE_LENGTH));
}

/**
 * A typed or spoken code in canonical form, or null: case, spaces and hyphens are ignored and, as
 * Crockford base32 decodes them, O reads as 0 and I, L as 1.
 */
export function normalizeShortCode(text: string): string | null {
  const digits = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return CROCKFORD.test(digits) ? formatShortCode(digits) : null;
}

function formatShortCode(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}
