// Prints two figures: the web app's initial JavaScript (gzip) and the PK caseload page's load time
// in Chromium under network throttling (DevTools' "Slow 3G" and "Fast 3G" profiles). It starts its
// own demo hub (embedded PostgreSQL in a temporary folder, free ports) and stops it afterwards.
// Goals (issue #12): initial JS <= 250 kB gzip; caseload usable within 3 s on slow 3G.
import { chmodSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '..', 'dist');
const repo = resolve(here, '..', '..', '..');

const PROFILES = {
  // Chrome DevTools' presets (SDK NetworkManager): bytes per second and round-trip latency.
  'Slow 3G': { downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8, latency: 400 * 5 },
  'Fast 3G': {
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
    latency: 150 * 3.75,
  },
};

function initialAssets() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const size = (files) =>
    files.reduce(
      (acc, f) => {
        const body = readFileSync(join(dist, f));
        return { raw: acc.raw + body.length, gzip: acc.gzip + gzipSync(body, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  return { js: size(js), css: size(css), files: [...js, ...css] };
}

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

async function main() {
  const assets = initialAssets();
  console.log(`Initial JavaScript: ${kB(assets.js.gzip)} gzip (${kB(assets.js.raw)} raw); CSS ${kB(assets.css.gzip)} gzip`);
  console.log(`  files: ${assets.files.join(', ')}`);
  console.log(`  goal <= 250 kB gzip: ${assets.js.gzip <= 250_000 ? 'met' : 'NOT met'}`);

  const { startHub } = require(join(repo, 'packages', 'dev', 'dist'));
  const { chromium } = require('playwright-core');
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-measure-'));
  // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const fresh = () => randomBytes(32).toString('base64url');
  const hub = await startHub({
    host: '127.0.0.1',
    ports: {
      gateway: await freePort(),
      corrections: await freePort(),
      'child-protection': await freePort(),
      worksites: await freePort(),
    },
    secrets: { authSecret: fresh(), subgraphSecrets: { corrections: fresh(), 'child-protection': fresh(), worksites: fresh() } },
    embedded: { dataDir: join(dataDir, 'pg'), port: await freePort() },
    nodeEnv: 'development',
    logLevel: 'warn',
    quiet: true,
    baseEnv: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });
  const base = hub.gatewayUrl.replace(/\/graphql$/, '');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    for (const [name, conditions] of Object.entries(PROFILES)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      // Sign in unthrottled: the figure is the caseload page of a PK who is already signed in in this tab.
      await page.goto(base);
      await page.locator('button[data-username="pk.rahman"]').click();
      await page.locator('table tbody tr').first().waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
      const started = Date.now();
      await page.goto(base, { waitUntil: 'commit' });
      await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
      const usable = Date.now() - started;
      const bytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .reduce((n, e) => n + (e.transferSize || 0), performance.getEntriesByType('navigation')[0]?.transferSize ?? 0),
      );
      console.log(
        `Caseload usable (${name}, cold cache, phone viewport): ${(usable / 1000).toFixed(2)} s, ${kB(bytes)} transferred`,
      );
      // Two round trips in sequence (the page; then its scripts and the prefetched caseload query in
      // parallel), each paying the profile's latency, plus the bytes at the profile's throughput.
      const floor = (2 * conditions.latency + (bytes / conditions.downloadThroughput) * 1000) / 1000;
      console.log(`  floor (2 sequential round trips at ${conditions.latency} ms, these bytes): ${floor.toFixed(2)} s`);
      if (name === 'Slow 3G') console.log(`  goal <= 3 s on slow 3G: ${usable <= 3000 ? 'met' : 'NOT met'}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
