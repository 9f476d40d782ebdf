import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf, Sex, type SexCode, IdempotentInput } from '@hub/federation';
import { Under12Decision, Under12Outcome, type Under12OutcomeCode } from './under12.entity';

@InputType({ description: 'The decision for a child under 12 at the offence (SPPA Art. 21; KUHP Art. 41).' })
export class RecordUnder12DecisionInput extends IdempotentInput {
  @Field() childFullName!: string;

  @Field(() => DateScalar) childBirthDate!: string;

  @Field(() => Sex) sex!: SexCode;

  @Field(() => String, { nullable: true }) guardianName?: string | null;

  @Field() districtCode!: string;

  @Field(() => DateScalar) offenseDate!: string;

  @Field() offenseDescription!: string;

  @Field({ description: 'The investigator who took part: name and unit.' }) investigator!: string;

  @Field(() => ID, { nullable: true, description: 'The PK who took part; the caller when a PK records it.' })
  officerId?: string | null;

  @Field({ description: 'The professional social worker who took part.' }) socialWorker!: string;

  @Field(() => DateScalar) decidedOn!: string;

  @Field(() => Under12Outcome) outcome!: Under12OutcomeCode;

  @Field(() => String, { nullable: true, description: 'For a programme: the government agency or LPKS.' })
  institution?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a programme: 1 to 6 months (SPPA Art. 21(1)(b)).' })
  programmeMonths?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "For a programme: when Bapas evaluates it (SPPA Art. 21(3)); the programme's end by default.",
  })
  reviewOn?: string | null;
}

@ObjectType({ description: 'The result of recordUnder12Decision.' })
export class Under12DecisionPayload extends PayloadOf({ decision: Under12Decision }, { replayed: true }) {}
