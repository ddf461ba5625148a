// Interleaved rounds (A B A B ...): each side is started, warmed up and measured in turn, so a slow moment of the
// shared machine falls on both sides alike; medians and spread (min-max) over the rounds.
import { load } from './load.mjs';

const WARM_UP_SECONDS = 2;

/**
 * `sides`: { name: { start(): Promise<{ url, stop() }>, request: { path, body | makeBody, headers } } }.
 * Each round starts each side afresh (the embedded database serves a bounded number of connections, and
 * neither side keeps the other's warm caches), warms it up, then measures it with `connections` clients.
 */
export async function interleave(sides, { rounds, seconds, connections }) {
  const runs = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [name, side] of Object.entries(sides)) {
      const server = await side.start();
      try {
        const target = { ...side.request, url: `${server.url}${side.request.path ?? ''}` };
        await load({ ...target, connections, duration: WARM_UP_SECONDS });
        const run = await load({ ...target, connections, duration: seconds });
        runs[name].push(run);
        console.log(
          `  round ${round} ${name.padEnd(10)} ${String(run.requestsPerSecond).padStart(8)} req/s  p95 ${run.latencyMs.p95} ms  ${run.bytesPerResponse} B${run.errors + run.non2xx ? `  (${run.errors} errors, ${run.non2xx} non-2xx)` : ''}`,
        );
      } finally {
        await server.stop();
      }
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summarise(list)]));
}

/** Median and spread of the rounds' figures. */
export function summarise(runs) {
  const pick = (f) => spread(runs.map(f));
  return {
    requestsPerSecond: pick((r) => r.requestsPerSecond),
    p50Ms: pick((r) => r.latencyMs.p50),
    p95Ms: pick((r) => r.latencyMs.p95),
    bytesPerResponse: pick((r) => r.bytesPerResponse),
    errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    rounds: runs,
  };
}

export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: Math.round(median * 10) / 10, min: sorted[0], max: sorted.at(-1) };
}

export const ratio = (a, b) => Math.round((a / b) * 100) / 100;
