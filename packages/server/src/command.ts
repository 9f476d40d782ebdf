import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import type { UserError } from '@hub/federation';

/** What a command needs of the request: the caller and the request's entity manager. */
export interface CommandContext {
  em: EntityManager;
  viewer: Viewer;
}

/** What a command answers: the record it wrote (or first wrote, on a replay), or the refusals. */
export interface CommandResult {
  id: string | null;
  userErrors: UserError[];
  replayed: boolean;
}

/**
 * One mutation, step by step (every mutation of every subgraph is one of these):
 *
 * 1. `authorize`: who may, for this record: a named helper of the entity's `*.access.ts`; throws
 *    FORBIDDEN (or NOT_FOUND) and returns what the command acts on.
 * 2. `earlier`: an answer already given to the same request (a natural key, e.g. a referral answered
 *    before), returned as it is.
 * 3. In one transaction, once per idempotency key when the input carries one (`input.idempotencyKey`):
 *    `facts` reads what the rules need (taking locks), `validate` applies the pure rules of
 *    `*.rules.ts` (every refusal at once), `persist` writes and names the record the payload shows
 *    (or refuses, when writing finds a race lost), `audit` records what the command leaves behind
 *    about itself (a version, a history row). Any refusal rolls everything back, the key included.
 * 4. `then`: what follows the commit at another agency (not on a replay); its refusals are added.
 */
export interface Command<TTarget, TFacts> {
  /** The operation: the scope of the idempotency key. */
  name: string;
  /** The input as sent; an `idempotencyKey` in it makes the command run once per key. */
  input: object;
  authorize: () => Promise<TTarget> | TTarget;
  earlier?: (target: TTarget) => Promise<CommandResult | null> | CommandResult | null;
  facts?: (tx: EntityManager, target: TTarget) => Promise<TFacts> | TFacts;
  validate: (target: TTarget, facts: TFacts) => UserError[];
  persist: (tx: EntityManager, target: TTarget, facts: TFacts) => Promise<string | UserError[]> | string | UserError[];
  audit?: (tx: EntityManager, id: string, target: TTarget, facts: TFacts) => Promise<void>;
  then?: (id: string, target: TTarget) => Promise<UserError[]>;
}

/** Runs a command (see Command); returns its result and what it acted on, for the payload. */
export async function runCommand<TTarget, TFacts = undefined>(
  ctx: CommandContext,
  command: Command<TTarget, TFacts>,
): Promise<CommandResult & { target: TTarget }> {
  const target = await command.authorize();
  const earlier = command.earlier ? await command.earlier(target) : null;
  if (earlier) return { ...earlier, target };
  const { idempotencyKey, ...input } = command.input as { idempotencyKey?: string | null };
  // A replay with other input throws IdempotencyConflict, itself a CONFLICT the caller sees.
  const { outcome, replayed } = await runIdempotent<UserError>(
    ctx.em,
    { actor: ctx.viewer.userId, operation: command.name, key: idempotencyKey, input },
    async (tx) => {
      const facts = (command.facts ? await command.facts(tx, target) : undefined) as TFacts;
      const refusals = command.validate(target, facts);
      if (refusals.length) return { errors: refusals };
      const written = await command.persist(tx, target, facts);
      if (typeof written !== 'string') return { errors: written };
      if (command.audit) {
        await tx.flush();
        await command.audit(tx, written, target, facts);
      }
      return { id: written };
    },
  );
  if ('errors' in outcome) return { id: null, userErrors: outcome.errors, replayed, target };
  const after = command.then && !replayed ? await command.then(outcome.id, target) : [];
  return { id: outcome.id, userErrors: after, replayed, target };
}
