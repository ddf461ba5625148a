import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import '../features/certificates/certificates.css';
import { CredentialForm } from '../features/certificates/CredentialForm';
import type { Outcome } from '../features/certificates/outcome';
import { credentialFromHash } from '../features/certificates/paths';
import { ShortCodeForm } from '../features/certificates/ShortCodeForm';
import { TrustStatus } from '../features/certificates/TrustStatus';
import { useTrust } from '../features/certificates/useTrust';
import { VerificationResult, type CheckedBy } from '../features/certificates/VerificationResult';
import { PageTitle } from '../ui/PageTitle';

/**
 * Public, no sign-in: anyone holding a certificate (or its QR code) checks it here. QR text and JSON are
 * verified in this browser with the stored keys and revocation list, so it works offline once loaded; a
 * short code needs the server. `/verify#DARI1:...` opens with the credential filled in and checked.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const trust = useTrust();
  const fromLink = credentialFromHash(hash);
  // What was last entered here (for the current link); otherwise the link's credential.
  const [entered, setEntered] = useState<{ text: string; hash: string } | null>(null);
  const [serverOutcome, setServerOutcome] = useState<Outcome | null>(null);
  const [showing, setShowing] = useState<CheckedBy>('device');
  const shortCodeHeading = useId();

  const verify = trust.status === 'ready' ? trust.verify : undefined;
  const text = entered && entered.hash === hash ? entered.text : fromLink;
  // Checked again whenever the key and list are resynced (e.g. back online), so a revocation shows at once.
  const deviceOutcome = useMemo(() => (verify && text ? verify(text) : null), [verify, text]);
  const outcome = showing === 'device' ? deviceOutcome : serverOutcome;

  return (
    <>
      <PageTitle title={t('verify.title')} />
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.lead')}</p>
      <TrustStatus trust={trust} />
      <CredentialForm
        key={hash}
        initialText={fromLink}
        enabled={verify !== undefined}
        onVerify={(value) => {
          setEntered({ text: value, hash });
          setShowing('device');
        }}
      />
      {outcome && <VerificationResult outcome={outcome} checkedBy={showing} />}
      <section className="short-code" aria-labelledby={shortCodeHeading}>
        <h2 id={shortCodeHeading}>{t('verify.shortCodeTitle')}</h2>
        <ShortCodeForm
          onOutcome={(answer) => {
            setServerOutcome(answer);
            setShowing('server');
          }}
        />
      </section>
    </>
  );
}
