/**
 * Configuration, read once per process from the environment and validated with zod.
 * This is the only module in the repository that reads `process.env` (enforced by lint).
 */
import { z } from 'zod';

export type Environment = Record<string, string | undefined>;

/** Thrown when the environment does not describe a valid configuration; lists every problem. */
export class ConfigError extends Error {
  constructor(
    readonly component: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${component}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const nodeEnv = z.enum(['development', 'test', 'production']).default('development');
const port = z.coerce.number().int().min(0).max(65535);
const secret = z.string().min(32, 'must be at least 32 characters');
const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined));

/** How tokens are verified: an HS256 shared secret (demo) or a JWKS URL (production identity provider). */
export interface AuthSettings {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

const authShape = {
  AUTH_HS256_SECRET: secret.optional(),
  AUTH_JWKS_URL: optionalUrl,
  AUTH_ISSUER: z.string().min(1).default('jambi-abh-hub'),
  AUTH_AUDIENCE: z.string().min(1).default('jambi-abh-hub'),
};

/**
 * Traces and metrics. Traces go to an OTLP/HTTP endpoint (a collector), or nowhere by default;
 * `/metrics` needs the operator's bearer token in production (without one it is switched off there).
 */
export interface TelemetrySettings {
  /** OTLP/HTTP base URL; spans are posted to `<url>/v1/traces`. Unset: no tracing at all. */
  otlpEndpoint?: string;
  /** How long finished spans wait to be sent in one batch. */
  exportDelayMs: number;
  /** Bearer token that `/metrics` requires; unset: open outside production, off in production. */
  metricsToken?: string;
}

const telemetryShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(10).max(60_000).default(5_000),
  METRICS_TOKEN: secret.optional().or(z.literal('').transform(() => undefined)),
};

