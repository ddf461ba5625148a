import { Link } from 'react-router';

export interface PagerLink {
  to: string;
  /** What kind of step it is, e.g. "Next lesson". */
  label: string;
  title: string;
}

interface PagerProps {
  /** Accessible name of the navigation landmark. */
  label: string;
  previous: PagerLink | null;
  next: PagerLink | null;
}

export function Pager({ label, previous, next }: PagerProps) {
  if (!previous && !next) return null;
  const links = [
    { link: previous, rel: 'prev', className: 'pager__previous' },
    { link: next, rel: 'next', className: 'pager__next' },
  ];
  return (
    <nav className="pager" aria-label={label}>
      {links.map(({ link, rel, className }) =>
        link ? (
          <Link key={rel} to={link.to} rel={rel} className={className}>
            <span className="pager__label">{link.label}</span> <span className="pager__title">{link.title}</span>
          </Link>
        ) : null,
      )}
    </nav>
  );
}
