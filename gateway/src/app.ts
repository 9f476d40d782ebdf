import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import type { GatewayConfig, SubgraphName } from '@hub/config';
import { bearerToken, createTokenVerifier } from '@hub/auth';
import { languageOf, maskError, UnauthenticatedError, type Logger } from '@hub/errors';
import {
  callerCorrelationIdOf,
  BEARER_CSRF_PREVENTION,
  closeHttpServer,
  commonPlugins,
  createGraphQLHttpServer,
  QUERY_LIMITS,
  queryLimits,
} from '@hub/server';
import type { GatewayContext } from './context';
import { HubDataSource } from './datasource';
import { CallerLimiter } from './caller-limit';
import { AGENCIES, agencyStates, breakerFor, circuitStateOf, noteProbe } from './agencies';
import { createWebHandler } from './web';
import { observeDataSource } from './metrics';
import { loadTrustedDocuments, trustedDocumentsGate } from './trusted-documents';
import { GatewayMetrics } from '@hub/telemetry';

/** The gateway's composition root: the committed supergraph, the subgraph data sources, the HTTP front. */
export async function createGatewayApp(config: GatewayConfig, log: Logger) {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const metrics = new GatewayMetrics();
  const trusted = config.trustedDocumentsPath
    ? trustedDocumentsGate(loadTrustedDocuments(config.trustedDocumentsPath), config.nodeEnv === 'production')
    : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Its own spans (request, plan, fetch) join the trace; never the document or error messages.
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name, url }) => {
      const sub = config.subgraphs[name as SubgraphName];
      if (!sub) throw new Error(`the supergraph names an unknown subgraph: ${name}`);
      // The URL in the committed supergraph is a placeholder; the configured one is used.
      void url;
      const breaker = breakerFor(name as SubgraphName, config.breakerFailures, config.breakerCooldownMs);
      metrics.readCircuitStateWith(name, () => circuitStateOf(name as SubgraphName));
      return observeDataSource(
        name,
        new HubDataSource(name as SubgraphName, sub.url, sub.secret, breaker, sub.timeoutMs, log),
        metrics,
      );
    },
  });
  const armor = queryLimits<GatewayContext>();
  const callers = new CallerLimiter();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true, // every request here already carries a verified token
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    // The process drains and stops on SIGTERM itself (in order: HTTP, then the database pool).
    stopOnTerminationSignals: false,
    csrfPrevention: BEARER_CSRF_PREVENTION,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [...armor.plugins, ...commonPlugins<GatewayContext>(log, (ctx) => languageOf(ctx.acceptLanguage))],
  });
  await apollo.start();
  const verifier = createTokenVerifier(config.auth);

  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    log,
    correlation: 'generate',
    context: async (req, correlationId, signal) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new UnauthenticatedError();
      const viewer = await verifier.verify(token);
      const callerCorrelationId = callerCorrelationIdOf(req, 'generate');
      const acceptLanguage = (req.headers['accept-language'] as string | undefined)?.slice(0, 200) ?? null;
      return {
        token,
        viewer,
        correlationId,
        callerCorrelationId,
        acceptLanguage,
        diagnostics: { subgraphFetches: 0, sqlStatements: 0 },
        signal,
      };
    },
    admit: (ctx) => callers.admit(ctx.viewer.userId),
    responseHeaders: (ctx): Record<string, string> =>
      config.nodeEnv === 'production'
        ? {}
        : {
            'x-hub-subgraph-fetches': String(ctx.diagnostics.subgraphFetches),
            'x-hub-sql-statements': String(ctx.diagnostics.sqlStatements),
          },
    ready: async () => {
      // Probes each subgraph's own /ready; an open circuit wins over the probe (requests fail fast).
      await Promise.all(
        (Object.entries(config.subgraphs) as Array<[SubgraphName, { url: string }]>).map(async ([name, { url }]) => {
          let ok = false;
          try {
            ok = (await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) })).ok;
          } catch {
            // unreachable: down
          }
          noteProbe(name, ok);
        }),
      );
      const agencies = agencyStates();
      const states = Object.values(AGENCIES).map((a) => agencies[a.agency] ?? 'up');
      const up = states.filter((s) => s === 'up').length;
      const status = up === states.length ? 'ready' : up === 0 ? 'not ready' : 'degraded';
      return { ready: status !== 'not ready', body: { status, agencies } };
    },
    fallback: createWebHandler(config),
    ...(trusted ? { trust: (request, ctx) => trusted(request, ctx.viewer) } : {}),
    metrics: {
      metrics,
      production: config.nodeEnv === 'production',
      ...(config.telemetry?.metricsToken ? { token: config.telemetry.metricsToken } : {}),
    },
  });

  return {
    http,
    metrics,
    async close(): Promise<void> {
      await closeHttpServer(http, config.shutdownDrainMs);
      await apollo.stop();
    },
  };
}
