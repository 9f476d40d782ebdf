import { Directive, Field, InputType, ObjectType, type ClassType } from 'type-graphql';

/**
 * A refusal the user can fix, as data in a mutation payload: which field, which rule, which article.
 * The one refusal type of the hub: the pure rules (`*.rules.ts`) return these, the command skeleton
 * (@hub/server `runCommand`) rolls back on them, and the payloads carry them as `userErrors`.
 */
@ObjectType({
  description:
    'A refusal the user can fix (*kesalahan masukan*): the field, a stable code, the rule in words, and the article of law where one applies.',
})
@Directive('@shareable')
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field, e.g. "input.orderedHours".' }) field!: string | null;

  @Field({ description: 'Stable code, e.g. "HOURS_OUT_OF_RANGE".' }) code!: string;

  @Field({ description: 'The rule in words a PK understands.' }) message!: string;

  @Field(() => String, { nullable: true, description: 'The article of law, e.g. "KUHP Art. 85(4)".' }) article!: string | null;
}

/**
 * The base of a create command's input, which a client may send again: its `idempotencyKey`, with
 * which a retried request is answered with the first result (`runCommand`, @hub/server). The input
 * type is the subclass: `@InputType() export class ReferClientInput extends IdempotentInput { … }`.
 */
@InputType()
export abstract class IdempotentInput {
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

/** Builds a UserError. */
export function userError(field: string | null, code: string, message: string, article?: string | null): UserError {
  return Object.assign(new UserError(), { field, code, message, article: article ?? null });
}

/** The same refusals, their fields under `prefix` (a rule names `orderedHours`; the mutation's field is `input.orderedHours`). */
export function userErrorsAt(prefix: string, errors: readonly UserError[]): UserError[] {
  return errors.map((e) => userError(e.field === null ? prefix : `${prefix}.${e.field}`, e.code, e.message, e.article));
}

/** The records a payload shows, by field name, each null when refused. */
type PayloadRecords<F extends Record<string, ClassType>> = { [K in keyof F]: InstanceType<F[K]> | null };

export interface PayloadOptions {
  /** Adds `replayed: Boolean!` (create mutations, which take an idempotency key), with this description if a string. */
  replayed?: boolean | string;
}

/**
 * A mutation payload as a base class: the records it shows (nullable, in the order given), then
 * `userErrors`, then `replayed` when asked for. The payload type is the subclass, with its own name
 * and description:
 *
 *   @ObjectType({ description: 'The result of placeOrder.' })
 *   export class PlaceOrderPayload extends PayloadOf({ placement: Placement }, { replayed: true }) {}
 */
export function PayloadOf<F extends Record<string, ClassType>>(
  records: F,
  options: PayloadOptions = {},
): abstract new () => PayloadRecords<F> & { userErrors: UserError[]; replayed: boolean } {
  // Abstract: only its named subclasses become schema types.
  @ObjectType()
  abstract class Payload {}
  for (const [name, type] of Object.entries(records)) Field(() => type, { nullable: true })(Payload.prototype, name);
  Field(() => [UserError])(Payload.prototype, 'userErrors');
  if (options.replayed) {
    Field(() => Boolean, typeof options.replayed === 'string' ? { description: options.replayed } : {})(
      Payload.prototype,
      'replayed',
    );
  }
  return Payload as unknown as abstract new () => PayloadRecords<F> & { userErrors: UserError[]; replayed: boolean };
}
