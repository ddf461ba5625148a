import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The API runs separately in development; proxying keeps requests same-origin so its httpOnly cookie works.
// Only the PDF files under /textbooks/ are the API's; the other /textbooks/ paths are the app's own pages.
const apiProxy = {
  '/graphql': 'http://localhost:3000',
  '/health': 'http://localhost:3000',
  '/media': 'http://localhost:3000',
  '^/textbooks/[^/]+\\.pdf$': 'http://localhost:3000',
  '/exports': 'http://localhost:3000',
  // Certificates: the PDFs, the revocation list and the public key (/verify is an app page).
  '^/certificates/[^/]+\\.(pdf|json)$': 'http://localhost:3000',
  '/.well-known': 'http://localhost:3000',
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Trainees use old phones: the oldest browsers with native ES modules and dynamic import.
    target: ['es2019', 'chrome64', 'firefox67', 'safari12', 'edge79'],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
