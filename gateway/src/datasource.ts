import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { BrokenCircuitError, CircuitState, type CircuitBreakerPolicy } from 'cockatiel';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { SubgraphName } from '@hub/config';
import { CORRELATION_ID_HEADER, SUBGRAPH_SECRET_HEADER } from '@hub/auth';
import { CALLER_CORRELATION_ID_HEADER } from '@hub/server';
import { languageOf, localizedMessage, type Logger } from '@hub/errors';
import { AGENCIES, CallerGoneError } from './agencies';
import type { GatewayContext } from './context';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** The subgraph answered, but as a failing server (a proxy's or its own 5xx without GraphQL body). */
class SubgraphHttpFailure extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * The signal of the client request a subgraph fetch serves: it aborts when that client goes away.
 * Set around each data source call (the fetcher is shared by all requests to one subgraph).
 */
const callerSignal = new AsyncLocalStorage<AbortSignal | undefined>();

/** Runs `work` with its subgraph fetches tied to `signal` (the client request's). */
export function withCallerSignal<T>(signal: AbortSignal | undefined, work: () => T): T {
  return callerSignal.run(signal, work);
}

/**
 * Global fetch under the subgraph's circuit breaker, with a deadline that covers the body too. A
 * rejection here never reaches the client as it is: the data source turns it into AGENCY_UNAVAILABLE.
 * When the client goes away, the fetch is aborted and rejects with CallerGoneError, which the breaker
 * does not count; a fetch for a client already gone is not sent at all. The one trial request of a
 * half-open circuit is left to run to its deadline, so that the breaker learns whether the agency is back.
 */
export function guardedFetcher(breaker: CircuitBreakerPolicy, timeoutMs: number): Fetcher {
  return (async (url: string, init?: RequestInit) => {
    const caller = callerSignal.getStore();
    if (caller?.aborted) throw new CallerGoneError();
    const linked = caller && breaker.state === CircuitState.Closed ? caller : undefined;
    return breaker.execute(async () => {
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = linked ? AbortSignal.any([deadline, linked]) : deadline;
      try {
        const res = await fetch(url, { ...init, signal });
        const body = await res.text();
        const json = (res.headers.get('content-type') ?? '').includes('json');
        if (res.status >= 500 && !json) throw new SubgraphHttpFailure(res.status);
        // The subgraph refused the request itself (bad variables, a limit): its GraphQL errors go to the
        // caller as they are, instead of the gateway's generic "400: Bad Request" with the subgraph's URL.
        const status = res.status >= 400 && res.status < 500 && json && body.includes('"errors"') ? 200 : res.status;
        return new Response(body, { status, statusText: res.statusText, headers: res.headers });
      } catch (error) {
        if (linked?.aborted) throw new CallerGoneError();
        throw error;
      }
    });
  }) as unknown as Fetcher;
}

/** Why a fetch failed, in a few words for the log (never sent to the client). */
function reasonOf(error: unknown): string {
  if (error instanceof BrokenCircuitError) return 'circuit open';
  if (error instanceof SubgraphHttpFailure) return error.message;
  // Read by shape: fetch's errors (DOMException, TypeError with a cause) may come from another realm.
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: { code?: unknown } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'deadline passed';
  if (typeof cause?.code === 'string') return cause.code;
  return typeof name === 'string' ? name : 'unknown';
}

/** The response keys of an operation's root fields, to name where the missing part belongs. */
function rootKeys(query: string | undefined): string[] {
  let document;
  try {
    document = query ? parse(query) : undefined;
  } catch {
    return [];
  }
  const op = document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (op?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.alias?.value ?? s.name.value] : []));
}

/**
 * Calls one subgraph with the caller's own token (each subgraph verifies it again and applies its
 * agency's rules), the subgraph's shared secret and the correlation id. When the subgraph cannot be
 * reached in time (or its circuit is open) the answer lacks only that agency's part, with an error that
 * names the agency and never the address or the network error.
 */
export class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: SubgraphName,
    url: string,
    private readonly secret: string,
    breaker: CircuitBreakerPolicy,
    timeoutMs: number,
    private readonly log: Logger,
  ) {
    super({ url, fetcher: guardedFetcher(breaker, timeoutMs) });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const context = options.context as Partial<GatewayContext>;
    try {
      return await withCallerSignal(context.signal, () => super.process(options));
    } catch (error) {
      if (error instanceof CallerGoneError || context.signal?.aborted) {
        // Nobody is waiting for this answer: not the agency's failure, not an error of the hub.
        this.log.debug('subgraph fetch cancelled', {
          subgraph: this.name,
          reason: 'caller went away',
          correlationId: context.correlationId,
        });
        return { errors: this.unavailableErrors(options) };
      }
      this.log.warn('subgraph unavailable', {
        subgraph: this.name,
        reason: reasonOf(error),
        correlationId: context.correlationId,
      });
      return { errors: this.unavailableErrors(options) };
    }
  }

  /**
   * One error per entity the subgraph should have completed (the gateway maps `_entities` paths onto
   * the answer), or one per root field; each names the agency in words (in the caller's language) and in extensions.
   */
  private unavailableErrors(options: GraphQLDataSourceProcessOptions<GatewayContext>): GatewayGraphQLResponse['errors'] {
    const { agency, label } = AGENCIES[this.name];
    // In the caller's language (Indonesian unless Accept-Language prefers English), like every error.
    const language = languageOf((options.context as Partial<GatewayContext>).acceptLanguage);
    const message = localizedMessage(`Data from ${label} is unavailable right now; the rest of the answer is sent.`, language);
    const error = (path: ReadonlyArray<string | number>) => ({
      message,
      path,
      extensions: { code: 'AGENCY_UNAVAILABLE', agency },
    });
    const representations = options.request.variables?.['representations'];
    if (Array.isArray(representations) && representations.length > 0) {
      return representations.map((_, i) => error(['_entities', i]));
    }
    const keys = rootKeys(options.request.query);
    return (keys.length ? keys : ['']).map((k) => error(k ? [k] : []));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    if ('token' in context && context.token) {
      headers.set('authorization', `Bearer ${context.token}`);
      headers.set(CORRELATION_ID_HEADER, context.correlationId);
      if (context.callerCorrelationId) headers.set(CALLER_CORRELATION_ID_HEADER, context.callerCorrelationId);
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
    // A subgraph whose own database is away says so; the client learns which agency it was.
    for (const e of response.errors ?? []) {
      if (e.extensions?.['code'] === 'SERVICE_UNAVAILABLE') {
        (e as { extensions: Record<string, unknown> }).extensions = { ...e.extensions, agency: AGENCIES[this.name].agency };
      }
    }
    return response;
  }
}
