import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate, type DiversionTriggerCode } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { CaseStage, OrderStatus, type CaseStageCode, type OrderStatusCode } from '../enums';
import { requireCaseworkOn } from '../client/client.service';
import { CaseFile } from '../case/case.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { diversionClock, DiversionTrigger } from '../case/diversion';
import { ORDER_TRANSITIONS, STAGE_TRANSITIONS, transitionRefusal } from './transitions';

const DiversionOutcome = { AGREED: 'AGREED', FAILED: 'FAILED' } as const;
type DiversionOutcomeCode = keyof typeof DiversionOutcome;
registerEnumType(DiversionOutcome, {
  name: 'DiversionOutcome',
  description: 'Diversion ended in an agreement (*kesepakatan diversi*) or failed.',
});

@InputType()
class AdvanceCaseStageInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStage)
  stage!: CaseStageCode;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Moving to ADJUDICATION: the day the judge was designated (*penetapan hakim*); diversion must start within 7 days of it (SPPA Art. 52(2)). Today by default.',
  })
  judgeDesignatedOn?: string | null;
}

@InputType({ description: "Record the legal moment a stage's diversion clock starts (SPPA Art. 29(1), 42(1), 52(2))." })
class RecordDiversionTriggerInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => DiversionTrigger)
  trigger!: DiversionTriggerCode;

  @Field(() => DateScalar, { description: 'The day of the trigger (Asia/Jakarta).' })
  on!: string;
}

@InputType()
class StartDiversionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => DateScalar, { description: 'The day the diversion deliberation started.' })
  startedOn!: string;
}

@InputType()
class RecordDiversionOutcomeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => DiversionOutcome)
  outcome!: DiversionOutcomeCode;

  @Field(() => DateScalar, { nullable: true, description: 'The day diversion ended; today by default.' })
  concludedOn?: string | null;
}

@InputType()
class ChangeOrderStatusInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => OrderStatus)
  status!: OrderStatusCode;
}

@ObjectType({ description: 'The result of a change to a case (stage or diversion).' })
class CasePayload {
  @Field(() => CaseFile, { nullable: true })
  case!: CaseFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of changeOrderStatus.' })
class ChangeOrderStatusPayload {
  @Field(() => CommunityServiceOrder, { nullable: true })
  communityServiceOrder!: CommunityServiceOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

async function caseFor(ctx: CorrectionsContext, caseId: string): Promise<CaseFile> {
  const found = await ctx.em.findOne(CaseFile, { id: caseId });
  if (!found) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
  await requireCaseworkOn(ctx, found.clientId);
  return found;
}

@Resolver()
export class LifecycleMutations {
  @Mutation(() => CasePayload, {
    description:
      "Moves the case to its next stage; at adjudication diversion is due again within 7 days of the judge's designation (SPPA Art. 52(2)).",
  })
  async advanceCaseStage(
    @Arg('input', () => AdvanceCaseStageInput) input: AdvanceCaseStageInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const found = await caseFor(ctx, input.caseId);
    const refusal = transitionRefusal(STAGE_TRANSITIONS, found.stage, input.stage, 'case');
    if (refusal)
      return Object.assign(new CasePayload(), {
        case: null,
        userErrors: [userError('input.stage', 'INVALID_TRANSITION', refusal)],
      });
    const today = jakartaDate(new Date());
    const designated = input.judgeDesignatedOn ?? today;
    if (input.stage === 'ADJUDICATION' && (designated > today || designated < found.stageStartedOn)) {
      return Object.assign(new CasePayload(), {
        case: null,
        userErrors: [
          userError(
            'input.judgeDesignatedOn',
            'DATE_OUT_OF_RANGE',
            `The judge's designation falls between the current stage's start (${found.stageStartedOn}) and today.`,
            'SPPA Art. 52(2)',
          ),
        ],
      });
    }
    found.stage = input.stage;
    found.stageStartedOn = today;
    if (input.stage === 'ADJUDICATION') {
      found.diversionTrigger = 'JUDGE_DESIGNATED';
      found.diversionTriggeredOn = designated;
    }
    // Diversion is sought at each stage (SPPA Art. 7(1)); one that failed is due again at the next.
    if (found.diversionStatus === 'FAILED' && input.stage === 'ADJUDICATION') {
      found.diversionStatus = 'NOT_STARTED';
      found.diversionStartedOn = null;
    }
    await ctx.em.flush();
    return Object.assign(new CasePayload(), { case: found, userErrors: [] });
  }

