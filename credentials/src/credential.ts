import type { DataIntegrityProof } from './data-integrity.js';
import { toDateTime } from './data-integrity.js';

/**
 * Dari's certificates as Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0). The Dari facts map onto
 * standard Open Badges properties, so any OB 3.0 verifier reads them:
 * - the holder's name: `credentialSubject.identifier[0]` (IdentityObject, identityType "name", not hashed);
 * - the holder's licence number: `credentialSubject.licenseNumber`;
 * - credit hours earned: `credentialSubject.creditsEarned`;
 * - the topic: `achievement.fieldOfStudy`; the curriculum id or licence category: `achievement.humanCode`;
 * - curriculum completion vs licence renewal: `achievement.achievementType` ("CertificateOfCompletion", "License");
 * - revocation: `credentialStatus`, a W3C `BitstringStatusListEntry` (the certificate's index in the issuer's
 *   signed status list). Certificates issued before it carry the Dari-only `DariRevocationList` (looked up by id).
 * Every term is defined by these two contexts (a spec expands a credential and checks it), so no Dari context is
 * needed and a verifier elsewhere needs only the contexts it already bundles.
 */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export type AchievementType = 'CertificateOfCompletion' | 'License';

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: AchievementType;
  name: string;
  description: string;
  criteria: { narrative: string };
  fieldOfStudy?: string;
  humanCode?: string;
}

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'name';
  hashed: false;
  identityHash: string;
}

export interface AchievementSubject {
  type: ['AchievementSubject'];
  identifier: [IdentityObject];
  licenseNumber?: string;
  creditsEarned?: number;
  achievement: Achievement;
}

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
}

/** W3C Bitstring Status List v1.0: bit `statusListIndex` of the list credential at `statusListCredential`. */
export interface BitstringStatusListEntry {
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  /** A decimal string, as the specification requires. */
  statusListIndex: string;
  statusListCredential: string;
}

/** The status of certificates issued before the status list: Dari's own signed list of revoked ids. */
export interface LegacyRevocationStatus {
  id: string;
  type: 'DariRevocationList';
}

export type CredentialStatus = BitstringStatusListEntry | LegacyRevocationStatus;

export interface UnsignedCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: IssuerProfile;
  validFrom: string;
  validUntil?: string;
  credentialSubject: AchievementSubject;
  credentialStatus: CredentialStatus;
}

/** A proof set (eddsa-rdfc-2022, then eddsa-jcs-2022) since the status list; one eddsa-jcs-2022 proof before. */
export interface SignedCredential extends UnsignedCredential {
  proof: DataIntegrityProof | DataIntegrityProof[];
}

export interface CredentialInput {
  /** A UUID, e.g. the id of the issuing record; the credential's id is `urn:uuid:<id>`. */
  id: string;
  issuer: { id: string; name: string };
  validFrom: Date | string;
  /** A renewed licence's expiry; certificates of completion usually have none. */
  validUntil?: Date | string;
  holder: { name: string; licenceNumber?: string; creditHours?: number };
  achievement: {
    /** A URI of the achievement, e.g. `https://<dari host>/achievements/curricula/tb-primary`. */
    id: string;
    type: AchievementType;
    /** Korean, as shown on the certificate. */
    name: string;
    description: string;
    criteria: string;
    topic?: string;
    /** The curriculum id (e.g. "tb-primary") or the licence category code. */
    code?: string;
  };
  /** Where the credential's revocation is published: the status list credential's URL and this credential's bit. */
  status: { listCredential: string; index: number };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the unsigned credential; throws a TypeError or RangeError naming the first invalid input. */
export function buildCredential(input: CredentialInput): UnsignedCredential {
  if (!UUID.test(input.id)) throw new TypeError(`id must be a UUID: ${input.id}`);
  const { holder, achievement } = input;
  for (const [field, value] of Object.entries({
    'issuer.id': input.issuer.id,
    'issuer.name': input.issuer.name,
    'holder.name': holder.name,
    'achievement.id': achievement.id,
    'achievement.name': achievement.name,
    'achievement.description': achievement.description,
    'achievement.criteria': achievement.criteria,
    'status.listCredential': input.status.listCredential,
  })) {
    if (value.trim() === '') throw new TypeError(`${field} must not be empty`);
  }
  if (holder.creditHours !== undefined && !(Number.isFinite(holder.creditHours) && holder.creditHours >= 0)) {
    throw new RangeError(`holder.creditHours must be a number >= 0: ${holder.creditHours}`);
  }
  if (!(Number.isSafeInteger(input.status.index) && input.status.index >= 0)) {
    throw new RangeError(`status.index must be an integer >= 0: ${input.status.index}`);
  }
  const validFrom = toDateTime(input.validFrom);
  const validUntil = input.validUntil === undefined ? undefined : toDateTime(input.validUntil);
  if (validUntil !== undefined && Date.parse(validUntil) <= Date.parse(validFrom)) {
    throw new RangeError('validUntil must be after validFrom');
  }
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${input.id.toLowerCase()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name },
    validFrom,
    ...(validUntil !== undefined && { validUntil }),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: holder.name }],
      ...(holder.licenceNumber !== undefined && { licenseNumber: holder.licenceNumber }),
      ...(holder.creditHours !== undefined && { creditsEarned: holder.creditHours }),
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: achievement.type,
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        ...(achievement.topic !== undefined && { fieldOfStudy: achievement.topic }),
        ...(achievement.code !== undefined && { humanCode: achievement.code }),
      },
    },
    credentialStatus: {
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listCredential,
    },
  };
}
