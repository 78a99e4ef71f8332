// Checks the IDE's HTTP contract against a running server: `installed` (the npm package is there) or
// `missing` (JobMatch:Ide:Path points nowhere).
const [mode, server] = process.argv.slice(2);
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const query = encodeURIComponent('{ __typename }');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail && !ok ? ` (${detail})` : ''}`);
}
const get = (path, headers = {}) => fetch(server + path, { headers, redirect: 'manual' });

// Whatever the IDE's state, GraphQL on the same path must answer as before.
const post = await fetch(`${server}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ query: '{ __typename }' }),
});
check(`[${mode}] POST /graphql still executes`, post.status === 200 && (await post.text()).includes('"Query"'));
// A GraphQL GET needs a header that forces a CORS preflight (CSRF protection); a page's fetch can send one.
const getQuery = await get(`/graphql?query=${query}`, { ...browser, 'graphql-require-preflight': '1' });
check(`[${mode}] a GET /graphql?query=... from a page executes the query, not the IDE`,
  getQuery.status === 200 && (await getQuery.text()).includes('"__typename":"Query"'), getQuery.status);
const sdl = await get('/graphql?sdl', browser);
const navigation = await get(`/graphql?query=${query}`, browser);
check(`[${mode}] a plain navigation GET /graphql?query=... is refused as a possible cross-site request`,
  navigation.status === 400 && (await navigation.text()).includes('CSRF_PREFLIGHT_REQUIRED'), navigation.status);
check(`[${mode}] GET /graphql?sdl still returns the SDL`, sdl.status === 200 && (await sdl.text()).includes('type Query'));
const api = await get('/graphql', { accept: 'application/json' });
check(`[${mode}] a non-browser GET /graphql without a query is still the endpoint's 400`, api.status === 400, api.status);

if (mode === 'missing') {
  const page = await get('/graphql', browser);
  const text = await page.text();
  check('[missing] a browser GET /graphql answers 503 saying to run npm ci', page.status === 503 && text.includes('npm ci'),
    `${page.status} ${text.slice(0, 100)}`);
} else {
  const page = await get('/graphql', browser);
  check('[installed] a browser GET /graphql redirects to /graphql/',
    page.status === 302 && page.headers.get('location') === '/graphql/', `${page.status} ${page.headers.get('location')}`);
  const index = await get('/graphql/', browser);
  const csp = index.headers.get('content-security-policy') ?? '';
  check('[installed] /graphql/ serves the IDE page', index.status === 200
    && index.headers.get('content-type')?.startsWith('text/html') && (await index.text()).includes('<div id="root">'));
  check("[installed] the IDE page's CSP lets it connect only to this server",
    csp.includes("default-src 'none'") && csp.includes("connect-src 'self';"), csp);
  const configResponse = await get('/graphql/bcp-config.json');
  const config = await configResponse.json();
  check('[installed] bcp-config.json points the IDE at this /graphql, by POST, without cookies or telemetry',
    config.endpoint === `${server}/graphql` && config.title === 'JobMatch' && config.useGet === false
    && config.includeCookies === false && config.disableTelemetry === true, JSON.stringify(config));
  check('[installed] bcp-config.json is never cached (it may carry a token)',
    configResponse.headers.get('cache-control') === 'no-store', configResponse.headers.get('cache-control'));
  // Development hands the IDE the default demo persona: a BIF caseworker's token and a purpose.
  check('[installed] bcp-config.json carries the demo persona in Development',
    (config.httpHeaders?.Authorization ?? '').startsWith('Bearer ') && Boolean(config.httpHeaders?.['X-JobMatch-Purpose']));
  const license = await get('/graphql/LICENSE');
  check('[installed] the IDE licence travels with it at /graphql/LICENSE',
    license.status === 200 && (await license.text()).includes('ChilliCream License'));
  const worker = await get('/graphql/service-worker.js');
  check("[installed] the IDE's caching service worker is not served", worker.status === 404, worker.status);
  const asset = await get('/graphql/manifest.webmanifest');
  check('[installed] the IDE assets are served with the CSP', asset.status === 200
    && asset.headers.get('content-security-policy') === csp);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
