import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { matchesIfNoneMatch } from '../common/conditional';
import { chooseEncoding } from './encoding';
import { IMMUTABLE, serveWebDist } from './static-files';

const SCRIPT = 'console.log("다리");'.repeat(200);

/** Raw HTTP (fetch would decode the body), so the bytes and headers are what a browser receives. */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built web app', () => {
  let dist: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dari-dist-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(dist, 'sw.js'), 'self.skipWaiting();');
    writeFileSync(join(dist, '.vite/manifest.json'), '{}');
    writeFileSync(join(dist, 'assets/index-abc123.js'), SCRIPT);
    writeFileSync(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dist, 'assets/index-abc123.js.gz'), gzipSync(SCRIPT));
    const app = express();
    app.use(serveWebDist(dist));
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli copy of a hashed asset, cached for a year as immutable', async () => {
    const res = await get(port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['accept-ranges']).toBeUndefined();
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the file itself to one accepting neither', async () => {
    const gzip = await get(port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get(port, '/assets/index-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('answers 304 to the ETag of the copy it sent', async () => {
    const first = await get(port, '/assets/index-abc123.js', { 'accept-encoding': 'br' });
    const again = await get(port, '/assets/index-abc123.js', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('has index.html and the service worker revalidated on every load', async () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      const res = await get(port, path);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers app pages with index.html, but a missing script, a server path or build files with 404', async () => {
    const page = await get(port, '/catalogue', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<div id="root">');
    for (const path of ['/assets/index-old.js', '/graphql', '/exports/workers.csv', '/textbooks/x.pdf', '/.vite/manifest.json']) {
      expect((await get(port, path)).status).toBe(404);
    }
  });
});

describe('choosing an encoding', () => {
  it('prefers brotli, honours q-values and refusals', () => {
    expect(chooseEncoding('gzip, deflate, br', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('br;q=0.5, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('*', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br;q=0, *;q=0.1', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('', ['br', 'gzip'])).toBeUndefined();
    expect(chooseEncoding('br', [])).toBeUndefined();
  });
});

describe('If-None-Match', () => {
  it('matches listed, weak and wildcard tags only', () => {
    expect(matchesIfNoneMatch('"a", "b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('W/"b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('"c"', '"b"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"b"')).toBe(false);
  });
});
