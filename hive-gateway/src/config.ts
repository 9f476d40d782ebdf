/**
 * Hive Gateway serving the hub's committed supergraph, configured from the same environment as the
 * hub gateway (packages/config `loadGatewayConfig`): the same subgraph URLs and shared secrets, the
 * same token check, the caller's own token and correlation id forwarded to every subgraph.
 */
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway';
import { bearerToken, CORRELATION_ID_HEADER, createTokenVerifier, SUBGRAPH_SECRET_HEADER } from '@hub/auth';
import type { GatewayConfig } from '@hub/config';

function refusal(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
  });
}

/** The runtime configuration: supergraph, where each subgraph is, what each fetch carries. */
export function hiveGatewayConfig(config: GatewayConfig): GatewayConfigSupergraph {
  const verifier = createTokenVerifier(config.auth);
  const subgraphs = config.subgraphs as Record<string, { url: string; secret: string }>;
  return {
    supergraph: readFileSync(config.supergraphPath, 'utf8'),
    // The URLs in the committed supergraph are placeholders, as for the hub gateway; each subgraph's
    // shared secret is a static header of its transport (propagateHeaders is not told the subgraph's
    // name for every fetch: entity fetches that need @requires fields came without it).
    transportEntries: Object.fromEntries(
      Object.entries(subgraphs).map(([name, s]) => [name, { location: s.url, headers: [[SUBGRAPH_SECRET_HEADER, s.secret]] }]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        [CORRELATION_ID_HEADER]: request.headers.get(CORRELATION_ID_HEADER),
        // Each subgraph answers its refusals and errors in the caller's language.
        'accept-language': request.headers.get('accept-language')?.slice(0, 200) ?? null,
      }),
    },
    upstreamTimeout: config.subgraphTimeoutMs,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    // Introspection stays behind the token check below, as at the hub gateway.
    maskedErrors: true,
    logging: config.logLevel === 'silent' ? false : config.logLevel,
    plugins: () => [
      {
        // Every GraphQL request needs a valid token before anything runs (the subgraphs check it again).
        onRequest({ request, url, endResponse }) {
          if (url.pathname !== '/graphql') return undefined;
          const token = bearerToken(request.headers.get('authorization'));
          if (!token) return endResponse(refusal(401, 'UNAUTHENTICATED', 'A valid bearer token is required.'));
          return verifier.verify(token).then(
            () => undefined,
            () => endResponse(refusal(401, 'UNAUTHENTICATED', 'A valid bearer token is required.')),
          );
        },
      },
    ],
  };
}

/** A Hive Gateway runtime for the hub (a Node request listener, and disposable). */
export function createHiveGateway(config: GatewayConfig) {
  return createGatewayRuntime(hiveGatewayConfig(config));
}
