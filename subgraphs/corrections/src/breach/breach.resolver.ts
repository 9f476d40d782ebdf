import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DateScalar, PageInfo, pageWindow, toConnection, UserError, userError } from '@hub/federation';
import { jakartaDate, rulesOn } from '@hub/reference';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { requireCaseworkOn } from '../client/client.service';
import { CommunityServiceOrder } from '../order/order.entity';
import { orderRulesFor } from '../order/order.rules';
import { Officer } from '../officer/officer.entity';
import {
  BreachOutcome,
  BreachReport,
  BreachReportStatus,
  type BreachOutcomeCode,
  type BreachReportStatusCode,
} from './breach.entity';
import { checkBreachOutcome } from './breach.rules';
import { breachScope, isSupervisingProsecutor } from './breach.access';
import { canSeeBreachesOf } from './breach.service';

@InputType({ description: 'A PK reports that the person did not do their community service without valid reason.' })
class FileBreachReportInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [DateScalar], { description: 'The days of the absences without valid reason (Asia/Jakarta).' })
  absenceDates!: string[];

  @Field({ description: 'What happened and what reasons the person gave (at least 20 characters).' })
  reasons!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: "The supervising prosecutor's outcome of a breach report (KUHP Art. 85(7), 85(8))." })
class RecordBreachOutcomeInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => BreachOutcome)
  outcome!: BreachOutcomeCode;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours to repeat, months to serve or rupiah to pay (all or part); empty for NO_BREACH.',
  })
  amount?: number | null;

  @Field({ description: "The prosecutor's or the court's decision number." })
  decisionReference!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType({ description: 'The result of fileBreachReport or recordBreachOutcome.' })
class BreachReportPayload {
  @Field(() => BreachReport, { nullable: true })
  breachReport!: BreachReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@ObjectType({ description: 'A breach report in a page.' })
class BreachReportEdge {
  @Field()
  cursor!: string;

  @Field(() => BreachReport)
  node!: BreachReport;
}

@ObjectType({ description: 'A page of breach reports (Relay connection).' })
class BreachReportConnection {
  @Field(() => [BreachReportEdge])
  edges!: BreachReportEdge[];

