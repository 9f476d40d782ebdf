import { languageOf, refusalMessage, type Language } from '@hub/federation';
import type { IncomingMessage } from 'node:http';
import { createHmac } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { applyMiddleware, type IMiddlewareFieldMap, type IMiddlewareFunction } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from '@hub/config';
import { bearerToken, createTokenVerifier, secretsEqual, SUBGRAPH_SECRET_HEADER, type Viewer } from '@hub/auth';
import { ForbiddenError, maskError, UnauthenticatedError, type Logger } from '@hub/errors';
import { currentStatementCounter, markReadOnly, StatementCounter, withStatementCounter, type AccessLogRow } from '@hub/db';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessRecorder, accessLogMiddleware, accessLogPlugin, type PersonalDataMap } from './access-log';
import { QUERY_LIMITS, queryLimits } from './limits';
import { inputLimitsMiddleware, type InputLimits } from './input-limits';
import { workGuardMiddleware } from './cost';
import { fieldGuards, onlyFields } from './guard';
import { commonPlugins, type CorrelatedContext } from './plugins';
import { callerCorrelationIdOf, closeHttpServer, createGraphQLHttpServer } from './http';
import { SubgraphMetrics, type PoolStats } from '@hub/telemetry';

/** Gives each refusal's message in the caller's language; its code, field and article stay as they are. */
const refusalLanguageMiddleware: Record<string, Record<string, IMiddlewareFunction>> = {
  UserError: {
    message: async (resolve, parent: { code: string }, args, ctx: { language?: Language }, info) =>
      refusalMessage(parent.code, String(await resolve(parent, args, ctx, info)), ctx.language ?? 'id'),
  },
};

/** What every subgraph's request context has; each subgraph adds its entity manager and loaders. */
export interface SubgraphBaseContext extends CorrelatedContext {
  viewer: Viewer;
  /** The caller's verified bearer token, for fetching other agencies' facts through the gateway as the caller. */
  token: string;
  statements: StatementCounter;
  /** The personal data this request returns, for the access log. */
  access: AccessRecorder;
  /** Aggregates suppress counts below this (configured per subgraph). */
  smallCellThreshold: number;
  /** Keys the statistics' cell-key perturbation (statistics.ts): never sent anywhere. */
  cellKeySecret: string;
  /** Aborts when the gateway gave up on the request: no further resolver runs. */
  signal: AbortSignal;
  /** The correlation id the caller sent to the gateway, if any (bounded, sanitised), for the access log. */
  callerCorrelationId: string | null;
  /** The language of refusals, from the caller's Accept-Language (the gateway forwards it): Indonesian by default. */
  language: Language;
}

/**
 * A subgraph's per-request state: the base, the request's own entity manager fork, and the loaders
 * built on it (one SQL statement per batch). Each subgraph names its own: `CorrectionsContext`, ….
 */
export interface SubgraphContext<Loaders> extends SubgraphBaseContext {
  em: EntityManager;
  loaders: Loaders;
}

/** The federation fields shield must allow explicitly (it denies whatever has no rule). */
export const FEDERATION_RULES: IRules = {
  Query: { _service: allow, _entities: allow },
  _Service: allow,
};

/**
 * Refuses bad input (ids, lengths from the columns, control characters, numbers) on every argument of
 * every field, bounds the work a request may do, applies the permission map (deny by default, our own
 * errors pass through, a clear error where a rule says no), then notes every personal-data field that
 * is returned, for the access log. Role rules, `allow` and `deny` (all the hub's rules) are checked by
 * one synchronous guard per field (guard.ts); any other kind of rule is left to graphql-shield.
 */
export function protectSchema(
  schema: GraphQLSchema,
  rules: IRules,
  personalData: PersonalDataMap,
  limits: InputLimits = {},
): GraphQLSchema {
  const { guards, shielded } = fieldGuards(schema, rules, personalData, limits);
  const others = Object.keys(shielded).length > 0;
  const shieldOptions = {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new ForbiddenError(),
    debug: false,
  } as Parameters<typeof shield>[1];
  // graphql-middleware types every middleware as async; a synchronous one works the same.
  return applyMiddleware(
    schema,
    guards,
    ...(others
      ? [
          onFields(inputLimitsMiddleware(limits), shielded),
          onFields(workGuardMiddleware, shielded),
          onlyFields(shield(rules, shieldOptions).generate(schema) as IMiddlewareFieldMap, shielded),
          onlyFields(accessLogMiddleware(personalData), shielded),
        ]
      : []),
    ...(schema.getType('UserError') ? [refusalLanguageMiddleware] : []),
  );
}

