import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, PayloadOf, IdempotentInput } from '@hub/federation';
import type { DiversionTriggerCode } from '@hub/reference';
import { CaseStage, type CaseStageCode } from '../enums';
import { CaseFile } from './case.entity';
import { DiversionTrigger } from './diversion.rules';

/** The input of a command on one case: its id (the command's other fields follow). */
@InputType()
export abstract class OnCase {
  @Field(() => ID) caseId!: string;
}

@InputType({ description: 'Open a case for a client (*pembukaan perkara*).' })
export class OpenCaseInput extends IdempotentInput {
  @Field(() => ID) clientId!: string;

  @Field({ description: 'Case number (*nomor perkara*), e.g. the police report number; unique.' }) caseNumber!: string;

  @Field({ description: 'Code from the offence catalogue, e.g. "THEFT".' }) offenseCode!: string;

  @Field(() => DateScalar) offenseDate!: string;

  @Field({ defaultValue: false, description: 'A repeat offence (*pengulangan*): no diversion (SPPA Art. 7(2)(b)).' })
  repeatOffense!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the investigation began (*dimulainya penyidikan*): diversion must start within 7 days of it (SPPA Art. 29(1)). Today by default.',
  })
  investigationStartedOn?: string | null;
}

@ObjectType({ description: 'The result of openCase.' })
export class OpenCasePayload extends PayloadOf({ case: CaseFile }, { replayed: true }) {}

@ObjectType({ description: 'The result of a change to a case (stage or diversion).' })
export class CasePayload extends PayloadOf({ case: CaseFile }) {}

export const DiversionOutcome = { AGREED: 'AGREED', FAILED: 'FAILED' } as const;
export type DiversionOutcomeCode = keyof typeof DiversionOutcome;
registerEnumType(DiversionOutcome, {
  name: 'DiversionOutcome',
  description: 'Diversion ended in an agreement (*kesepakatan diversi*) or failed.',
});

@InputType()
export class AdvanceCaseStageInput extends OnCase {
  @Field(() => CaseStage) stage!: CaseStageCode;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Moving to ADJUDICATION: the day the judge was designated (*penetapan hakim*); diversion must start within 7 days of it (SPPA Art. 52(2)). Today by default.',
  })
  judgeDesignatedOn?: string | null;
}

@InputType({ description: "Record the legal moment a stage's diversion clock starts (SPPA Art. 29(1), 42(1), 52(2))." })
export class RecordDiversionTriggerInput extends OnCase {
  @Field(() => DiversionTrigger) trigger!: DiversionTriggerCode;

  @Field(() => DateScalar, { description: 'The day of the trigger (Asia/Jakarta).' }) on!: string;
}

@InputType()
export class StartDiversionInput extends OnCase {
  @Field(() => DateScalar, { description: 'The day the diversion deliberation started.' }) startedOn!: string;
}

@InputType()
export class RecordDiversionOutcomeInput extends OnCase {
  @Field(() => DiversionOutcome) outcome!: DiversionOutcomeCode;

  @Field(() => DateScalar, { nullable: true, description: 'The day diversion ended; today by default.' })
  concludedOn?: string | null;
}
