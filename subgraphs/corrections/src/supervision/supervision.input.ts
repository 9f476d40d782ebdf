import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf, IdempotentInput } from '@hub/federation';
import { SessionKind, SupervisionSession, type SessionKindCode } from './supervision.entity';

@InputType({ description: 'Record a supervision session.' })
export class RecordSupervisionSessionInput extends IdempotentInput {
  @Field(() => ID) clientId!: string;

  @Field(() => DateScalar) heldOn!: string;

  @Field(() => SessionKind) kind!: SessionKindCode;

  @Field({ description: 'Where (for a home visit, the address: identity data).' }) place!: string;

  @Field({ description: 'What was discussed and agreed.' }) summary!: string;
}

@ObjectType({ description: 'The result of recordSupervisionSession.' })
export class RecordSupervisionSessionPayload extends PayloadOf({ session: SupervisionSession }, { replayed: true }) {}
