import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ServerVerification } from './outcome';

export type CertificateKind = 'curriculum' | 'licence_renewal';

export interface MyCertificate {
  id: string;
  kind: CertificateKind;
  title: string;
  shortCode: string;
  /** The signed credential (Open Badges 3.0 JSON), as the QR code on the PDF carries it. */
  credential: string;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  pdfPath: string;
}

export interface MyCertificatesQuery {
  myWorker: { id: string; certificates: MyCertificate[] } | null;
}

/** The signed-in worker's certificates (completion certificates due are issued as they are read). */
export const MY_CERTIFICATES: TypedDocumentNode<MyCertificatesQuery, Record<string, never>> = gql`
  query MyCertificates {
    myWorker {
      id
      certificates {
        id
        kind
        title
        shortCode
        credential
        issuedAt
        revokedAt
        revokedReason
        pdfPath
      }
    }
  }
`;

export interface VerifyCertificateQuery {
  verifyCertificate: ServerVerification;
}

/** Public: the server checks a short code (or QR text / JSON) against its own records, key and revocations. */
export const VERIFY_CERTIFICATE: TypedDocumentNode<VerifyCertificateQuery, { credential: string }> = gql`
  query VerifyCertificate($credential: String!) {
    verifyCertificate(credential: $credential) {
      valid
      reason
      holderName
      title
      issuedOn
      validUntil
      shortCode
    }
  }
`;
