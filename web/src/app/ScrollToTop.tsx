import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** A declarative router keeps the scroll position; following "next lesson" must start at the top. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
