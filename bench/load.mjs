// One load window against one endpoint, driven by autocannon from its own process.
// Usage: node bench/load.mjs '<json spec>'   spec: { url, method, headers, body, connections, seconds | amount, expectStatus,
//   keepLatencies, collectHeader }
// Prints one JSON line: requests, seconds, rps, latency percentiles (ms) over every response, status counts, errors;
// with keepLatencies every response time (to merge windows run side by side), with collectHeader that response
// header's value of every response (the correlation ids, to find each request in the audit log).
// Refuses any host but loopback: the benchmark never sends traffic anywhere else.
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2]);
const host = new URL(spec.url).hostname;
if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
  console.error(`load.mjs only targets loopback, not ${host}`);
  process.exit(2);
}

// autocannon reports p97.5 and p99 but not p95, so every response time is kept and the percentiles are exact.
const latencies = [];
const statuses = {};
const started = process.hrtime.bigint();
const options = {
  url: spec.url,
  method: spec.method ?? 'GET',
  headers: spec.headers ?? {},
  connections: spec.connections ?? 1,
  timeout: 10,
};
if (spec.body) options.body = spec.body;
const collected = [];
if (spec.collectHeader) {
  const name = spec.collectHeader.toLowerCase();
  options.requests = [{
    method: options.method,
    headers: options.headers,
    body: options.body,
    onResponse: (_status, _body, _context, headers) => {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
      collected.push(key ? headers[key] : null);
    },
  }];
}
// A fixed number of requests, or a fixed time (autocannon takes an explicit undefined as a value, so set only one).
if (spec.amount) options.amount = spec.amount;
else options.duration = spec.seconds;
const instance = autocannon(options);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
// Hard stop: a window never runs past its length plus a grace period, whatever the server does.
const limit = setTimeout(() => instance.stop(), ((spec.seconds ?? 60) + 15) * 1000);

instance.on('done', (result) => {
  clearTimeout(limit);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : null);
  const expected = String(spec.expectStatus ?? 200);
  const unexpected = Object.entries(statuses).filter(([code]) => code !== expected).reduce((n, [, count]) => n + count, 0);
  console.log(JSON.stringify({
    requests: latencies.length,
    seconds,
    rps: latencies.length / (spec.amount ? seconds : result.duration),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies.at(-1) ?? null,
    statuses,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(spec.keepLatencies ? { latencies } : {}),
    ...(spec.collectHeader ? { collected } : {}),
  }));
});
