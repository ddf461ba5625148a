/**
 * Lessons, courses and textbook sections arrive with their text rendered by the server, readable before this
 * script runs. The app renders into a container of its own, kept out of the page until it shows the same page
 * (a heading, or an error), then takes the server's place, so the reader never sees a loading state instead
 * of the text they were reading.
 */
export function mountOverServerPage(root: HTMLElement, render: (container: HTMLElement) => void): void {
  const serverPage = root.querySelector('[data-server-rendered]');
  if (!serverPage) {
    render(root);
    return;
  }
  const app = document.createElement('div');
  render(app); // detached until swapped: nothing of it is shown, focused or found twice meanwhile
  let swapped = false;
  const swap = () => {
    if (swapped) return;
    swapped = true;
    observer.disconnect();
    clearTimeout(timer);
    // The container itself moves in, not its children: React listens for events on its root container.
    app.id = root.id;
    root.replaceWith(app);
  };
  const ready = () => app.querySelector('main h1, main [role="alert"]') !== null && app.querySelector('.loading') === null;
  const observer = new MutationObserver(() => {
    if (ready()) swap();
  });
  observer.observe(app, { childList: true, subtree: true });
  // Whatever happens, the app is not kept out of sight for long (e.g. a page that never shows a heading).
  const timer = setTimeout(swap, 10_000);
}
