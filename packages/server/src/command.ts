import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { GraphQLScalarType } from 'graphql';
import { Arg, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
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

/**
 * The payload of a command that writes a record: the record, read back, under `field` (null when the
 * command was refused), the refusals, and whether the answer is a replay.
 */
export async function writtenPayload<K extends string, T extends object>(
  em: EntityManager,
  result: CommandResult,
  field: K,
  entity: EntityName<T>,
): Promise<Record<K, T | null> & { userErrors: UserError[]; replayed: boolean }> {
  const record = result.id ? await em.findOne(entity, { id: result.id } as FilterQuery<T>) : null;
  return { [field]: record, userErrors: result.userErrors, replayed: result.replayed } as Record<K, T | null> & {
    userErrors: UserError[];
    replayed: boolean;
  };
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

/** One mutation of a subgraph: its payload and argument types, its description, and the service function it runs. */
export interface MutationSpec<C> {
  payload: ClassType;
  argument: { name: string; type: ClassType | GraphQLScalarType };
  description: string;
  run: (ctx: C, argument: never) => Promise<object>;
}

/**
 * A mutation that runs a service function (a command) and answers its payload; the argument is
 * `input` of the given input type, or a named scalar (`{ siteId: ID }`).
 */
export function mutation<C, A extends object | string, P extends object>(
  payload: new () => P,
  argument: (A extends object ? ClassType<A> : never) | Record<string, GraphQLScalarType>,
  run: (ctx: C, argument: A) => Promise<Partial<P>>,
  description: string,
): MutationSpec<C> {
  const [name, type]: [string, ClassType | GraphQLScalarType] =
    typeof argument === 'function' ? ['input', argument as ClassType] : Object.entries(argument)[0]!;
  return { payload, argument: { name, type }, description, run: run as MutationSpec<C>['run'] };
}

/**
 * The mutations of an aggregate as one resolver class, from a table of commands: each resolver
 * method only translates (argument in, payload out), so the service is the one place that decides.
 *
 *   export const PlacementMutations = mutationsOf<WorksitesContext>({
 *     placeOrder: mutation(PlaceOrderPayload, PlaceOrderInput, placeOrder, 'Places an order …'),
 *   });
 */
export function mutationsOf<C>(specs: Record<string, MutationSpec<C>>): ClassType {
  @Resolver()
  class Mutations {}
  for (const [name, spec] of Object.entries(specs)) {
    const method = async (argument: never, ctx: C) => Object.assign(new spec.payload(), await spec.run(ctx, argument));
    Object.defineProperty(Mutations.prototype, name, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(Mutations.prototype, name)!;
    Mutation(() => spec.payload, { description: spec.description })(Mutations.prototype, name, descriptor);
    Arg(spec.argument.name, () => spec.argument.type)(Mutations.prototype, name, 0);
    Ctx()(Mutations.prototype, name, 1);
  }
  return Mutations;
}
