import { createContext, Suspense, use, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './Loading';
import { SiteHeader } from './SiteHeader';

interface LayoutProps {
  /** Links to the main areas, shown after the app's name. */
  navigation?: ReactNode;
  /** Extra header controls, e.g. the signed-in user's name and sign-out. */
  actions?: ReactNode;
  /** Short notes that stay in view on phones too, where the navigation and actions fold into a menu. */
  status?: ReactNode;
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

export function Layout({ navigation, actions, status, children }: LayoutProps) {
  const { t } = useTranslation();
  const [wide, setWide] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader navigation={navigation} actions={actions} status={status} />
      {/* Pages are lazy chunks; keeping Suspense inside <main> leaves the header in place while one loads. */}
      <main id="main" className={wide ? 'main main--wide' : 'main'} tabIndex={-1}>
        <WideLayoutContext value={setWide}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </WideLayoutContext>
      </main>
    </>
  );
}
