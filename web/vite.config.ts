import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress';

// The API runs separately in development; proxying keeps requests same-origin so its httpOnly cookie works.
// Only the PDF files under /textbooks/ and /checklists/ are the API's; their other paths are the app's own pages.
const apiProxy = {
  '/graphql': 'http://localhost:3000',
  '/health': 'http://localhost:3000',
  '/media': 'http://localhost:3000',
  '^/textbooks/[^/]+\\.pdf$': 'http://localhost:3000',
  '^/checklists/[^/]+\\.pdf$': 'http://localhost:3000',
  '/exports': 'http://localhost:3000',
  // Certificates: the PDFs, the revocation list and the public key (/verify is an app page).
  '^/certificates/[^/]+\\.(pdf|json)$': 'http://localhost:3000',
  '/.well-known': 'http://localhost:3000',
};

// Offline app shell: the service worker precaches the built app so a reload with the server gone still works.
// Server routes never fall back to index.html, and nothing from the API (GraphQL, PDFs, exports) is cached:
// computers are shared, so personal data must not outlive the session in a cache. Course material a trainee
// saves for offline is kept by the page (features/offline) until sign-out; the worker only reads its figures.
const serverRoutes = [
  /^\/graphql/,
  /^\/health/,
  /^\/media\//,
  /^\/(textbooks|curricula|checklists)\/[^/?]+\.pdf/,
  /^\/certificates\//,
  /^\/exports\//,
  /^\/\.well-known\//,
];

const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: false, // registered in main.tsx without workbox-window
  manifest: false,
  workbox: {
    // The ~250 Hangul font slices (4 MB woff2, 5 MB woff) are not precached; the woff2 slices a page
    // uses are kept at run time instead. Every supported browser reads woff2.
    globPatterns: ['index.html', 'assets/*.{js,css}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: serverRoutes,
    cleanupOutdatedCaches: true,
    // What registerType 'autoUpdate' sets only with vite-plugin-pwa's own registration script.
    skipWaiting: true,
    clientsClaim: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/assets\/.+\.woff2$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'fonts', expiration: { maxEntries: 300 } },
      },
      {
        // Figures of courses the trainee saved for offline (web/src/features/offline puts them in this cache
        // and removes them) come from there, network or not; any other figure goes to the server as before.
        // Inlined into sw.js, so it names the cache itself.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/media/'),
        handler: async ({ request }) => (await caches.match(request, { cacheName: 'dari-saved-media' })) ?? fetch(request),
      },
    ],
  },
});

// Production bundles run on Preact's React-compatible layer, ~50 KB gzipped smaller than React DOM; that is
// what brings a trainee's lesson under its 150 KB budget (scripts/bundle-budget.mjs). Only the build is
// aliased: unit specs keep React for @testing-library, and the e2e journeys exercise the Preact build.
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/compiler-runtime$/, replacement: 'preact/compat/compiler-runtime' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
];

export default defineConfig(({ command }) => ({
  plugins: [react(), pwa, precompress()],
  resolve: { alias: command === 'build' ? preactAliases : [] },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Trainees use old phones: the oldest browsers with native ES modules and dynamic import.
    target: ['es2019', 'chrome64', 'firefox67', 'safari12', 'edge79'],
    // .vite/manifest.json: which chunks each page loads, for the bundle budget (scripts/bundle-budget.mjs).
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
}));
