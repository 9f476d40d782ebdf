/**
 * Prometheus metrics for one hub process (prom-client), served at `/metrics`. Each process builds
 * its own registry, so in-process tests that start several servers never share counters.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a GraphQL request ended: data without errors, data with errors, refused (401/403), invalid (400), failed (5xx). */
export type RequestOutcome = 'ok' | 'error' | 'refused' | 'invalid' | 'failed';

/** The outcome of an HTTP answer, from its status and whether the body carried GraphQL errors. */
export function outcomeOf(status: number, hasErrors: boolean): RequestOutcome {
  if (status === 401 || status === 403) return 'refused';
  if (status >= 500) return 'failed';
  if (status >= 400) return 'invalid';
  return hasErrors ? 'error' : 'ok';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/** The request metrics every process has. */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'outcome'>;
  private readonly operations = new Set<string>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_process_' });
    this.requests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, error, refused, invalid, failed).',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /**
   * The operation label: a caller chooses the name, so it is bounded (a valid GraphQL name, at most
   * 200 distinct ones per process) lest random names blow up the metrics store.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  observeRequest(operation: string | null | undefined, outcome: RequestOutcome, seconds: number): void {
    const labels = { operation: this.operationLabel(operation), outcome };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }
}

/** A subgraph circuit breaker's state as the gauge reports it. */
export type CircuitState = 'closed' | 'half-open' | 'open';
const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** The gateway's metrics: subgraph fetches by agency, with errors and the circuit state. */
export class GatewayMetrics extends HubMetrics {
  private readonly fetches: Counter<'subgraph' | 'outcome'>;
  private readonly fetchDuration: Histogram<'subgraph'>;
  private readonly circuitReaders = new Map<string, () => CircuitState | undefined>();

  constructor() {
    super('gateway');
    this.fetches = new Counter({
      name: 'hub_subgraph_fetches_total',
      help: 'Fetches from the gateway to each agency subgraph, by outcome (ok, error: GraphQL errors in the answer, failed: no answer).',
      labelNames: ['subgraph', 'outcome'],
      registers: [this.registry],
    });
    this.fetchDuration = new Histogram({
      name: 'hub_subgraph_fetch_duration_seconds',
      help: 'Time of one subgraph fetch, by agency subgraph.',
      labelNames: ['subgraph'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const readers = this.circuitReaders;
    new Gauge({
      name: 'hub_subgraph_circuit_state',
      help: 'Circuit breaker state per agency subgraph: 0 closed, 1 half-open, 2 open (reported once a breaker exposes circuitState()).',
      labelNames: ['subgraph'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [subgraph, read] of readers) {
          const state = read();
          if (state) this.set({ subgraph }, CIRCUIT_VALUE[state]);
        }
      },
    });
  }

  observeFetch(subgraph: string, outcome: 'ok' | 'error' | 'failed', seconds: number): void {
    this.fetches.inc({ subgraph, outcome });
    this.fetchDuration.observe({ subgraph }, seconds);
  }

  /** The hook for a circuit breaker: the gauge reads `read()` at every scrape. */
  readCircuitStateWith(subgraph: string, read: () => CircuitState | undefined): void {
    this.circuitReaders.set(subgraph, read);
  }
}

/** The database connection pool as a subgraph sees it. */
export interface PoolStats {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

/** A subgraph's metrics: its database pool and its access-log writes. */
export class SubgraphMetrics extends HubMetrics {
  private readonly accessLogWrites: Counter<'outcome'>;
  private readonly accessLogRows: Counter;

  constructor(service: string, poolStats?: () => PoolStats | undefined) {
    super(service);
    this.accessLogWrites = new Counter({
      name: 'hub_access_log_writes_total',
      help: 'Access-log writes (one per request that returned personal data), by outcome (ok, failed: data withheld).',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.accessLogRows = new Counter({
      name: 'hub_access_log_rows_total',
      help: 'Access-log rows written (one per record whose personal data was returned).',
      registers: [this.registry],
    });
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections of this subgraph: in_use, idle, waiting (requests queued for a connection), max.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const stats = poolStats?.();
        if (!stats) return;
        this.set({ state: 'in_use' }, stats.inUse);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
        this.set({ state: 'max' }, stats.max);
      },
    });
  }

  observeAccessLogWrite(outcome: 'ok' | 'failed', rows: number): void {
    this.accessLogWrites.inc({ outcome });
    if (outcome === 'ok') this.accessLogRows.inc(rows);
  }
}
