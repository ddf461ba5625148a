export {
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  buildCredential,
  type Achievement,
  type AchievementSubject,
  type AchievementType,
  type CredentialInput,
  type CredentialStatus,
  type IdentityObject,
  type IssuerProfile,
  type SignedCredential,
  type UnsignedCredential,
} from './credential.js';
export { type DataIntegrityProof, type SigningOptions } from './data-integrity.js';
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
export { QR_PREFIX, decodeFromQr, encodeForQr, normalizeShortCode, shortCode } from './transport.js';
export {
  signCredential,
  verifyCredential,
  type VerificationFailure,
  type VerificationResult,
  type VerifyOptions,
} from './verify.js';
