import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import type { GatewayConfig, SubgraphName } from '@hub/config';
import { bearerToken, createTokenVerifier } from '@hub/auth';
import { maskError, UnauthenticatedError, type Logger } from '@hub/errors';
import {
  callerCorrelationIdOf,
  closeHttpServer,
  commonPlugins,
  createGraphQLHttpServer,
  QUERY_LIMITS,
  queryLimits,
} from '@hub/server';
import type { GatewayContext } from './context';
import { HubDataSource } from './datasource';
import { CallerLimiter } from './caller-limit';
import { AGENCIES, agencyStates, breakerFor, noteProbe } from './agencies';
import { createWebHandler } from './web';

/** The gateway's composition root: the committed supergraph, the subgraph data sources, the HTTP front. */
export async function createGatewayApp(config: GatewayConfig, log: Logger) {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const sub = config.subgraphs[name as SubgraphName];
      if (!sub) throw new Error(`the supergraph names an unknown subgraph: ${name}`);
      // The URL in the committed supergraph is a placeholder; the configured one is used.
      void url;
      const breaker = breakerFor(name as SubgraphName, config.breakerFailures, config.breakerCooldownMs);
      return new HubDataSource(name as SubgraphName, sub.url, sub.secret, breaker, sub.timeoutMs, log);
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
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [...armor.plugins, ...commonPlugins<GatewayContext>(log)],
  });
  await apollo.start();
  const verifier = createTokenVerifier(config.auth);

  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    log,
    correlation: 'generate',
    context: async (req, correlationId) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new UnauthenticatedError();
      const viewer = await verifier.verify(token);
      const callerCorrelationId = callerCorrelationIdOf(req, 'generate');
      return { token, viewer, correlationId, callerCorrelationId, diagnostics: { subgraphFetches: 0, sqlStatements: 0 } };
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
  });

  return {
    http,
    async close(): Promise<void> {
      await closeHttpServer(http, config.shutdownDrainMs);
      await apollo.stop();
    },
  };
}
