import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { CORRELATION_ID_HEADER, SUBGRAPH_SECRET_HEADER } from '@hub/auth';
import type { GatewayContext } from './context';

/** Global fetch with a deadline: the gateway has no per-subgraph timeout of its own. */
export function fetcherWithTimeout(timeoutMs: number): Fetcher {
  return ((url: string, init?: RequestInit) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}

/**
 * Calls one subgraph with the caller's own token (each subgraph verifies it again and applies its
 * agency's rules), the subgraph's shared secret and the correlation id.
 */
export class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly secret: string,
    timeoutMs: number,
  ) {
    super({ url, fetcher: fetcherWithTimeout(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    if ('token' in context && context.token) {
      headers.set('authorization', `Bearer ${context.token}`);
      headers.set(CORRELATION_ID_HEADER, context.correlationId);
      if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
      context.diagnostics.subgraphFetches += 1;
    }
  }

  override async didReceiveResponse(
    options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0],
  ) {
    const { response, context } = options;
    const count = Number(response.http?.headers.get('x-hub-sql-statements') ?? 0);
    if ('diagnostics' in context && Number.isFinite(count)) context.diagnostics.sqlStatements += count;
    return response;
  }
}
