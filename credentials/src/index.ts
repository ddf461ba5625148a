export {
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  buildCredential,
  type Achievement,
  type AchievementSubject,
  type AchievementType,
  type BitstringStatusListEntry,
  type CredentialInput,
  type CredentialStatus,
  type IdentityObject,
  type IssuerProfile,
  type LegacyRevocationStatus,
  type SignedCredential,
  type UnsignedCredential,
} from './credential.js';
export { type Cryptosuite, type DataIntegrityProof, type SigningOptions } from './data-integrity.js';
export { jcs } from './jcs.js';
export {
  decodePublicKey,
  encodePublicKey,
  exportKeyPair,
  generateKeyPair,
  importKeyPair,
  trustedKeys,
  verificationMethodOf,
  type ExportedKeyPair,
  type KeyPair,
  type KeySet,
} from './keys.js';
export {
  signRevocationList,
  verifyRevocationList,
  type RevocationListInput,
  type RevocationListResult,
  type SignedRevocationList,
  type UnsignedRevocationList,
} from './revocation.js';
export {
  MIN_STATUS_LIST_BITS,
  buildStatusList,
  signStatusList,
  verifyStatusList,
  type SignedStatusListCredential,
  type StatusList,
  type StatusListInput,
  type StatusListResult,
  type UnsignedStatusListCredential,
} from './status-list.js';
export { QR_PREFIX, decodeFromQr, encodeForQr, normalizeShortCode, shortCode } from './transport.js';
export {
  signCredential,
  signedWhileCompromised,
  verifyCredential,
  type CompromisedKeys,
  type VerificationFailure,
  type VerificationResult,
  type VerifyOptions,
} from './verify.js';
