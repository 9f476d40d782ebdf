import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import type { GatewayConfig } from '@hub/config';
import { bearerToken, createTokenVerifier } from '@hub/auth';
import { maskError, UnauthenticatedError, type Logger } from '@hub/errors';
import { closeHttpServer, commonPlugins, createGraphQLHttpServer, QUERY_LIMITS, queryLimits } from '@hub/server';
import type { GatewayContext } from './context';
import { HubDataSource } from './datasource';

function landingPage(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><meta charset="utf-8"><title>Jambi ABH cooperation hub</title>' +
      '<h1>Jambi ABH cooperation hub</h1><p>GraphQL gateway for Bapas Kelas I Jambi, DP3AP2KB Tanjung Jabung Barat and work-site providers.</p>' +
      '<p>POST GraphQL operations to <code>/graphql</code> with <code>Authorization: Bearer &lt;token&gt;</code>. See the README.</p>',
  );
}

/** The gateway's composition root: the committed supergraph, the subgraph data sources, the HTTP front. */
export async function createGatewayApp(config: GatewayConfig, log: Logger) {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const sub = config.subgraphs[name as keyof GatewayConfig['subgraphs']];
      if (!sub) throw new Error(`the supergraph names an unknown subgraph: ${name}`);
      // The URL in the committed supergraph is a placeholder; the configured one is used.
      void url;
      return new HubDataSource(name, sub.url, sub.secret, config.subgraphTimeoutMs);
    },
  });
  const armor = queryLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true, // every request here already carries a verified token
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
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
    context: async (req, correlationId) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new UnauthenticatedError();
      const viewer = await verifier.verify(token);
      const acceptLanguage = (req.headers['accept-language'] as string | undefined)?.slice(0, 200) ?? null;
      return { token, viewer, correlationId, acceptLanguage, diagnostics: { subgraphFetches: 0, sqlStatements: 0 } };
    },
    responseHeaders: (ctx): Record<string, string> =>
      config.nodeEnv === 'production'
        ? {}
        : {
            'x-hub-subgraph-fetches': String(ctx.diagnostics.subgraphFetches),
            'x-hub-sql-statements': String(ctx.diagnostics.sqlStatements),
          },
    ready: async () => {
      const checks = Object.values(config.subgraphs).map(async ({ url }) => {
        try {
          const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) });
          return res.ok;
        } catch {
          return false;
        }
      });
      return (await Promise.all(checks)).every(Boolean);
    },
    landing: landingPage,
  });

  return {
    http,
    async close(): Promise<void> {
      await closeHttpServer(http);
      await apollo.stop();
    },
  };
}
