import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGatewayConfig } from '@hub/config';
import { createLogger } from '@hub/errors';
import { listen } from '@hub/server';
import { createGatewayApp } from './app';
import { DEFAULT_WEB_DIST } from './web';

const secret = 'x'.repeat(40);

async function started(distDir: string, extra: Record<string, string> = {}) {
  const config = loadGatewayConfig({
    NODE_ENV: 'production',
    PORT: '0',
    SUPERGRAPH_PATH: resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    CORRECTIONS_URL: 'http://127.0.0.1:9/graphql',
    CORRECTIONS_SECRET: secret,
    CHILD_PROTECTION_URL: 'http://127.0.0.1:9/graphql',
    CHILD_PROTECTION_SECRET: secret,
    WORKSITES_URL: 'http://127.0.0.1:9/graphql',
    WORKSITES_SECRET: secret,
    AUTH_HS256_SECRET: secret,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: distDir,
    TRUSTED_DOCUMENTS_PATH: resolve(__dirname, '..', '..', 'schema', 'trusted-documents.json'),
    ...extra,
  });
  const app = await createGatewayApp(config, createLogger('gateway', 'silent'));
  const port = await listen(app.http, 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** The policy as a map of directive → sources. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy).toBeTruthy();
  return new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The inline scripts of a page, read here independently of the gateway's own code. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
}

/** Checks one served page: the header's script hashes are exactly the page's inline scripts. */
async function expectStrictPolicy(base: string, path: string): Promise<Map<string, string[]>> {
  const res = await fetch(base + path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const policy = directives(res.headers.get('content-security-policy'));
  const scripts = policy.get('script-src')!;
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.filter((s) => s !== "'self'").sort()).toEqual([...new Set(inlineScriptHashes(html))].sort());
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('permissions-policy')).toContain('camera=()');
  return policy;
}

describe("the app's pages carry a strict Content-Security-Policy", () => {
  let dist: string;
  const inline = "window.__probe={path:location.pathname};console.log('</scr'+'ipt>')";
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'hub-csp-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><html><head><script>${inline}</script><script type="module" crossorigin src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>`,
    );
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1);');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('allows scripts from this origin and the inline script by its hash only, on every client route and /explorer', async () => {
    const hub = await started(dist);
    try {
      for (const path of ['/', '/klien/abc', '/explorer', '/index.html']) {
        const policy = await expectStrictPolicy(hub.base, path);
        expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${createHash('sha256').update(inline).digest('base64')}'`]);
        expect(policy.get('connect-src')).toEqual(["'self'"]);
      }
      // Scripts and styles are not pages: no page policy on them; the worker keeps its own.
      expect((await fetch(`${hub.base}/assets/index-abc.js`)).headers.get('content-security-policy')).toBeNull();
      expect((await fetch(`${hub.base}/sw.js`)).headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'",
      );
    } finally {
      await hub.close();
    }
  });

  it('adds the identity provider’s origin (not its path) to connect-src when OpenID Connect is on', async () => {
    const hub = await started(dist, {
      OIDC_AUTHORITY: 'https://idp.example.go.id/realms/bapas',
      OIDC_CLIENT_ID: 'hub-web',
    });
    try {
      const policy = await expectStrictPolicy(hub.base, '/');
      expect(policy.get('connect-src')).toEqual(["'self'", 'https://idp.example.go.id']);
      expect(policy.get('frame-src')).toEqual(['https://idp.example.go.id']);
    } finally {
      await hub.close();
    }
  });

  const built = join(DEFAULT_WEB_DIST, 'index.html');
  (existsSync(built) ? it : it.skip)('matches the inline caseload prefetch of the real build (packages/web/dist)', async () => {
    expect(readFileSync(built, 'utf8')).toContain('__hubPrefetch');
    const hub = await started(DEFAULT_WEB_DIST);
    try {
      const policy = await expectStrictPolicy(hub.base, '/');
      expect(policy.get('script-src')).toHaveLength(2);
      await expectStrictPolicy(hub.base, '/explorer');
    } finally {
      await hub.close();
    }
  });
});
