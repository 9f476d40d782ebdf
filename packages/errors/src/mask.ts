import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from './errors';

/**
 * Codes whose messages are safe to pass on: our own typed errors, and GraphQL's own parse and
 * validation errors (they echo only what the caller sent).
 */
const SAFE_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The message every unexpected error is replaced with. */
export const MASKED_MESSAGE = 'Internal error. Quote the correlation id to the hub administrators.';

function codeOf(error: unknown): string | undefined {
  const code = error instanceof GraphQLError ? error.extensions?.['code'] : undefined;
  return typeof code === 'string' ? code : undefined;
}

function isDatabaseError(error: unknown): boolean {
  // MikroORM and pg errors carry SQL with values filled in; whatever code they were wrapped with, mask them.
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  return (
    (typeof name === 'string' && /DriverException|DatabaseError|QueryFailed|Exception$/.test(name)) ||
    'sqlState' in error ||
    'sqlMessage' in error
  );
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown: the server is restarting
  '57P02',
  '57P03', // cannot_connect_now: still starting up
  '53300', // too_many_connections
]);

/**
 * True when the error says the database could not be reached or went away (a restart, a network cut,
 * no free connection), as opposed to a fault in the request: the caller may simply try again later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; sqlState?: unknown; name?: unknown; message?: unknown };
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (typeof e.sqlState === 'string' && e.sqlState.startsWith('08')) return true;
    if (e.name === 'KnexTimeoutError' || e.name === 'ConnectionException') return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|connection (is )?closed|terminating connection due to administrator command/i.test(
        e.message,
      )
    ) {
      return true;
    }
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The message a request gets when its subgraph's database is away (in Indonesian by default: messages-id.ts). */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "This agency's database cannot be reached right now; nothing was changed, try again shortly.";

/** True when the error's message may be shown to the caller as it is. */
export function isSafeError(error: unknown): boolean {
  const code = codeOf(error);
  const original = error instanceof GraphQLError ? error.originalError : error;
  return code !== undefined && SAFE_CODES.has(code) && !isDatabaseError(original);
}

/**
 * Removes graphql-js's "Did you mean …?" hints: they list schema names and valid enum values (variable
 * coercion adds them even where validation suggestions are blocked).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

/**
 * Formats an error for the client: a known code keeps its message; anything else becomes a generic
 * internal error. Only `code`, a user-error `field` and the `agency` of an unavailable part survive in `extensions` (the correlation id is
 * stamped by the server plugin); the detail goes to the log, never to the client.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && SAFE_CODES.has(code) && isSafeError(error)) {
    const field = formatted.extensions?.['field'];
    const agency = formatted.extensions?.['agency'];
    return {
      message: withoutSuggestions(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code,
        ...(typeof field === 'string' ? { field } : {}),
        ...(typeof agency === 'string' && /^[A-Z_]{1,32}$/.test(agency) ? { agency } : {}),
      },
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return {
    message: MASKED_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
