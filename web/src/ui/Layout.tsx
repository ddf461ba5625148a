import { createContext, Suspense, use, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';

interface LayoutProps {
  /** Links to the main areas, shown after the app's name. */
  navigation?: ReactNode;
  /** Extra header controls, e.g. the signed-in user's name and sign-out. */
  actions?: ReactNode;
  children: ReactNode;
}

const WideLayoutContext = createContext<(wide: boolean) => void>(() => undefined);

/** Widens the page while the calling page is shown, e.g. for the reader's table of contents beside the text. */
export function useWideLayout(): void {
  const setWide = use(WideLayoutContext);
  useLayoutEffect(() => {
    setWide(true);
    return () => setWide(false);
  }, [setWide]);
}

export function Layout({ navigation, actions, children }: LayoutProps) {
  const { t } = useTranslation();
  const [wide, setWide] = useState(false);
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
          {navigation}
          <div className="site-header__actions">
            <LanguageSwitch />
            {actions}
          </div>
        </div>
      </header>
      {/* Pages are lazy chunks; keeping Suspense inside <main> leaves the header in place while one loads. */}
      <main id="main" className={wide ? 'main main--wide' : 'main'} tabIndex={-1}>
        <WideLayoutContext value={setWide}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </WideLayoutContext>
      </main>
    </>
  );
}
