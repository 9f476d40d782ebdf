import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PayloadOf, IdempotentInput } from '@hub/federation';
import { PsychosocialService, ServiceKind, type ServiceKindCode } from './psychosocial-service.entity';

@InputType({ description: 'A psychosocial service delivered to the child.' })
export class RecordPsychosocialServiceInput extends IdempotentInput {
  @Field(() => ID) protectionCaseId!: string;

  @Field(() => ServiceKind) kind!: ServiceKindCode;

  @Field(() => Date) deliveredAt!: Date;

  @Field() attended!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Clinical notes: only the assigned psychologist may write (and read) them.',
  })
  clinicalNotes?: string | null;
}

@ObjectType({ description: 'The result of recordPsychosocialService.' })
export class RecordPsychosocialServicePayload extends PayloadOf({ service: PsychosocialService }, { replayed: true }) {}
