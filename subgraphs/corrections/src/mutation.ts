import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runIdempotent, type CreateOutcome } from '@hub/db';
import type { UserError } from '@hub/federation';
import type { CorrectionsContext } from './context';

/**
 * Runs a create mutation's work once per idempotency key (per user and operation), in a transaction.
 * Returns the id of the record written (or first written, on a replay), or the refusals.
 */
export async function createOnce(
  ctx: CorrectionsContext,
  operation: string,
  input: { idempotencyKey?: string | null },
  work: (tx: EntityManager) => Promise<CreateOutcome<UserError>>,
): Promise<{ id: string | null; userErrors: UserError[]; replayed: boolean }> {
  const { idempotencyKey, ...rest } = input;
  // A replay with other input throws IdempotencyConflict, itself a CONFLICT the caller sees.
  const { outcome, replayed } = await runIdempotent(
    ctx.em,
    { actor: ctx.viewer.userId, operation, key: idempotencyKey, input: rest },
    work,
  );
  return 'errors' in outcome ? { id: null, userErrors: outcome.errors, replayed } : { id: outcome.id, userErrors: [], replayed };
}

/** A new record id. */
export const newId = (): string => randomUUID();
