import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';

interface LayoutProps {
  /** Extra header controls, e.g. the signed-in user's name and sign-out. */
  actions?: ReactNode;
  children: ReactNode;
}

export function Layout({ actions, children }: LayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <Link to="/" className="brand__name">
              {t('app.name')}
            </Link>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </p>
          <div className="site-header__actions">
            <LanguageSwitch />
            {actions}
          </div>
        </div>
      </header>
      {/* Pages are lazy chunks; keeping Suspense inside <main> leaves the header in place while one loads. */}
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
    </>
  );
}
