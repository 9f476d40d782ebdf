import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { CORRELATION_ID_HEADER } from '@hub/auth';
import { HubError, type Logger } from '@hub/errors';
import { inLanguage, refusalBody } from './http-language';
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
  /**
   * Builds the per-request context; a thrown HubError answers 401/403 without running GraphQL. The
   * signal aborts when the caller goes away before the answer (the gateway gave up).
   */
  context: (req: IncomingMessage, correlationId: string, signal: AbortSignal) => Promise<TContext>;
  /** Admits the request or refuses it (a per-caller limit); `release` runs once the answer is sent. */
  admit?: (context: TContext) => { release: () => void } | HttpRefusal;
  /** Wraps the whole request (used to count SQL statements per request). */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Extra response headers once the operation ran (development diagnostics). */
  responseHeaders?: (context: TContext) => Record<string, string>;
  /** Readiness: the dependencies answer; a report says what answers and what does not (JSON body). */
  ready: () => Promise<boolean | ReadyReport>;
  /** Answers GET / (the gateway's landing page). */
  landing?: (res: ServerResponse) => void;
  /** Any other route (the web app and its sign-in endpoints); resolves false when it did not answer. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  maxBodyBytes?: number;
  /** Request metrics, and `GET /metrics` for the operator. */
  metrics?: MetricsEndpoint;
  /**
   * Decides, once the caller is known, whether this GraphQL request may run; may fill in `query`
   * (a request that sent only a document hash). A refusal ends the request (trusted documents).
   */
  trust?: (request: GraphQLRequestFields, context: TContext) => HttpRefusal | undefined;
  /** `generate` at the gateway (the hub's own id for every request), `forwarded` in a subgraph. */
  correlation?: 'generate' | 'forwarded';
}

/** A readiness answer with detail: `ready` picks 200 or 503, `body` is sent as it is. */
export interface ReadyReport {
  ready: boolean;
  body: Record<string, unknown>;
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

/** Header on which the gateway passes the caller's own correlation id to the subgraphs, kept apart from the hub's. */
export const CALLER_CORRELATION_ID_HEADER = 'x-caller-correlation-id';

/** Longest caller correlation id kept in the access log. */
export const CALLER_CORRELATION_ID_MAX = 64;

/** A caller-supplied correlation id as the access log may keep it: printable id characters only, at most 64; else null. */
export function sanitizeCorrelationId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const kept = value.replace(/[^A-Za-z0-9._:-]/g, '').slice(0, CALLER_CORRELATION_ID_MAX);
  return kept.length > 0 ? kept : null;
}

/**
 * The request's correlation id. At the gateway (`generate`) the hub always makes its own: a caller
 * must not be able to choose what the access log records as the hub's id. A subgraph (`forwarded`)
 * takes the gateway's, which reached it with the subgraph secret.
 */
export function correlationIdOf(req: IncomingMessage, mode: 'generate' | 'forwarded' = 'forwarded'): string {
  const given = req.headers[CORRELATION_ID_HEADER];
  if (mode === 'forwarded' && typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given)) return given;
  return randomUUID();
}

