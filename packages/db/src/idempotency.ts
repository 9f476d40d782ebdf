import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '@hub/errors';

/** The table behind idempotency keys; every subgraph with create mutations adds it with one migration. */
export const IDEMPOTENCY_TABLE_SQL = `
  create table idempotency_key (
    actor varchar(255) not null,
    operation varchar(64) not null,
    key varchar(128) not null,
    request_hash char(64) not null,
    result_id varchar(64),
    created_at timestamptz not null default now(),
    primary key (actor, operation, key)
  );
`;
export const IDEMPOTENCY_DROP_SQL = 'drop table idempotency_key;';

/** Thrown when a key is replayed with different input: a CONFLICT the caller sees as it is. */
export class IdempotencyConflict extends ConflictError {
  constructor() {
    super('This idempotency key was already used with different input; use a new key for a new request.');
  }
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** A stable hash of a mutation's input (key order does not matter). */
export function inputHash(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

/** What a create mutation's work returns: the record it wrote, or refusals (then nothing is kept). */
export type CreateOutcome<E> = { id: string } | { errors: E[] };

class Refused<E> extends Error {
  constructor(readonly errors: E[]) {
    super('refused');
  }
}

/**
 * Runs a create mutation once per (actor, operation, key), in one transaction. A replay with the same
 * input returns the first result and writes nothing; with different input it throws
 * IdempotencyConflict. Concurrent duplicates wait on the key's row, so only one writes. Refusals roll
 * everything back, the key included, so a corrected request may reuse it. Without a key it just runs.
 */
export async function runIdempotent<E>(
  em: EntityManager,
  claim: { actor: string; operation: string; key?: string | null; input: unknown },
  work: (tx: EntityManager) => Promise<CreateOutcome<E>>,
): Promise<{ outcome: CreateOutcome<E>; replayed: boolean }> {
  try {
    return await em.transactional(async (tx) => {
      if (claim.key) {
        const hash = inputHash(claim.input);
        const claimed: unknown[] = await tx.execute(
          'insert into idempotency_key (actor, operation, key, request_hash) values (?, ?, ?, ?) on conflict do nothing returning key',
          [claim.actor, claim.operation, claim.key, hash],
        );
        if (claimed.length === 0) {
          const [row] = (await tx.execute(
            'select request_hash, result_id from idempotency_key where actor = ? and operation = ? and key = ?',
            [claim.actor, claim.operation, claim.key],
          )) as Array<{ request_hash: string; result_id: string | null }>;
          if (!row || row.request_hash !== hash) throw new IdempotencyConflict();
          return { outcome: { id: row.result_id! }, replayed: true };
        }
      }
      const outcome = await work(tx);
      if ('errors' in outcome) throw new Refused(outcome.errors);
      await tx.flush();
      if (claim.key) {
        await tx.execute('update idempotency_key set result_id = ? where actor = ? and operation = ? and key = ?', [
          outcome.id,
          claim.actor,
          claim.operation,
          claim.key,
        ]);
      }
      return { outcome, replayed: false };
    });
  } catch (error) {
    if (error instanceof Refused) return { outcome: { errors: error.errors as E[] }, replayed: false };
    throw error;
  }
}
