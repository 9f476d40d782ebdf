import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, type Exchange } from 'urql';
import { filter, map, pipe } from 'wonka';
import { makeResult } from 'urql';
import { prefetchExchange } from './prefetch';
import { CaseloadDocument as Caseload } from './gql/graphql';

function clientWith(network: (op: unknown) => void): Client {
  const fakeFetch: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => {
        network(op);
        return makeResult(op, { data: { clients: { totalCount: 99 } } });
      }),
    );
  return new Client({ url: '/graphql', exchanges: [prefetchExchange, fakeFetch] });
}

afterEach(() => {
  window.__hubPrefetch = undefined;
});

describe('the caseload prefetched by index.html', () => {
  it('answers the first caseload query once, and later ones from the network', async () => {
    window.__hubPrefetch = { operationName: 'Caseload', result: Promise.resolve({ data: { clients: { totalCount: 7 } } }) };
    const network = vi.fn();
    const client = clientWith(network);
    const first = await client.query(Caseload, {}).toPromise();
    expect(first.data?.clients.totalCount).toBe(7);
    expect(network).not.toHaveBeenCalled();
    expect(window.__hubPrefetch).toBeUndefined();
    const second = await client.query(Caseload, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(second.data?.clients.totalCount).toBe(99);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('turns a failed prefetch into an error result, not a hang', async () => {
    window.__hubPrefetch = { operationName: 'Caseload', result: Promise.reject(new Error('offline')) };
    const result = await clientWith(vi.fn()).query(Caseload, {}).toPromise();
    expect(result.error?.networkError?.message).toBe('offline');
  });
});
