import { CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { SubgraphName } from '@hub/config';

/**
 * The agency behind each subgraph, as named in errors (`extensions.agency`) and in words (`label`, in
 * English; the error's Indonesian sentence names it as `@hub/errors` messages-id.ts does).
 */
export const AGENCIES: Record<SubgraphName, { agency: string; label: string }> = {
  corrections: { agency: 'CORRECTIONS', label: 'Bapas Kelas I Jambi' },
  'child-protection': { agency: 'CHILD_PROTECTION', label: 'DP3AP2KB' },
  worksites: { agency: 'WORKSITES', label: 'the work-site providers' },
};

/**
 * A subgraph fetch stopped because the caller went away (the client closed its connection). Says
 * nothing about the agency: the circuit breaker neither counts it as a failure nor as a success.
 */
export class CallerGoneError extends Error {
  override readonly name = 'CallerGoneError';
  constructor() {
    super('the caller went away');
  }
}

/** What `/ready` and metrics say about one agency. */
export type AgencyState = 'up' | 'down' | 'circuit open';

interface Tracked {
  breaker: CircuitBreakerPolicy;
  /** Outcome of the last fetch or readiness probe; undefined before the first one. */
  lastOk?: boolean;
}

const tracked = new Map<SubgraphName, Tracked>();

/**
 * The circuit breaker of one subgraph (one per subgraph per process): after `failures` consecutive
 * failures it answers at once for `cooldownMs`, then lets one request try; its success closes it again.
 */
export function breakerFor(name: SubgraphName, failures: number, cooldownMs: number): CircuitBreakerPolicy {
  // Every error counts against the agency except the caller's own cancellation.
  const handled = handleWhen((error) => !(error instanceof CallerGoneError));
  const breaker = circuitBreaker(handled, { halfOpenAfter: cooldownMs, breaker: new ConsecutiveBreaker(failures) });
  const entry: Tracked = { breaker };
  breaker.onSuccess(() => (entry.lastOk = true));
  breaker.onFailure(({ handled }) => {
    if (handled) entry.lastOk = false;
  });
  tracked.set(name, entry);
  return breaker;
}

/** Notes a readiness probe's result, so an idle gateway still knows which agency is down. */
export function noteProbe(name: SubgraphName, ok: boolean): void {
  const entry = tracked.get(name);
  if (entry) entry.lastOk = ok;
}

/** The state of each agency's subgraph as this gateway sees it (for `/ready` and metrics). */
export function agencyStates(): Record<string, AgencyState> {
  const states: Record<string, AgencyState> = {};
  for (const [name, entry] of tracked) {
    const open = entry.breaker.state === CircuitState.Open || entry.breaker.state === CircuitState.Isolated;
    states[AGENCIES[name].agency] = open ? 'circuit open' : entry.lastOk === false ? 'down' : 'up';
  }
  return states;
}

/** The circuit of one subgraph in the metrics' words (`hub_subgraph_circuit_state`); undefined before its first use. */
export function circuitStateOf(name: SubgraphName): 'closed' | 'half-open' | 'open' | undefined {
  const entry = tracked.get(name);
  if (!entry) return undefined;
  const state = entry.breaker.state;
  if (state === CircuitState.Open || state === CircuitState.Isolated) return 'open';
  return state === CircuitState.HalfOpen ? 'half-open' : 'closed';
}
