import { Directive, Field, ObjectType } from 'type-graphql';

/** A refusal the user can fix, as data in a mutation payload: which field, which rule, which article. */
@ObjectType({
  description:
    'A refusal the user can fix (*kesalahan masukan*): the field, a stable code, the rule in words, and the article of law where one applies.',
})
@Directive('@shareable')
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field, e.g. "input.orderedHours".' })
  field!: string | null;

  @Field({ description: 'Stable code, e.g. "HOURS_OUT_OF_RANGE".' })
  code!: string;

  @Field({ description: 'The rule in words a PK understands.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The article of law, e.g. "KUHP Art. 85(4)".' })
  article!: string | null;
}

/** Builds a UserError. */
export function userError(field: string | null, code: string, message: string, article?: string | null): UserError {
  return Object.assign(new UserError(), { field, code, message, article: article ?? null });
}