/** One middleware on the listed fields only. */
function onFields(middleware: unknown, fields: Record<string, string[]>): IMiddlewareFieldMap {
  const apply = middleware as IMiddlewareFunction;
  return Object.fromEntries(Object.entries(fields).map(([t, names]) => [t, Object.fromEntries(names.map((n) => [n, apply]))]));
}

/**
 * Marks the entity manager of a query (not a mutation) read-only, so its loaders and list pages read
 * plain rows instead of managed entities (`findLean` in @hub/db): a query changes nothing.
 */
function readOnlyQueriesPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const em = (contextValue as { em?: EntityManager }).em;
          if (operation?.operation === OperationTypeNode.QUERY && em) markReadOnly(em);
        },
      };
    },
  };
}

export interface SubgraphServerOptions<TContext extends SubgraphBaseContext> {
  name: string;
  config: SubgraphConfig;
  schema: GraphQLSchema;
  log: Logger;
  /** Adds the subgraph's own per-request state (entity manager fork, loaders). */
  extendContext: (base: SubgraphBaseContext) => TContext;
  ready: () => Promise<boolean>;
  /** Writes access-log rows in the subgraph's own database; a failure withholds the response's data. */
  writeAccessLog: (rows: AccessLogRow[]) => Promise<void>;
  /** The database pool's connections, for `/metrics`. */
  poolStats?: () => PoolStats | undefined;
}

/**
 * A subgraph's HTTP server: refuses requests without the gateway's shared secret before reading them,
 * verifies the caller's token again, counts SQL per request and masks unexpected errors.
 */
export async function createSubgraphServer<TContext extends SubgraphBaseContext>(options: SubgraphServerOptions<TContext>) {
  const { config, log } = options;
  const verifier = createTokenVerifier(config.auth);
  const armor = queryLimits<TContext>();
  const metrics = new SubgraphMetrics(options.name, options.poolStats);
  const writeAccessLog = async (rows: AccessLogRow[]): Promise<void> => {
    try {
      await options.writeAccessLog(rows);
      metrics.observeAccessLogWrite('ok', rows.length);
    } catch (error) {
      metrics.observeAccessLogWrite('failed', rows.length);
      throw error;
    }
  };
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
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
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No answer is cached (children's data), and the cache-control plugin would wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      accessLogPlugin<TContext>(writeAccessLog, log),
      readOnlyQueriesPlugin<TContext>(),
      ...commonPlugins<TContext>(log, (ctx) => ctx.language ?? 'id'),
    ],
  });
  await apollo.start();

  const http = createGraphQLHttpServer<TContext>({
    apollo,
    log,
    guard: (req: IncomingMessage) =>
      secretsEqual(req.headers[SUBGRAPH_SECRET_HEADER] as string | undefined, config.subgraphSecret)
        ? undefined
        : { status: 401, code: 'UNAUTHENTICATED', message: 'This subgraph only answers the hub gateway.' },
    context: async (req, correlationId, signal) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new UnauthenticatedError();
      const viewer = await verifier.verify(token);
      return options.extendContext({
        viewer,
        token,
        correlationId,
        statements: currentStatementCounter() ?? new StatementCounter(),
        access: new AccessRecorder(),
        smallCellThreshold: config.smallCellThreshold,
        cellKeySecret: createHmac('sha256', config.subgraphSecret).update('statistics cell key').digest('hex'),
        signal,
        callerCorrelationId: callerCorrelationIdOf(req),
        language: languageOf(req.headers['accept-language']),
      });
    },
    around: (fn) => {
      // The counter is created here, before the context, so every statement of the request is counted.
      return withStatementCounter(new StatementCounter(), fn);
    },
    responseHeaders: (context): Record<string, string> =>
      config.nodeEnv === 'production' ? {} : { 'x-hub-sql-statements': String(context.statements.count) },
    ready: async () => {
      const ok = await options.ready();
      return { ready: ok, body: { status: ok ? 'ready' : 'not ready', database: ok ? 'up' : 'unavailable' } };
    },
    metrics: {
      metrics,
      production: config.nodeEnv === 'production',
      ...(config.telemetry?.metricsToken ? { token: config.telemetry.metricsToken } : {}),
    },
  });

  return {
    apollo,
    http,
    metrics,
    async stop(): Promise<void> {
      await closeHttpServer(http, config.shutdownDrainMs);
      await apollo.stop();
    },
  };
}