function telemetryFrom(env: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_BSP_SCHEDULE_DELAY: number;
  METRICS_TOKEN?: string | undefined;
}): TelemetrySettings {
  return {
    ...(env.OTEL_EXPORTER_OTLP_ENDPOINT ? { otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
    exportDelayMs: env.OTEL_BSP_SCHEDULE_DELAY,
    ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
  };
}

/**
 * Reads only the telemetry settings: tracing must start before the modules it instruments are
 * loaded, so before the rest of the configuration is read.
 */
export function loadTelemetryConfig(component: string, env: Environment = process.env): TelemetrySettings {
  return telemetryFrom(parse(component, z.object(telemetryShape), env));
}

function parse<T extends z.ZodTypeAny>(component: string, schema: T, env: Environment): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      component,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data as z.infer<T>;
}

function authFrom(env: {
  AUTH_HS256_SECRET?: string;
  AUTH_JWKS_URL?: string;
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
}): AuthSettings {
  return {
    ...(env.AUTH_HS256_SECRET ? { hs256Secret: env.AUTH_HS256_SECRET } : {}),
    ...(env.AUTH_JWKS_URL ? { jwksUrl: env.AUTH_JWKS_URL } : {}),
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
  };
}

const requireVerifier = (env: { AUTH_HS256_SECRET?: string; AUTH_JWKS_URL?: string }, ctx: z.RefinementCtx): void => {
  if (!env.AUTH_HS256_SECRET && !env.AUTH_JWKS_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_JWKS_URL'], message: 'set AUTH_JWKS_URL or AUTH_HS256_SECRET' });
  }
};

/** One subgraph process. */
export interface SubgraphConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  databaseUrl: string;
  subgraphSecret: string;
  auth: AuthSettings;
  /** `if-empty` seeds the deterministic demo data when the database has none (the demo); `never` in production. */
  demoSeed: 'if-empty' | 'never';
  /** Pins "today" (Asia/Jakarta date) for the demo seed; by default the real date. */
  seedToday?: string;
  /** Aggregates suppress counts from 1 to this minus 1 (DOMAIN.md §4, principle 5). */
  smallCellThreshold: number;
  /** The hub gateway, for writes that need another agency's facts (fetched with the caller's own token). */
  gatewayUrl?: string;
  logLevel: LogLevel;
  /** On SIGTERM, how long requests already received may take to finish before their connections are cut. */
  shutdownDrainMs: number;
  /** Tracing and `/metrics`; absent means tracing off and `/metrics` as outside production without a token. */
  telemetry?: TelemetrySettings;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const logLevel = z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info');
const drainMs = z.coerce.number().int().min(0).max(120_000).default(10_000);
const timeoutMs = z.coerce.number().int().min(100).max(120_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const subgraphEnvironment = z.object({
  NODE_ENV: nodeEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL'),
  SUBGRAPH_SECRET: secret,
  DEMO_SEED: z.enum(['if-empty', 'never']).default('never'),
  SEED_TODAY: isoDate.optional(),
  SMALL_CELL_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
  GATEWAY_URL: optionalUrl,
  LOG_LEVEL: logLevel,
  SHUTDOWN_DRAIN_MS: drainMs,
  ...authShape,
  ...telemetryShape,
});

/** Reads a subgraph's configuration; `component` names it in error messages. */
export function loadSubgraphConfig(component: string, env: Environment = process.env): SubgraphConfig {
  const schema = subgraphEnvironment.superRefine(requireVerifier);
  const e = parse(component, schema, env);
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    subgraphSecret: e.SUBGRAPH_SECRET,
    auth: authFrom(e),
    demoSeed: e.NODE_ENV === 'production' ? 'never' : e.DEMO_SEED,
    ...(e.SEED_TODAY ? { seedToday: e.SEED_TODAY } : {}),
    smallCellThreshold: e.SMALL_CELL_THRESHOLD,
    ...(e.GATEWAY_URL ? { gatewayUrl: e.GATEWAY_URL } : {}),
    logLevel: e.LOG_LEVEL,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    telemetry: telemetryFrom(e),
  };
}

/** The three subgraphs the gateway routes to, by their supergraph names. */
export const SUBGRAPH_NAMES = ['corrections', 'child-protection', 'worksites'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  supergraphPath: string;
  subgraphs: Record<SubgraphName, { url: string; secret: string; timeoutMs: number }>;
  /** The default deadline of one subgraph fetch (each subgraph may have its own). */
  subgraphTimeoutMs: number;
  /** Consecutive failures (unreachable, timed out, 5xx) after which a subgraph's circuit opens. */
  breakerFailures: number;
  /** How long an open circuit answers at once before it lets one request try the subgraph again. */
  breakerCooldownMs: number;
  /** The trusted-document manifest (hash → document); enforced for dashboard sessions in production. */
  trustedDocumentsPath?: string;
  auth: AuthSettings;
  logLevel: LogLevel;
  /** Tracing and `/metrics`; absent means tracing off and `/metrics` as outside production without a token. */
  telemetry?: TelemetrySettings;
  /** On SIGTERM, how long requests already received may take to finish before their connections are cut. */
  shutdownDrainMs: number;
  web: WebSettings;
}

/** The dashboard the gateway serves at `/`, and how people sign in to it. */
export interface WebSettings {
  /** The built web app (`packages/web/dist` by default). */
  distDir?: string;
  /** OpenID Connect sign-in (authorization code + PKCE); required for the dashboard in production. */
  oidc?: { authority: string; clientId: string; scope: string; redirectPath: string };
}

const gatewayEnvironment = z.object({
  NODE_ENV: nodeEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  SUPERGRAPH_PATH: z.string().min(1),
  CORRECTIONS_URL: z.string().url(),
  CORRECTIONS_SECRET: secret,
  CHILD_PROTECTION_URL: z.string().url(),
  CHILD_PROTECTION_SECRET: secret,
  WORKSITES_URL: z.string().url(),
  WORKSITES_SECRET: secret,
  SUBGRAPH_TIMEOUT_MS: timeoutMs.default(5_000),
  CORRECTIONS_TIMEOUT_MS: timeoutMs.optional(),
  CHILD_PROTECTION_TIMEOUT_MS: timeoutMs.optional(),
  WORKSITES_TIMEOUT_MS: timeoutMs.optional(),
  SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  SUBGRAPH_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  TRUSTED_DOCUMENTS_PATH: z.string().min(1).optional(),
  LOG_LEVEL: logLevel,
  SHUTDOWN_DRAIN_MS: drainMs,
  WEB_DIST_DIR: z.string().optional(),
  OIDC_AUTHORITY: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_SCOPE: z.string().min(1).default('openid profile'),
  ...authShape,
  ...telemetryShape,
});

/** Reads the gateway's configuration. */
export function loadGatewayConfig(env: Environment = process.env): GatewayConfig {
  const schema = gatewayEnvironment.superRefine(requireVerifier).superRefine((env, ctx) => {
    if (!!env.OIDC_AUTHORITY !== !!env.OIDC_CLIENT_ID) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['OIDC_CLIENT_ID'],
        message: 'set both OIDC_AUTHORITY and OIDC_CLIENT_ID, or neither',
      });
    }
    // Dashboard sessions run only the published operations in production (gateway/src/trusted-documents.ts).
    if (env.NODE_ENV === 'production' && !env.TRUSTED_DOCUMENTS_PATH) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['TRUSTED_DOCUMENTS_PATH'],
        message: 'required in production (schema/trusted-documents.json)',
      });
    }
  });
  const e = parse('gateway', schema, env);
  const timeout = (own: number | undefined): number => own ?? e.SUBGRAPH_TIMEOUT_MS;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    supergraphPath: e.SUPERGRAPH_PATH,
    subgraphs: {
      corrections: { url: e.CORRECTIONS_URL, secret: e.CORRECTIONS_SECRET, timeoutMs: timeout(e.CORRECTIONS_TIMEOUT_MS) },
      'child-protection': {
        url: e.CHILD_PROTECTION_URL,
        secret: e.CHILD_PROTECTION_SECRET,
        timeoutMs: timeout(e.CHILD_PROTECTION_TIMEOUT_MS),
      },
      worksites: { url: e.WORKSITES_URL, secret: e.WORKSITES_SECRET, timeoutMs: timeout(e.WORKSITES_TIMEOUT_MS) },
    },
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    breakerFailures: e.SUBGRAPH_BREAKER_FAILURES,
    breakerCooldownMs: e.SUBGRAPH_BREAKER_COOLDOWN_MS,
    ...(e.TRUSTED_DOCUMENTS_PATH ? { trustedDocumentsPath: e.TRUSTED_DOCUMENTS_PATH } : {}),
    auth: authFrom(e),
    telemetry: telemetryFrom(e),
    logLevel: e.LOG_LEVEL,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    web: {
      ...(e.WEB_DIST_DIR ? { distDir: e.WEB_DIST_DIR } : {}),
      ...(e.OIDC_AUTHORITY && e.OIDC_CLIENT_ID
        ? {
            oidc: {
              authority: e.OIDC_AUTHORITY,
              clientId: e.OIDC_CLIENT_ID,
              scope: e.OIDC_SCOPE,
              redirectPath: '/masuk/callback',
            },
          }
        : {}),
    },
  };
}

