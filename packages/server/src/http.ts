import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { CORRELATION_ID_HEADER } from '@hub/auth';
import { HubError, type Logger } from '@hub/errors';
import { currentRequestSpan } from '@hub/telemetry';
import { APPLICATION_JSON, isJsonRequest, responseMediaType } from './media';
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
  /**
   * Decides, once the caller is known, whether this GraphQL request may run; may fill in `query`
   * (a request that sent only a document hash). A refusal ends the request.
   */
  admit?: (request: GraphQLRequestFields, context: TContext) => HttpRefusal | undefined;
}

/** The GraphQL request as sent, from a POST body or a GET query string. */
export interface GraphQLRequestFields {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

function fieldsFromSearch(params: URLSearchParams): GraphQLRequestFields {
  const extensions = params.get('extensions');
  let parsed: unknown = undefined;
  try {
    parsed = extensions ? JSON.parse(extensions) : undefined;
  } catch {
    parsed = undefined; // Apollo answers the malformed parameter itself
  }
  return { query: params.get('query') ?? undefined, extensions: parsed };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  mediaType: string = APPLICATION_JSON,
): void {
  res.writeHead(status, { 'content-type': mediaType, ...headers });
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
 * The hub's HTTP front: `/health` (liveness), `/ready` (dependencies), `/metrics` (operators), GraphQL over
 * HTTP at `/graphql` (GET for queries, POST).
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
    const cid = { [CORRELATION_ID_HEADER]: correlationId };
    if (refusal) {
      req.resume();
      send(res, refusal.status, refusalBody(refusal.code, refusal.message, correlationId), cid);
      return;
    }
    // GraphQL over HTTP: GET (queries only; Apollo answers 405 to a mutation) and POST with a JSON body.
    const method = req.method === 'GET' || req.method === 'POST' ? req.method : undefined;
    if (!method) {
      req.resume();
      send(res, 405, refusalBody('BAD_REQUEST', 'Send GraphQL operations with GET (queries) or POST.', correlationId), {
        ...cid,
        allow: 'GET, POST',
      });
      return;
    }
    const mediaType = responseMediaType(req.headers.accept);
    if (!mediaType) {
      req.resume();
      send(
        res,
        406,
        refusalBody('BAD_REQUEST', 'Accept application/graphql-response+json or application/json.', correlationId),
        cid,
      );
      return;
    }
    const reply = (status: number, code: string, message: string, extra: Record<string, string> = {}): void =>
      send(res, status, refusalBody(code, message, correlationId), { ...cid, ...extra }, mediaType);
    if (method === 'POST' && !isJsonRequest(req.headers['content-type'])) {
      // Also what keeps a cross-site form post (a "simple" request without a preflight) out.
      req.resume();
      reply(415, 'BAD_REQUEST', 'Send the POST body as application/json (UTF-8).');
      return;
    }
    let contextValue: TContext;
    try {
      contextValue = await options.context(req, correlationId);
    } catch (error) {
      req.resume();
      if (error instanceof HubError) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
        reply(status, error.code, error.message, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
        return;
      }
      throw error;
    }
    let body: unknown;
    if (method === 'POST') {
      try {
        const text = await readBody(req, limit);
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch (error) {
        if (error instanceof HubError) reply(413, 'BAD_REQUEST', error.message);
        else reply(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
      if (Array.isArray(body)) {
        reply(400, 'BAD_REQUEST', 'Batched requests are not accepted; send one operation per request.');
        return;
      }
    } else {
      req.resume();
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://hub.local');
    if (options.admit) {
      const fields: GraphQLRequestFields =
        method === 'POST' ? ((body ?? {}) as GraphQLRequestFields) : fieldsFromSearch(url.searchParams);
      const refused = options.admit(fields, contextValue);
      if (refused) {
        reply(refused.status, refused.code, refused.message);
        return;
      }
      if (method === 'POST') body = fields;
      else {
        if (typeof fields.query === 'string') url.searchParams.set('query', fields.query);
        if (fields.extensions === undefined) url.searchParams.delete('extensions');
        else url.searchParams.set('extensions', JSON.stringify(fields.extensions));
      }
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
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
