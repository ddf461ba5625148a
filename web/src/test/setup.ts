import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import i18n from '../app/i18n';

// Pages render after lazy routes and mocked queries resolve; on a busy machine that takes more than the default
// second, so findBy* waits up to five before failing.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not implement scrolling; ScrollToTop calls it on every navigation.
window.scrollTo = () => undefined;

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('ko');
  localStorage.clear();
  // Every test starts with an empty IndexedDB (the learning events' queue).
  globalThis.indexedDB = new IDBFactory();
});