/** The `npm start` orchestrator (development and demo only). */
export interface DevConfig {
  dataDir: string;
  postgresPort: number;
  host: string;
  ports: { gateway: number } & Record<SubgraphName, number>;
  /** Existing PostgreSQL connection URLs; when all three are set, no embedded database is started. */
  databaseUrls?: Record<SubgraphName, string>;
  seedToday?: string;
  logLevel: LogLevel;
}

/** Reads the orchestrator's configuration. */
export function loadDevConfig(env: Environment = process.env): DevConfig {
  const schema = z.object({
    HUB_DATA_DIR: z.string().default('.data'),
    HUB_POSTGRES_PORT: port.default(54329),
    HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: port.default(4000),
    CORRECTIONS_PORT: port.default(4001),
    CHILD_PROTECTION_PORT: port.default(4002),
    WORKSITES_PORT: port.default(4003),
    CORRECTIONS_DATABASE_URL: optionalUrl,
    CHILD_PROTECTION_DATABASE_URL: optionalUrl,
    WORKSITES_DATABASE_URL: optionalUrl,
    SEED_TODAY: isoDate.optional(),
    LOG_LEVEL: logLevel,
  });
  const e = parse('npm start', schema, env);
  const urls = [e.CORRECTIONS_DATABASE_URL, e.CHILD_PROTECTION_DATABASE_URL, e.WORKSITES_DATABASE_URL];
  if (urls.some(Boolean) && !urls.every(Boolean)) {
    throw new ConfigError('npm start', [
      'set all three of CORRECTIONS_DATABASE_URL, CHILD_PROTECTION_DATABASE_URL and WORKSITES_DATABASE_URL, or none (embedded PostgreSQL)',
    ]);
  }
  return {
    dataDir: e.HUB_DATA_DIR,
    postgresPort: e.HUB_POSTGRES_PORT,
    host: e.HOST,
    ports: {
      gateway: e.GATEWAY_PORT,
      corrections: e.CORRECTIONS_PORT,
      'child-protection': e.CHILD_PROTECTION_PORT,
      worksites: e.WORKSITES_PORT,
    },
    ...(urls.every(Boolean)
      ? {
          databaseUrls: {
            corrections: e.CORRECTIONS_DATABASE_URL!,
            'child-protection': e.CHILD_PROTECTION_DATABASE_URL!,
            worksites: e.WORKSITES_DATABASE_URL!,
          },
        }
      : {}),
    ...(e.SEED_TODAY ? { seedToday: e.SEED_TODAY } : {}),
    logLevel: e.LOG_LEVEL,
  };
}

/** Test-run settings: an existing PostgreSQL admin URL to use instead of an embedded one, the fault tier's outage. */
export function loadTestConfig(env: Environment = process.env): {
  adminDatabaseUrl?: string;
  keepServices: boolean;
  /** How long the fault tier keeps PostgreSQL down (8 s by default; 60000 for the full outage drill). */
  faultDatabaseOutageMs: number;
} {
  const e = parse(
    'tests',
    z.object({
      TEST_ADMIN_DATABASE_URL: optionalUrl,
      TEST_KEEP_SERVICES: z.enum(['0', '1']).default('0'),
      FAULT_DB_OUTAGE_MS: z.coerce.number().int().min(1_000).max(600_000).default(8_000),
    }),
    env,
  );
  return {
    ...(e.TEST_ADMIN_DATABASE_URL ? { adminDatabaseUrl: e.TEST_ADMIN_DATABASE_URL } : {}),
    keepServices: e.TEST_KEEP_SERVICES === '1',
    faultDatabaseOutageMs: e.FAULT_DB_OUTAGE_MS,
  };
}

/** The child process environment is built from the parent's; exposed so launchers do not read process.env. */
export function currentEnvironment(): Environment {
  return { ...process.env };
}

/** Makes the test database server known to jest workers, which start after the global setup and inherit it. */
export function publishTestAdminUrl(url: string): void {
  process.env['TEST_ADMIN_DATABASE_URL'] = url;
}

/** The environment variables each kind of process reads (deployment manifests are checked against them). */
export const ENVIRONMENT_VARIABLES = {
  subgraph: Object.keys(subgraphEnvironment.shape),
  gateway: Object.keys(gatewayEnvironment.shape),
} as const;
