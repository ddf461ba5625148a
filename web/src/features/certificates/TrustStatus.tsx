import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/format';
import type { TrustState } from './useTrust';

/** How fresh the revocation list is, and whether the server answered: the user judges the result by it. */
export function TrustStatus({ trust }: { trust: TrustState }) {
  const { t, i18n } = useTranslation();
  if (trust.status === 'unsupported') {
    return (
      <p className="alert" role="alert">
        {t('verify.noBigInt')}
      </p>
    );
  }
  if (trust.status === 'failed') {
    return (
      <p className="alert" role="alert">
        {t('verify.loadFailed')}
      </p>
    );
  }
  if (trust.status === 'loading') return <p className="trust-status">{t('verify.preparing')}</p>;
  return (
    <div className="trust-status" data-testid="trust-status">
      {!trust.online && <p>{t('verify.offline')}</p>}
      {trust.listAsOf ? (
        <p>{t('verify.listAsOf', { date: formatMoment(trust.listAsOf, i18n.language, { withTime: true }) })}</p>
      ) : (
        <p className="alert">{t('verify.noList')}</p>
      )}
    </div>
  );
}
