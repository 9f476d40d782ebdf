import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { CORRELATION_ID_HEADER } from '@hub/auth';
import { HubError, type Logger } from '@hub/errors';
import { currentRequestSpan } from '@hub/telemetry';
import { observeRequest, recordWhenFinished, serveMetrics, type MetricsEndpoint, type RequestObservation } from './observe';

/** An answer given before GraphQL runs (refused secret or token, health). */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  log: Logger;
  /** Checked before the body is read; a refusal ends the request (the subgraph secret). */
  guard?: (req: IncomingMessage) => HttpRefusal | undefined;
  /** Builds the per-request context; a thrown HubError answers 401/403 without running GraphQL. */
  context: (req: IncomingMessage, correlationId: string) => Promise<TContext>;
  /** Wraps the whole request (used to count SQL statements per request). */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Extra response headers once the operation ran (development diagnostics). */
  responseHeaders?: (context: TContext) => Record<string, string>;
  /** Readiness: the dependencies answer. */
  ready: () => Promise<boolean>;
  /** Answers GET / (the gateway's landing page). */
  landing?: (res: ServerResponse) => void;
  maxBodyBytes?: number;
  /** Request metrics, and `GET /metrics` for the operator. */
  metrics?: MetricsEndpoint;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': JSON_TYPE, ...headers });
  res.end(JSON.stringify(body));
}

function refusalBody(code: string, message: string, correlationId: string): unknown {
  return { errors: [{ message, extensions: { code, correlationId } }] };
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HubError('BAD_USER_INPUT', `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A correlation id from the caller when it looks like one, otherwise a fresh one. */
export function correlationIdOf(req: IncomingMessage): string {
  const given = req.headers[CORRELATION_ID_HEADER];
  return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * The hub's HTTP front: `/health` (liveness), `/ready` (dependencies), `POST /graphql`.
 * No framework: the few routes are easier to audit by hand, and the guard runs before the body is read.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): Server {
  const limit = options.maxBodyBytes ?? 256 * 1024;
  const around = options.around ?? (<T>(fn: () => Promise<T>) => fn());

  async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    correlationId: string,
    observation: RequestObservation,
  ): Promise<void> {
    const refusal = options.guard?.(req);
    if (refusal) {
      req.resume();
      send(res, refusal.status, refusalBody(refusal.code, refusal.message, correlationId), {
        [CORRELATION_ID_HEADER]: correlationId,
      });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, refusalBody('BAD_REQUEST', 'Send GraphQL operations with POST.', correlationId), { allow: 'POST' });
      return;
    }
    let contextValue: TContext;
    try {
      contextValue = await options.context(req, correlationId);
    } catch (error) {
      req.resume();
      if (error instanceof HubError) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
        send(res, status, refusalBody(error.code, error.message, correlationId), { [CORRELATION_ID_HEADER]: correlationId });
        return;
      }
      throw error;
    }
    let body: unknown;
    try {
      const text = await readBody(req, limit);
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch (error) {
      const message = error instanceof HubError ? error.message : 'The request body is not valid JSON.';
      send(res, 400, refusalBody('BAD_REQUEST', message, correlationId), { [CORRELATION_ID_HEADER]: correlationId });
      return;
    }
    if (Array.isArray(body)) {
      send(
        res,
        400,
        refusalBody('BAD_REQUEST', 'Batched requests are not accepted; send one operation per request.', correlationId),
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://hub.local');
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
      context: async () => contextValue,
    });
    const outHeaders: Record<string, string> = { [CORRELATION_ID_HEADER]: correlationId };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    Object.assign(outHeaders, options.responseHeaders?.(contextValue) ?? {});
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      // Apollo writes `errors` first when there are any.
      observation.hasErrors = response.body.string.startsWith('{"errors":');
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return createServer((req, res) => {
    const correlationId = correlationIdOf(req);
    // The trace and the logs meet on the correlation id (the gateway's HTTP span is the trace's root).
    currentRequestSpan()?.setAttribute('hub.correlation_id', correlationId);
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      try {
        if (path === '/health' && req.method === 'GET') {
          send(res, 200, { status: 'ok' });
        } else if (path === '/ready' && req.method === 'GET') {
          const ok = await options.ready();
          send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
        } else if (path === '/graphql') {
          const observation: RequestObservation = { hasErrors: false };
          recordWhenFinished(res, options.metrics?.metrics, observation);
          await around(() => observeRequest(observation, () => handleGraphQL(req, res, correlationId, observation)));
        } else if (path === '/metrics' && req.method === 'GET' && options.metrics) {
          await serveMetrics(req, res, options.metrics);
        } else if (path === '/' && req.method === 'GET' && options.landing) {
          options.landing(res);
        } else {
          send(res, 404, refusalBody('NOT_FOUND', 'Not found. GraphQL is served at /graphql.', correlationId));
        }
      } catch (error) {
        options.log.error('request failed', { correlationId, error });
        if (!res.headersSent) {
          send(res, 500, refusalBody('INTERNAL_SERVER_ERROR', 'Internal error.', correlationId));
        } else {
          res.end();
        }
      }
    })();
  });
}

/** Listens and resolves once the port is bound; a taken port gives a clear error. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(err.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already in use; set another port.`) : err),
    );
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/**
 * Stops accepting connections and closes the open ones: idle keep-alive connections at once (the
 * gateway keeps some to every subgraph), busy ones after a short grace period.
 */
export async function closeHttpServer(server: Server, graceMs = 2_000): Promise<void> {
  const closed = new Promise<void>((ok) => server.close(() => ok()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
}
