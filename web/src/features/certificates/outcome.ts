/** What the /verify page shows, from the browser's own check or the server's short code lookup. */
export interface CertificateFacts {
  holderName: string;
  title: string;
  /** ISO date or date-time. */
  issuedOn: string;
  validUntil: string | null;
  shortCode: string;
  /** Null when the server looked it up (it does not say). */
  issuer: string | null;
  licenceNumber: string | null;
}

export type FailureReason =
  | 'malformed'
  | 'unknown_key'
  | 'bad_signature'
  /** Signed by a key marked compromised, at or after the time it was marked. */
  | 'compromised_key'
  | 'revoked'
  | 'expired'
  | 'not_yet_valid'
  | 'unknown_code'
  /** This browser has never reached the server, so it has no key to check with. */
  | 'no_keys';

export type Outcome =
  { valid: true; facts: CertificateFacts } | { valid: false; reason: FailureReason; facts?: CertificateFacts; asOf?: string };

const REASONS: readonly string[] = [
  'malformed',
  'unknown_key',
  'bad_signature',
  'compromised_key',
  'revoked',
  'expired',
  'not_yet_valid',
  'unknown_code',
];

export interface ServerVerification {
  valid: boolean;
  reason: string;
  holderName: string | null;
  title: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  shortCode: string | null;
}

/** The server's answer to a short code, in the page's terms; `checkedAt` dates a revocation. */
export function outcomeOfServer(result: ServerVerification, checkedAt: string): Outcome {
  const facts: CertificateFacts | undefined =
    result.holderName && result.title && result.issuedOn && result.shortCode
      ? {
          holderName: result.holderName,
          title: result.title,
          issuedOn: result.issuedOn,
          validUntil: result.validUntil,
          shortCode: result.shortCode,
          issuer: null,
          licenceNumber: null,
        }
      : undefined;
  if (result.valid && facts) return { valid: true, facts };
  const reason = (REASONS.includes(result.reason) ? result.reason : 'malformed') as FailureReason;
  return { valid: false, reason, ...(reason === 'revoked' && { asOf: checkedAt }) };
}
