import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, PageInfo, PayloadOf, TOTAL_COUNT_DESCRIPTION, IdempotentInput } from '@hub/federation';
import {
  BreachOutcome,
  BreachReport,
  BreachReportStatus,
  type BreachOutcomeCode,
  type BreachReportStatusCode,
} from './breach.entity';

@InputType({ description: 'A PK reports that the person did not do their community service without valid reason.' })
export class FileBreachReportInput extends IdempotentInput {
  @Field(() => ID) orderId!: string;

  @Field(() => [DateScalar], { description: 'The days of the absences without valid reason (Asia/Jakarta).' })
  absenceDates!: string[];

  @Field({ description: 'What happened and what reasons the person gave (at least 20 characters).' }) reasons!: string;
}

@InputType({ description: "The supervising prosecutor's outcome of a breach report (KUHP Art. 85(7), 85(8))." })
export class RecordBreachOutcomeInput {
  @Field(() => ID) reportId!: string;

  @Field(() => BreachOutcome) outcome!: BreachOutcomeCode;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours to repeat, months to serve or rupiah to pay (all or part); empty for NO_BREACH.',
  })
  amount?: number | null;

  @Field({ description: "The prosecutor's or the court's decision number." }) decisionReference!: string;

  @Field(() => String, { nullable: true }) notes?: string | null;
}

@ObjectType({ description: 'The result of fileBreachReport or recordBreachOutcome.' })
export class BreachReportPayload extends PayloadOf({ breachReport: BreachReport }, { replayed: true }) {}

@ObjectType({ description: 'A breach report in a page.' })
export class BreachReportEdge {
  @Field() cursor!: string;

  @Field(() => BreachReport) node!: BreachReport;
}

@ObjectType({ description: 'A page of breach reports (Relay connection).' })
export class BreachReportConnection {
  @Field(() => [BreachReportEdge]) edges!: BreachReportEdge[];

  @Field(() => [BreachReport]) nodes!: BreachReport[];

  @Field(() => PageInfo) pageInfo!: PageInfo;

  @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION }) totalCount!: number;
}

@ArgsType()
export class BreachReportsArgs {
  @Field(() => BreachReportStatus, { nullable: true, description: 'FILED: the inbox of reports waiting for an outcome.' })
  status?: BreachReportStatusCode | null;

  @Field(() => Int, { nullable: true }) first?: number | null;

  @Field(() => String, { nullable: true }) after?: string | null;
}
