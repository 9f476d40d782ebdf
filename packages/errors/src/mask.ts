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
 * internal error. Only `code` and a user-error `field` survive in `extensions` (the correlation id is
 * stamped by the server plugin); the detail goes to the log, never to the client.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && SAFE_CODES.has(code) && isSafeError(error)) {
    const field = formatted.extensions?.['field'];
    return {
      message: withoutSuggestions(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  return {
    message: MASKED_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