/** The caller's own correlation id: from the caller at the gateway, from the gateway's header in a subgraph. */
export function callerCorrelationIdOf(req: IncomingMessage, mode: 'generate' | 'forwarded' = 'forwarded'): string | null {
  return sanitizeCorrelationId(req.headers[mode === 'generate' ? CORRELATION_ID_HEADER : CALLER_CORRELATION_ID_HEADER]);
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
      send(res, refusal.status, refusalBody(refusal.code, refusal.message, correlationId, req), cid);
      return;
    }
    // GraphQL over HTTP: GET (queries only; Apollo answers 405 to a mutation) and POST with a JSON body.
    const method = req.method === 'GET' || req.method === 'POST' ? req.method : undefined;
    if (!method) {
      req.resume();
      send(res, 405, refusalBody('BAD_REQUEST', 'Send GraphQL operations with GET (queries) or POST.', correlationId, req), {
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
        refusalBody('BAD_REQUEST', 'Accept application/graphql-response+json or application/json.', correlationId, req),
        cid,
      );
      return;
    }
    const reply = (status: number, code: string, message: string, extra: Record<string, string> = {}): void =>
      send(res, status, refusalBody(code, message, correlationId, req), { ...cid, ...extra }, mediaType);
    if (method === 'POST' && !isJsonRequest(req.headers['content-type'])) {
      // Also what keeps a cross-site form post (a "simple" request without a preflight) out.
      req.resume();
      reply(415, 'BAD_REQUEST', 'Send the POST body as application/json (UTF-8).');
      return;
    }
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    let contextValue: TContext;
    try {
      contextValue = await options.context(req, correlationId, abort.signal);
    } catch (error) {
      req.resume();
      if (error instanceof HubError) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
        reply(status, error.code, error.message, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
        return;
      }
      throw error;
    }
    const admission = options.admit?.(contextValue) ?? { release: () => undefined };
    if (!('release' in admission)) {
      req.resume();
      reply(admission.status, admission.code, admission.message, { 'retry-after': '1' });
      return;
    }
    try {
      await answer({ req, res, correlationId, contextValue, method, reply, observation });
    } finally {
      admission.release();
    }
  }

  /** Reads the body and runs the admitted request through Apollo. */
  async function answer(request: {
    req: IncomingMessage;
    res: ServerResponse;
    correlationId: string;
    contextValue: TContext;
    method: 'GET' | 'POST';
    reply: (status: number, code: string, message: string) => void;
    observation: RequestObservation;
  }): Promise<void> {
    const { req, res, correlationId, contextValue, method, reply, observation } = request;
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
    if (options.trust) {
      const fields: GraphQLRequestFields =
        method === 'POST' ? ((body ?? {}) as GraphQLRequestFields) : fieldsFromSearch(url.searchParams);
      const refused = options.trust(fields, contextValue);
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
      // A refusal Apollo gave before the plugins ran (a mutation sent with GET): in the caller's language too.
      res.end(
        observation.hasErrors && (response.status ?? 200) >= 400 ? inLanguage(response.body.string, req) : response.body.string,
      );
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const server = createServer((req, res) => {
    const tracker = trackerOf(server);
    tracker.count += 1;
    res.once('close', () => (tracker.count -= 1));
    // While draining, answer what arrived but let no connection stay open for another request.
    if (tracker.draining) res.shouldKeepAlive = false;
    const correlationId = correlationIdOf(req, options.correlation ?? 'forwarded');
    // The trace and the logs meet on the correlation id (the gateway's HTTP span is the trace's root).
    currentRequestSpan()?.setAttribute('hub.correlation_id', correlationId);
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      try {
        if (path === '/health' && req.method === 'GET') {
          send(res, 200, { status: 'ok' });
        } else if (path === '/ready' && req.method === 'GET') {
          const report = await options.ready();
          if (typeof report === 'boolean') send(res, report ? 200 : 503, { status: report ? 'ready' : 'not ready' });
          else send(res, report.ready ? 200 : 503, report.body);
        } else if (path === '/graphql') {
          const observation: RequestObservation = { hasErrors: false };
          recordWhenFinished(res, options.metrics?.metrics, observation);
          await around(() => observeRequest(observation, () => handleGraphQL(req, res, correlationId, observation)));
        } else if (path === '/metrics' && req.method === 'GET' && options.metrics) {
          await serveMetrics(req, res, options.metrics);
        } else if (path === '/' && req.method === 'GET' && options.landing) {
          options.landing(res);
        } else if (options.fallback && (await options.fallback(req, res))) {
          // answered
        } else {
          send(res, 404, refusalBody('NOT_FOUND', 'Not found. GraphQL is served at /graphql.', correlationId, req));
        }
      } catch (error) {
        options.log.error('request failed', { correlationId, error });
        if (!res.headersSent) {
          send(res, 500, refusalBody('INTERNAL_SERVER_ERROR', 'Internal error.', correlationId, req));
        } else {
          res.end();
        }
      }
    })();
  });
  // Idle keep-alive connections are kept longer than clients keep theirs (fetch keeps an idle
  // connection a little less than the server's Keep-Alive hint), so that a client does not send a
  // request on a connection the server is closing at that very moment ("other side closed"). With
  // Node's default of 5 s that race is lost whenever timers slip under load; a fetch from the gateway
  // would then count as the agency failing.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}

/** How long an idle keep-alive connection stays open (Node's default is 5 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

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

/** Requests being answered, per server: a drain waits for them. */
const inFlight = new WeakMap<Server, { count: number; draining: boolean }>();

function trackerOf(server: Server): { count: number; draining: boolean } {
  let t = inFlight.get(server);
  if (!t) inFlight.set(server, (t = { count: 0, draining: false }));
  return t;
}

/** Requests this server is answering now. */
export function requestsInFlight(server: Server): number {
  return trackerOf(server).count;
}

/**
 * Drains the server: stops accepting connections, lets every request already received finish (their
 * connections are closed once answered), and only after `drainMs` cuts what is left. Resolves when no
 * connection is open, so that the database pool can be closed after it.
 */
export async function closeHttpServer(server: Server, drainMs = 10_000): Promise<void> {
  const tracker = trackerOf(server);
  tracker.draining = true;
  const closed = new Promise<void>((ok) => server.close(() => ok()));
  server.closeIdleConnections();
  // A keep-alive connection becomes idle once its request is answered: close it then.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), drainMs);
  cut.unref();
  await closed;
  clearInterval(sweep);
  clearTimeout(cut);
}
