// Runs graphql-http's audit of the GraphQL-over-HTTP spec against the URL given and prints each result.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

// JobMatch refuses a GET without a header that needs a CORS preflight (CSRF protection, as Apollo Server
// does); every real client sends one, so the audit does too.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('GraphQL-Require-Preflight', '1');
  return fetch(input, { ...init, headers });
};
const results = await auditServer({ url, fetchFn });
let passed = 0;
let failed = 0;
for (const result of results) {
  if (result.status === 'ok') {
    passed++;
    console.log(`ok    ${result.id} ${result.name}`);
    continue;
  }
  failed++;
  let body = '';
  try {
    body = result.response ? ` | ${result.response.status} ${(await result.response.text()).slice(0, 300)}` : '';
  } catch {
    // The audit may have read the body already; the reason is what matters.
  }
  console.log(`${result.status.padEnd(5)} ${result.id} ${result.name} — ${result.reason}${body}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
