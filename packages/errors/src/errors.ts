import { GraphQLError } from 'graphql';

/** Stable error codes a client may rely on (`extensions.code`). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'AGENCY_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error whose message is safe to show to the caller; anything else is masked. */
export class HubError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'HubError';
  }
}

/** The caller presented no valid token. */
export class UnauthenticatedError extends HubError {
  constructor(message = 'A valid bearer token is required.') {
    super('UNAUTHENTICATED', message);
  }
}

/** The caller is known but may not do or see this. */
export class ForbiddenError extends HubError {
  constructor(message = 'You are not allowed to access this.') {
    super('FORBIDDEN', message);
  }
}

/** The record does not exist (or the caller may not know that it exists). */
export class NotFoundError extends HubError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

/** Input the caller can fix; names the field and the rule. */
export class BadUserInputError extends HubError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

/** The request conflicts with what is stored (a duplicate, a stale state). */
export class ConflictError extends HubError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
