import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { LowDataSwitch } from './LowDataSwitch';

interface SiteHeaderProps {
  navigation?: ReactNode;
  actions?: ReactNode;
  /** Always in view, also on phones while the menu is closed (e.g. learning records waiting to be sent). */
  status?: ReactNode;
}

/**
 * The app's name, then the navigation and actions. On narrow screens (layout.css) the navigation and actions
 * fold behind a menu button so the header stays one short row; on wide screens the button is not shown.
 */
export function SiteHeader({ navigation, actions, status }: SiteHeaderProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  // Open only for the page it was opened on, so any navigation (link, search, back) closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const close = () => setOpenAt(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenAt(null);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!header.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  // A link to the page already shown does not navigate, yet the reader expects the menu to go away.
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('a')) close();
  };

  const collapsible = navigation !== undefined;
  const menuClass = ['site-header__menu', collapsible && 'site-header__menu--collapsible', open && 'is-open'];
  return (
    <header className="site-header" ref={header}>
      <div className="site-header__inner">
        <p className="brand">
          <Link to="/" className="brand__name">
            {t('app.name')}
          </Link>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </p>
        {collapsible && (
          <button
            ref={button}
            type="button"
            className="menu-button"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpenAt(open ? null : location.key)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
        )}
        <div id={menuId} className={menuClass.filter(Boolean).join(' ')} onClick={closeOnLink}>
          {navigation}
          <div className="site-header__actions">
            <LanguageSwitch />
            <LowDataSwitch />
            {actions}
          </div>
        </div>
        {status && <div className="site-header__status">{status}</div>}
      </div>
    </header>
  );
}
