import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots land here (git-ignored), one per role's main page and per step of the journeys. */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/** Flags that keep Chromium from calling home: the hub must work with no network beyond loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * A fresh context (its own session storage) whose requests beyond loopback are aborted and recorded,
 * and whose Content-Security-Policy violations are recorded (each page's `securitypolicyviolation`
 * events, and Chromium's console messages about the policy): tests expect `cspViolations` empty.
 */
export async function isolatedContext(
  browser: Browser,
  options: { phone?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; outside: string[]; pageErrors: string[]; cspViolations: string[] }> {
  const context = await browser.newContext({
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    outside.push(url.href);
    return route.abort();
  });
  const cspViolations: string[] = [];
  await context.exposeBinding('__hubCspViolation', ({ page }, report: string) => {
    cspViolations.push(`${page.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __hubCspViolation?: (r: string) => void }).__hubCspViolation;
      report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page, outside, pageErrors, cspViolations };
}

/** Signs in through the "Masuk sebagai" picker and waits for the first page. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Masuk sebagai' }).waitFor();
  await page.locator(`button[data-username="${username}"]`).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  // Evaluated, not added as an inline <script>: the page's policy (rightly) refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(
      { include: [['body']], exclude: excluded.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, exclude);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
