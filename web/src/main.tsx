import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/content.css';
import './ui/styles/figures.css';
import './ui/styles/reader.css';
import './ui/styles/search.css';
import './ui/styles/learning.css';
import './ui/styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apolloClient';
import i18n, { i18nReady } from './app/i18n';
import { mountOverServerPage } from './app/serverRendered';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const mount = () =>
  mountOverServerPage(root, (container) =>
    createRoot(container).render(
      <StrictMode>
        <App client={createApolloClient()} />
      </StrictMode>,
    ),
  );
// Korean ships with the app: render at once. English waits for its chunk (Korean if it cannot be fetched).
if (i18n.hasResourceBundle(i18n.language, 'translation')) mount();
else void i18nReady.catch(() => undefined).then(mount);

// Production only, so `vite dev` never serves a stale shell. The new worker takes over at once
// (skipWaiting); open pages get it on their next load rather than a reload in the middle of a quiz.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
