import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import { secretsEqual } from '@hub/auth';
import { currentRequestSpan, outcomeOf, type HubMetrics } from '@hub/telemetry';

/** What the HTTP front learns about one GraphQL request while it runs, for metrics and the trace. */
export interface RequestObservation {
  operationName?: string;
  hasErrors: boolean;
}

const observations = new AsyncLocalStorage<RequestObservation>();

/** Runs one request with its observation available to the Apollo plugin below. */
export function observeRequest<T>(observation: RequestObservation, fn: () => Promise<T>): Promise<T> {
  return observations.run(observation, fn);
}

/** Notes the operation name Apollo resolved (the caller's `operationName` may be absent). */
export function observationPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        // Named from the parsed document already, so an operation that fails validation is counted under its name.
        async validationDidStart({ document, request }) {
          const name = getOperationAST(document, request.operationName)?.name?.value;
          const observation = observations.getStore();
          if (observation && name) observation.operationName = name;
        },
        async didResolveOperation({ operationName }) {
          const observation = observations.getStore();
          if (observation && operationName) observation.operationName = operationName;
          if (operationName) currentRequestSpan()?.setAttribute('graphql.operation.name', operationName);
        },
      };
    },
  };
}

/** Counts the request once its answer is sent, whatever path it took (refused, invalid, executed). */
export function recordWhenFinished(res: ServerResponse, metrics: HubMetrics | undefined, observation: RequestObservation): void {
  if (!metrics) return;
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.observeRequest(observation.operationName, outcomeOf(res.statusCode, observation.hasErrors), seconds);
  });
}

/** Who may read `/metrics`. */
export interface MetricsEndpoint {
  metrics: HubMetrics;
  /** The operator's bearer token; required when set. */
  token?: string;
  /** In production `/metrics` is off unless a token is configured. */
  production: boolean;
}

/** Answers `GET /metrics` in the Prometheus text format, to the operator's token only where one is required. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, endpoint: MetricsEndpoint): Promise<void> {
  if (endpoint.production && !endpoint.token) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found.\n');
    return;
  }
  if (endpoint.token) {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!secretsEqual(given, endpoint.token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' });
      res.end('The metrics need the operator token.\n');
      return;
    }
  }
  const body = await endpoint.metrics.registry.metrics();
  res.writeHead(200, { 'content-type': endpoint.metrics.registry.contentType });
  res.end(body);
}
