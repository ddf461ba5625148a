import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { streamCsv } from './csv-stream';

// The download as registrars get it: through the compression middleware the app uses (delivery/compression.ts),
// batch by batch with backpressure.
describe('streamCsv', () => {
  const BATCHES = 40;
  const ROWS = 500;
  /** The most drain listeners any emitter (the gzip stream included) held at once during the download. */
  let drainListeners = 0;
  beforeAll(() => {
    const on = EventEmitter.prototype.on;
    jest.spyOn(EventEmitter.prototype, 'on').mockImplementation(function (this: EventEmitter, type, listener) {
      const result = on.call(this, type, listener);
      if (type === 'drain') drainListeners = Math.max(drainListeners, this.listenerCount('drain'));
      return result;
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it('sends every batch gzipped, waiting for the client each time without piling up listeners', async () => {
    const app = express();
    app.use(compression({ threshold: 256 }));
    app.get('/rows.csv', (_req, res) => {
      // Rows that do not compress to nothing, so that each batch fills the gzip stream and must wait for drain.
      async function* batches() {
        for (let b = 0; b < BATCHES; b++) {
          yield Array.from({ length: ROWS }, (_, i) => [`${b}-${i}`, Math.random().toString(36).repeat(4)]);
        }
      }
      void streamCsv(res, 'rows', ['id', 'value'], batches(), (row) => row);
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/rows.csv`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      const text = await res.text();
      const lines = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(lines).toHaveLength(1 + BATCHES * ROWS);
      expect(lines[0]).toBe('id,value');
      expect(lines.at(-1)).toMatch(new RegExp(`^${BATCHES - 1}-${ROWS - 1},`));
      expect(drainListeners).toBe(1);
    } finally {
      server.close();
    }
  });
});
