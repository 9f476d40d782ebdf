import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A Bapas referral (owned by corrections); DP3AP2KB adds its response. */
@ObjectType('Referral', { description: 'A referral of a client by Bapas (owned by corrections).' })
@Directive('@key(fields: "id")')
export class ReferralRef {
  @Field(() => ID) id!: string;
}
