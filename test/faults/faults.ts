import { postGraphQL, type GraphQLResponse } from '@hub/testing';
import type { HubProcess } from '@hub/dev';
import type { TestHubOptions } from '../hub';

/**
 * Short deadlines and cool-downs so the fault tier stays quick; the same mechanisms as in production
 * (where the deadline is 5 s and the cool-down 10 s).
 */
export const FAULT_SETTINGS: TestHubOptions = {
  restart: { initialDelayMs: 200, maxDelayMs: 2_000, resetAfterMs: 10_000 },
  gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '1000', SUBGRAPH_BREAKER_FAILURES: '2', SUBGRAPH_BREAKER_COOLDOWN_MS: '1500' },
  subgraphEnv: { SHUTDOWN_DRAIN_MS: '10000' },
};

/** Nothing about where a subgraph runs or what the network said may reach the client. */
export const INTERNAL_DETAIL =
  /127\.0\.0\.1|localhost|ECONN|EPIPE|fetch failed|http:\/\/|:\d{4,5}\b|TimeoutError|AbortError|aborted|socket|stack/i;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok` holds for the answer; fails after `limitMs` (a generous bound, not a speed test). */
export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, limitMs = 60_000): Promise<T> {
  const end = Date.now() + limitMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`condition not reached in ${limitMs} ms; last: ${JSON.stringify(last).slice(0, 500)}`);
    await sleep(200);
    last = await probe();
  }
  return last;
}

/** The gateway's /ready report. */
export async function readiness(gatewayUrl: string): Promise<{ status: string; agencies: Record<string, string> }> {
  const res = await fetch(new URL('/ready', gatewayUrl));
  return (await res.json()) as { status: string; agencies: Record<string, string> };
}

/** Codes and agencies of an answer's errors. */
export function errorSummary(res: GraphQLResponse): Array<{ code: unknown; agency: unknown }> {
  return (res.body.errors ?? []).map((e) => ({ code: e.extensions?.['code'], agency: e.extensions?.['agency'] }));
}

export const ask = (url: string, query: string, token: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(url, query, variables, { token });

/** Waits for the process to have been restarted and answer again. */
export function processNamed(processes: HubProcess[], name: string): HubProcess {
  const p = processes.find((x) => x.name === name);
  if (!p) throw new Error(`no process ${name}`);
  return p;
}
