// A bounded autocannon run against a loopback server, with p95 computed from every response time.
import autocannon from 'autocannon';

/** `body` is sent as is, or `makeBody()` builds a fresh one for every request (e.g. new event ids). */
export async function load({ url, body, makeBody, headers = {}, connections = 100, duration = 10 }) {
  const times = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    ...(makeBody
      ? { requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: JSON.stringify(makeBody()) }) }] }
      : { body: JSON.stringify(body) }),
  });
  let bytes = 0;
  instance.on('response', (_client, _status, responseBytes, responseTime) => {
    times.push(responseTime);
    bytes += responseBytes;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    latencyMs: { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)) },
    // Both sides should answer with about the same bytes: the same work, not a lighter answer.
    bytesPerResponse: times.length ? Math.round(bytes / times.length) : 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const round = (n) => Math.round(n * 100) / 100;
