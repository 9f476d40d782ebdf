import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { CaseStage, ClientStatus, OrderStatus, type CaseStageCode, type ClientStatusCode, type OrderStatusCode } from '../enums';
import { Client } from '../client/client.entity';
import { requireCaseworkOn } from '../client/client.service';
import { CaseFile } from '../case/case.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { CLIENT_TRANSITIONS, ORDER_TRANSITIONS, STAGE_TRANSITIONS, transitionRefusal } from './transitions';

const DiversionOutcome = { AGREED: 'AGREED', FAILED: 'FAILED' } as const;
type DiversionOutcomeCode = keyof typeof DiversionOutcome;
registerEnumType(DiversionOutcome, {
  name: 'DiversionOutcome',
  description: 'Diversion ended in an agreement (*kesepakatan diversi*) or failed.',
});

@InputType()
class ChangeClientStatusInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => ClientStatus)
  status!: ClientStatusCode;
}

@InputType()
class AdvanceCaseStageInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStage)
  stage!: CaseStageCode;
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
}

@InputType()
class ChangeOrderStatusInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => OrderStatus)
  status!: OrderStatusCode;
}

@ObjectType({ description: 'The result of changeClientStatus.' })
class ChangeClientStatusPayload {
  @Field(() => Client, { nullable: true })
  client!: Client | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
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
  @Mutation(() => ChangeClientStatusPayload, {
    description: "Moves the client's status along its lifecycle; invalid transitions are refused.",
  })
  async changeClientStatus(
    @Arg('input', () => ChangeClientStatusInput) input: ChangeClientStatusInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const client = await requireCaseworkOn(ctx, input.clientId);
    const refusal = transitionRefusal(CLIENT_TRANSITIONS, client.status, input.status, 'client');
    if (refusal)
      return Object.assign(new ChangeClientStatusPayload(), {
        client: null,
        userErrors: [userError('input.status', 'INVALID_TRANSITION', refusal)],
      });
    const changed = await ctx.em.nativeUpdate(Client, { id: client.id, status: client.status }, { status: input.status });
    if (!changed)
      return Object.assign(new ChangeClientStatusPayload(), {
        client: null,
        userErrors: [userError('input.status', 'STALE', 'The status changed meanwhile; reload.')],
      });
    return Object.assign(new ChangeClientStatusPayload(), {
      client: await ctx.em.findOne(Client, { id: client.id }, { refresh: true }),
      userErrors: [],
    });
  }

  @Mutation(() => CasePayload, {
    description: 'Moves the case to its next stage; diversion is due again within 7 days of a new stage (SPPA Art. 7).',
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
    found.stage = input.stage;
    found.stageStartedOn = jakartaDate(new Date());
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
      'Records the start of diversion; it must start within 7 days of the stage and lasts at most 30 days (SPPA Art. 7, 29, 42, 52).',
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
    if (input.startedOn < found.stageStartedOn || input.startedOn > jakartaDate(new Date())) {
      errors.push(
        userError(
          'input.startedOn',
          'DATE_OUT_OF_RANGE',
          `The start must be between the stage's start (${found.stageStartedOn}) and today.`,
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
    found.diversionStatus = input.outcome;
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
