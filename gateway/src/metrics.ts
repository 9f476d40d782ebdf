import type { GraphQLDataSource } from '@apollo/gateway';
import type { CircuitState, GatewayMetrics } from '@hub/telemetry';

/**
 * Counts and times every fetch of one subgraph's data source, by outcome: `ok`, `error` (the
 * subgraph answered with GraphQL errors) or `failed` (no answer: refused connection, timeout, open
 * circuit). If the data source exposes `circuitState()` (a circuit breaker), the
 * `hub_subgraph_circuit_state` gauge reads it at every scrape.
 */
export function observeDataSource<T extends GraphQLDataSource>(subgraph: string, dataSource: T, metrics: GatewayMetrics): T {
  const send = dataSource.process.bind(dataSource);
  dataSource.process = async (options) => {
    const started = performance.now();
    let outcome: 'ok' | 'error' | 'failed' = 'failed';
    try {
      const response = await send(options);
      outcome = response.errors?.length ? 'error' : 'ok';
      return response;
    } finally {
      metrics.observeFetch(subgraph, outcome, (performance.now() - started) / 1000);
    }
  };
  const breaker = dataSource as unknown as { circuitState?: () => CircuitState | undefined };
  if (typeof breaker.circuitState === 'function') metrics.readCircuitStateWith(subgraph, () => breaker.circuitState?.());
  return dataSource;
}
