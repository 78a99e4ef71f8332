// Opens the IDE in headless Chromium against the server at the URL given, runs a query through the editor and
// checks what a developer would see, and that the page talks to nobody but our server.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const server = process.argv[2];
const screenshot = 'artifacts/browser/ide.png';
// The flags that keep Chromium from calling Google's services, which this machine's network refuses.
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

// As the README says a developer does: open the IDE as a demo persona (a BIF caseworker, whose token and purpose
// the IDE sends) and run the jobcenter's combined plan for Mads, shared by BIF, SOF and SUF with consents to BIF.
// One line: the editor closes brackets by itself when a typed line ends.
const query = 'query CombinedPlan { citizen(id: "c0000000-0000-4000-8000-000000000002") { name combinedPlan { entries { date department title } departments { department visible } } } }';
const marker = 'CombinedPlan';
const expected = ['Mads Holm Nielsen', 'Misbrugsbehandling', 'Ambulant alkoholbehandling'];

const profile = mkdtempSync(join(tmpdir(), 'jobmatch-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: flags, viewport: { width: 1920, height: 1080 },
});
try {
  const ours = new URL(server).host;
  const elsewhere = [];
  // Counts what the page would send to another host; aborting it as well keeps a failing run off the network.
  context.on('request', (r) => { if (isElsewhere(r.url(), ours)) elsewhere.push(r.url()); });
  await context.route((url) => isElsewhere(url.href, ours), (route) => route.abort('blockedbyclient'));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });

  const page = context.pages()[0] ?? await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const introspection = page.waitForResponse((r) => r.request().method() === 'POST'
    && (r.request().postData() ?? '').includes('__schema'), { timeout: 60_000 });
  const opened = await page.goto(`${server}/graphql?persona=bif-caseworker`);
  check('GET /graphql in a browser opens the IDE at /graphql/',
    opened?.ok() && new URL(page.url()).pathname === '/graphql/', `${opened?.status()} ${page.url()}`);
  const csp = opened?.headers()['content-security-policy'] ?? '';
  check("the IDE page carries a CSP with connect-src 'self'", csp.includes("connect-src 'self'"), csp);

  await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 60_000 });
  const schema = await introspection.catch(() => null);
  const available = await page.getByText('Schema available').waitFor({ timeout: 30_000 }).then(() => true, () => false);
  check('the IDE loads the schema by introspection', schema?.status() === 200 && available,
    `introspection ${schema?.status() ?? 'not sent'}, status bar ${available ? 'Schema available' : 'no schema'}`);

  const editor = page.locator('.monaco-editor[data-uri^="file:///operations/"]');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Shift+Alt+F');
  // The editor hands its text to the IDE's store a moment later: run until the request carries the query.
  await page.waitForTimeout(1_000);
  let response = null;
  for (let attempt = 0; attempt < 5 && !response; attempt++) {
    const executed = page.waitForResponse((r) => r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes(marker), { timeout: 5_000 });
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    response = await executed.catch(() => null);
  }
  const shown = await page.waitForFunction((words) => [...document.querySelectorAll('.monaco-editor:not([data-uri^="file:"]) .view-lines')]
    // Monaco draws spaces as no-break spaces.
    .some((e) => words.every((w) => e.innerText.replaceAll('\u00a0', ' ').includes(w))), expected.slice(0, 1), { timeout: 30_000 }).then(() => true, () => false);
  // The editor draws only the lines in view, so the whole answer is checked on the wire, its top on the screen.
  const body = await response?.text().catch(() => '') ?? '';
  const ran = response?.status() === 200 && shown && expected.every((w) => body.includes(w)) && !body.includes('"errors"');
  check('as the BIF caseworker persona, the combined plan shows BIF, SOF and SUF entries', ran,
    `HTTP ${response?.status() ?? 'none'}${ran ? '' : ` ${body.slice(0, 300)}`}`);

  await page.mouse.move(0, 1000); // no tooltip over the result in the screenshot
  mkdirSync('artifacts/browser', { recursive: true });
  await page.screenshot({ path: screenshot });

  // A probe the CSP must refuse before any byte leaves: the IDE's own telemetry address.
  const probe = await page.evaluate(() => fetch('https://telemetry.chillicream.com/v1/activate', { method: 'POST' })
    .then(() => 'sent', () => 'refused'));
  const violations = await page.evaluate(() => window.__cspViolations);
  check('the CSP refuses a connection to another host', probe === 'refused'
    && violations.some((v) => v.startsWith('connect-src https://telemetry.chillicream.com')), violations.join('; '));
  const own = violations.filter((v) => !v.startsWith('connect-src https://telemetry.chillicream.com'));
  check('the IDE itself meets no CSP refusal', own.length === 0, own.join('; '));
  check('no request goes to a host other than 127.0.0.1', elsewhere.length === 0,
    `${elsewhere.length} other-host requests${elsewhere.length ? `: ${elsewhere.slice(0, 5).join(', ')}` : ''}`);
  const workers = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  check('no service worker caches the IDE or its config', workers === 0, `${workers} registered`);
  check('the page raises no uncaught error', pageErrors.length === 0, pageErrors.slice(0, 3).join('; '));
} catch (e) {
  check('the browser test ran to the end', false, e.message.split('\n')[0]);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshot: ${screenshot}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function isElsewhere(url, ours) {
  const { protocol, host } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && host !== ours;
}
