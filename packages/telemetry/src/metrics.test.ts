import { GatewayMetrics, HubMetrics, outcomeOf, SubgraphMetrics } from './metrics';

describe('request metrics', () => {
  it('names the outcome from the status and the presence of GraphQL errors', () => {
    expect(outcomeOf(200, false)).toBe('ok');
    expect(outcomeOf(200, true)).toBe('error');
    expect(outcomeOf(401, true)).toBe('refused');
    expect(outcomeOf(403, true)).toBe('refused');
    expect(outcomeOf(400, true)).toBe('invalid');
    expect(outcomeOf(503, true)).toBe('failed');
  });

  it('bounds the operation label: callers choose names, the metrics store must not grow without end', () => {
    const m = new HubMetrics('test');
    expect(m.operationLabel(undefined)).toBe('anonymous');
    expect(m.operationLabel('drop table; --')).toBe('invalid');
    for (let i = 0; i < 200; i += 1) expect(m.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(m.operationLabel('OneTooMany')).toBe('other');
    expect(m.operationLabel('Op7')).toBe('Op7');
  });
});

describe('gateway metrics', () => {
  it('reports the circuit state per subgraph once a breaker exposes it, and nothing before', async () => {
    const m = new GatewayMetrics();
    expect(await m.registry.getSingleMetricAsString('hub_subgraph_circuit_state')).not.toMatch(/subgraph=/);
    let state: 'closed' | 'open' = 'closed';
    m.readCircuitStateWith('worksites', () => state);
    expect(await m.registry.getSingleMetricAsString('hub_subgraph_circuit_state')).toMatch(/subgraph="worksites"[^}]*\} 0/);
    state = 'open';
    expect(await m.registry.getSingleMetricAsString('hub_subgraph_circuit_state')).toMatch(/subgraph="worksites"[^}]*\} 2/);
  });
});

describe('subgraph metrics', () => {
  it('reads the pool at each scrape and counts access-log writes with their failures', async () => {
    let waiting = 0;
    const m = new SubgraphMetrics('corrections', () => ({ inUse: 3, idle: 1, waiting, max: 10 }));
    m.observeAccessLogWrite('ok', 4);
    m.observeAccessLogWrite('failed', 2);
    waiting = 5;
    const page = await m.registry.metrics();
    expect(page).toMatch(/hub_db_pool_connections\{state="waiting",service="corrections"\} 5/);
    expect(page).toMatch(/hub_access_log_writes_total\{outcome="failed",service="corrections"\} 1/);
    expect(page).toMatch(/hub_access_log_rows_total\{service="corrections"\} 4/);
  });
});