  @Field(() => [BreachReport])
  nodes!: BreachReport[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ArgsType()
class BreachReportsArgs {
  @Field(() => BreachReportStatus, { nullable: true, description: 'FILED: the inbox of reports waiting for an outcome.' })
  status?: BreachReportStatusCode | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const payload = (breachReport: BreachReport | null, userErrors: UserError[], replayed = false) =>
  Object.assign(new BreachReportPayload(), { breachReport, userErrors, replayed });

@Resolver(() => BreachReport)
export class BreachResolver {
  @Query(() => BreachReportConnection, {
    description:
      "Breach reports the viewer may see, newest first: the prosecutor's inbox for their districts (status FILED), a PK's own clients, the head's whole office.",
  })
  async breachReports(@Args() { status, first, after }: BreachReportsArgs, @Ctx() ctx: CorrectionsContext) {
    const { limit, offset } = pageWindow(first, after);
    const scope = breachScope.where(ctx.viewer, ctx.em);
    if (!scope) return toConnection([], offset, 0);
    const [rows, total] = await ctx.em.findAndCount(
      BreachReport,
      { $and: [scope, ...(status ? [{ status }] : [])] },
      { orderBy: { filedAt: 'desc', id: 'asc' }, limit, offset },
    );
    return toConnection(rows, offset, total);
  }

  @Mutation(() => BreachReportPayload, {
    description:
      "Files a breach report on an active order (assigned PK or head); it goes to the supervising prosecutor's inbox (KUHP Art. 85(7), 85(8)).",
  })
  async fileBreachReport(
    @Arg('input', () => FileBreachReportInput) input: FileBreachReportInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<BreachReportPayload> {
    const order = await ctx.em.findOne(CommunityServiceOrder, { id: input.orderId });
    if (!order) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
    await requireCaseworkOn(ctx, order.clientId);
    const today = jakartaDate(new Date());
    const result = await createOnce(ctx, 'fileBreachReport', input, async (tx) => {
      const errors: UserError[] = [];
      if (order.status !== 'ACTIVE')
        errors.push(
          userError('input.orderId', 'ORDER_NOT_ACTIVE', `The order is ${order.status}; only an active order is reported.`),
        );
      if ((await tx.count(BreachReport, { orderId: order.id, status: 'FILED' })) > 0)
        errors.push(
          userError('input.orderId', 'REPORT_PENDING', 'A breach report on this order is waiting for its outcome already.'),
        );
      const dates = [...new Set(input.absenceDates)].sort();
      if (dates.length === 0)
        errors.push(userError('input.absenceDates', 'ABSENCES_REQUIRED', 'Give the days of the absences without valid reason.'));
      else if (dates[0]! < order.startDate || dates[dates.length - 1]! > today)
        errors.push(
          userError(
            'input.absenceDates',
            'DATE_OUT_OF_RANGE',
            `The absences fall between the order's start (${order.startDate}) and today.`,
          ),
        );
      if (input.reasons.trim().length < 20)
        errors.push(
          userError(
            'input.reasons',
            'REASONS_REQUIRED',
            'Describe what happened and the reasons given (at least 20 characters).',
          ),
        );
      if (errors.length) return { errors };
      const report = tx.create(BreachReport, {
        id: newId(),
        orderId: order.id,
        districtCode: order.districtCode,
        filedByOfficerId: ctx.viewer.officerId ?? null,
        filedAt: new Date(),
        unacceptableAbsences: dates.length,
        absenceDates: dates,
        reasons: input.reasons.trim(),
        status: 'FILED',
        outcome: null,
        legalBasis: null,
        amount: null,
        decisionReference: null,
        outcomeNotes: null,
        decidedBy: null,
        decidedAt: null,
      });
      return { id: report.id };
    });
    return payload(result.id ? await ctx.em.findOne(BreachReport, { id: result.id }) : null, result.userErrors, result.replayed);
  }

  @Mutation(() => BreachReportPayload, {
    description:
      "Records the outcome of a breach report (the supervising prosecutor of the order's district, KUHP Art. 85(8)); the order becomes BREACHED unless no breach is found.",
  })
  async recordBreachOutcome(
    @Arg('input', () => RecordBreachOutcomeInput) input: RecordBreachOutcomeInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<BreachReportPayload> {
    const report = await ctx.em.findOne(BreachReport, { id: input.reportId });
    if (!report || !isSupervisingProsecutor(ctx.viewer, report.districtCode))
      throw new ForbiddenError("Only the prosecutor supervising the order's district records the outcome.");
    const order = await ctx.em.findOneOrFail(CommunityServiceOrder, { id: report.orderId });
    const client = await ctx.loaders.client.load(order.clientId);
    const caseFile = await ctx.loaders.caseFile.load(order.caseId);
    const rules = rulesOn(caseFile!.offenseDate);
    const { orderRules } = orderRulesFor(rules, client!.birthDate, caseFile!.offenseDate);
    const { legalBasis, violations } = checkBreachOutcome(
      {
        orderRules,
        orderedHours: order.orderedHours,
        replacedPrisonMonths: order.replacedPrisonMonths,
        replacedFineRupiah: order.replacedFineRupiah,
      },
      input.outcome,
      input.amount ?? null,
    );
    const errors = violations.map((v) => userError(`input.${v.field}`, v.code, v.message, v.article));
    if (report.status !== 'FILED')
      errors.push(
        userError('input.reportId', 'ALREADY_DECIDED', `The outcome was recorded on ${report.decidedAt?.toISOString()}.`),
      );
    if (input.decisionReference.trim().length < 5)
      errors.push(userError('input.decisionReference', 'DECISION_REFERENCE_REQUIRED', 'Give the number of the decision.'));
    if (errors.length) return payload(null, errors);
    await ctx.em.transactional(async (tx) => {
      // Only a FILED report is decided, once, even when two decisions arrive together.
      const changed = await tx.nativeUpdate(
        BreachReport,
        { id: report.id, status: 'FILED' },
        {
          status: 'DECIDED',
          outcome: input.outcome,
          legalBasis,
          amount: input.amount ?? null,
          decisionReference: input.decisionReference.trim(),
          outcomeNotes: input.notes?.trim() || null,
          decidedBy: ctx.viewer.userId,
          decidedAt: new Date(),
        },
      );
      if (!changed) throw new ForbiddenError('The outcome of this report was recorded meanwhile.');
      if (input.outcome !== 'NO_BREACH' && order.status === 'ACTIVE')
        await tx.nativeUpdate(CommunityServiceOrder, { id: order.id, status: 'ACTIVE' }, { status: 'BREACHED' });
    });
    return payload(await ctx.em.findOne(BreachReport, { id: report.id }, { refresh: true }), []);
  }

  @FieldResolver(() => CommunityServiceOrder, { description: 'The order reported.' })
  async order(@Root() report: BreachReport, @Ctx() ctx: CorrectionsContext): Promise<CommunityServiceOrder> {
    const order = await ctx.loaders.order.load(report.orderId);
    if (!order) throw new NotFoundError('The order of this report');
    return order;
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The PK who filed it.' })
  filedBy(@Root() report: BreachReport, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> {
    return report.filedByOfficerId ? ctx.loaders.officer.load(report.filedByOfficerId) : Promise.resolve(null);
  }
}

@Resolver(() => CommunityServiceOrder)
export class OrderBreachResolver {
  @FieldResolver(() => [BreachReport], {
    description: 'Breach reports on the order, oldest first (the PK, the head and the supervising prosecutor).',
  })
  async breachReports(@Root() order: CommunityServiceOrder, @Ctx() ctx: CorrectionsContext): Promise<BreachReport[]> {
    if (!(await canSeeBreachesOf(ctx, order))) return [];
    return ctx.loaders.breachesByOrder.load(order.id);
  }
}
