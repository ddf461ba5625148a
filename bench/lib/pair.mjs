// The usual pairing: the API and its floor on one database, compared in interleaved rounds.
import { startApp } from './app.mjs';
import { startListening } from './children.mjs';
import { interleave, ratio } from './rounds.mjs';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

/** Runs `operation` (a GraphQL body) against the API and the floor `floor` at each connection count. */
export async function apiAgainstFloor({ database, token, floor, body, connections, port }) {
  const headers = { authorization: `Bearer ${token}` };
  // The embedded PGlite serves 12 connections: the floor gets the 10 the API's pool uses (one side runs at a time).
  const sides = {
    api: { start: () => startApp(database.url, port), request: { path: '/graphql', body, headers } },
    floor: {
      start: () => startListening(['bench/floor-server.mjs'], { DATABASE_URL: database.url, FLOOR: floor }),
      request: { body, headers },
    },
  };
  const levels = {};
  for (const n of connections) {
    console.log(`${floor}: ${n} connections, ${ROUNDS} rounds of ${SECONDS} s each side ...`);
    const { api, floor: bare } = await interleave(sides, { rounds: ROUNDS, seconds: SECONDS, connections: n });
    levels[n] = {
      api,
      floor: bare,
      throughputRatio: ratio(api.requestsPerSecond.median, bare.requestsPerSecond.median),
      p95Ratio: ratio(api.p95Ms.median, bare.p95Ms.median),
    };
  }
  return levels;
}