  @Mutation(() => CasePayload, {
    description:
      'Records the start of diversion; it must start within 7 days of the legal trigger (SPPA Art. 29(1), 42(1), 52(2)) and lasts at most 30 days (Art. 29(2), 42(2), 52(3)).',
  })
  async startDiversion(@Arg('input', () => StartDiversionInput) input: StartDiversionInput, @Ctx() ctx: CorrectionsContext) {
    const found = await caseFor(ctx, input.caseId);
    const errors: UserError[] = [];
    if (found.diversionStatus === 'NOT_ELIGIBLE') {
      errors.push(
        userError(
          'input.caseId',
          'NOT_ELIGIBLE',
          'Diversion is not available for this case: threatened term of 7 years or more, or a repeat offence.',
          'SPPA Art. 7(2)',
        ),
      );
    } else if (found.diversionStatus !== 'NOT_STARTED') {
      errors.push(userError('input.caseId', 'ALREADY_STARTED', `Diversion is ${found.diversionStatus} at this stage.`));
    }
    const clock = diversionClock(found);
    if (input.startedOn < clock.triggeredOn || input.startedOn > jakartaDate(new Date())) {
      errors.push(
        userError(
          'input.startedOn',
          'DATE_OUT_OF_RANGE',
          `The start must be between the stage's legal trigger (${clock.triggeredOn}) and today.`,
          clock.startArticle,
        ),
      );
    } else if (input.startedOn > clock.startBy) {
      errors.push(
        userError(
          'input.startedOn',
          'DIVERSION_START_LATE',
          `Diversion must start within ${clock.startDays} days of the legal trigger (${clock.triggeredOn}): by ${clock.startBy} at the latest.`,
          clock.startArticle,
        ),
      );
    }
    if (!errors.length) {
      found.diversionStatus = 'IN_PROGRESS';
      found.diversionStartedOn = input.startedOn;
      await ctx.em.flush();
    }
    return Object.assign(new CasePayload(), { case: errors.length ? null : found, userErrors: errors });
  }

  @Mutation(() => CasePayload, { description: 'Records the outcome of a diversion in progress.' })
  async recordDiversionOutcome(
    @Arg('input', () => RecordDiversionOutcomeInput) input: RecordDiversionOutcomeInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const found = await caseFor(ctx, input.caseId);
    if (found.diversionStatus !== 'IN_PROGRESS') {
      return Object.assign(new CasePayload(), {
        case: null,
        userErrors: [userError('input.caseId', 'NOT_IN_PROGRESS', 'Only a diversion in progress can end.')],
      });
    }
    const clock = diversionClock(found);
    const concludedOn = input.concludedOn ?? jakartaDate(new Date());
    if (concludedOn < found.diversionStartedOn! || concludedOn > jakartaDate(new Date())) {
      return Object.assign(new CasePayload(), {
        case: null,
        userErrors: [
          userError(
            'input.concludedOn',
            'DATE_OUT_OF_RANGE',
            `The end falls between the start (${found.diversionStartedOn}) and today.`,
          ),
        ],
      });
    }
    // An agreement reached after the limit is not a diversion agreement: the case goes on (SPPA Art. 29(2), 42(2), 52(3)).
    if (input.outcome === 'AGREED' && concludedOn > clock.deadline!) {
      return Object.assign(new CasePayload(), {
        case: null,
        userErrors: [
          userError(
            'input.concludedOn',
            'DIVERSION_PERIOD_EXCEEDED',
            `Diversion lasts at most ${clock.stageDays} days at a stage: it ended on ${clock.deadline}; record it as FAILED.`,
            clock.limitArticle,
          ),
        ],
      });
    }
    found.diversionStatus = input.outcome;
    await ctx.em.flush();
    return Object.assign(new CasePayload(), { case: found, userErrors: [] });
  }

  @Mutation(() => CasePayload, {
    description:
      "Records the legal trigger of the stage's diversion clock, e.g. the prosecutor receiving the case file (SPPA Art. 42(1)); a diversion that failed at the previous step is due again.",
  })
  async recordDiversionTrigger(
    @Arg('input', () => RecordDiversionTriggerInput) input: RecordDiversionTriggerInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const found = await caseFor(ctx, input.caseId);
    const today = jakartaDate(new Date());
    const expectedStage = input.trigger === 'JUDGE_DESIGNATED' ? 'ADJUDICATION' : 'PRE_ADJUDICATION';
    const errors: UserError[] = [];
    if (found.stage !== expectedStage)
      errors.push(
        userError(
          'input.trigger',
          'WRONG_STAGE',
          `${input.trigger} belongs to the ${expectedStage} stage; the case is ${found.stage}.`,
        ),
      );
    if (input.on > today || input.on < found.offenseDate)
      errors.push(userError('input.on', 'DATE_OUT_OF_RANGE', 'The trigger falls between the offence date and today.'));
    if (found.diversionStatus === 'IN_PROGRESS')
      errors.push(userError('input.caseId', 'DIVERSION_IN_PROGRESS', 'Record the outcome of the diversion in progress first.'));
    if (errors.length) return Object.assign(new CasePayload(), { case: null, userErrors: errors });
    found.diversionTrigger = input.trigger;
    found.diversionTriggeredOn = input.on;
    if (found.diversionStatus === 'FAILED') {
      found.diversionStatus = 'NOT_STARTED';
      found.diversionStartedOn = null;
    }
    await ctx.em.flush();
    return Object.assign(new CasePayload(), { case: found, userErrors: [] });
  }

  @Mutation(() => ChangeOrderStatusPayload, {
    description: 'Moves an order along its lifecycle (pending placement → active → completed / breached / revoked).',
  })
  async changeOrderStatus(
    @Arg('input', () => ChangeOrderStatusInput) input: ChangeOrderStatusInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const order = await ctx.em.findOne(CommunityServiceOrder, { id: input.orderId });
    if (!order) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
    await requireCaseworkOn(ctx, order.clientId);
    const refusal = transitionRefusal(ORDER_TRANSITIONS, order.status, input.status, 'order');
    if (refusal)
      return Object.assign(new ChangeOrderStatusPayload(), {
        communityServiceOrder: null,
        userErrors: [userError('input.status', 'INVALID_TRANSITION', refusal)],
      });
    order.status = input.status;
    await ctx.em.flush();
    return Object.assign(new ChangeOrderStatusPayload(), { communityServiceOrder: order, userErrors: [] });
  }
}
