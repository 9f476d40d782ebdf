import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '@hub/errors';
import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { isTimestampIdKey, keysetCondition, keysetWindow, selectsField, toKeysetConnection, userErrorsAt } from '@hub/federation';
import { jakartaDate, rulesOn } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import { requireCaseworkOnRecord } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { CommunityServiceOrder } from '../order/order.entity';
import { orderRulesFor } from '../order/order.rules';
import { orderInScope } from '../order/order.service';
import { breachScope, isSupervisingProsecutor } from './breach.access';
import { BreachReport, type BreachReportStatusCode } from './breach.entity';
import type { FileBreachReportInput, RecordBreachOutcomeInput } from './breach.input';
import { checkBreachOutcome, checkDecision, checkFiling, distinctDays } from './breach.rules';

/** Whether the viewer may see the breach reports of this order: whoever may see the order (order.access.ts). */
export function canSeeBreachesOf(ctx: CorrectionsContext, order: CommunityServiceOrder): Promise<boolean> {
  return orderInScope(ctx, order);
}

/** The breach reports the viewer may see, newest first (ties by id), a page at a time by keyset; counted only when asked. */
export async function listBreachReports(
  ctx: CorrectionsContext,
  status: BreachReportStatusCode | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
) {
  const pageKey = ['b.filed_at', 'b.id'];
  const page = keysetWindow(first, after, pageKey.length, isTimestampIdKey);
  const keyOf = (b: BreachReport) => [b.filedAt.toISOString(), b.id];
  const scope = breachScope.where(ctx.viewer, ctx.em);
  if (!scope) return toKeysetConnection<BreachReport>([], page.limit, keyOf, !!page.after, 0);
  const where: FilterQuery<BreachReport> = { $and: [scope, ...(status ? [{ status }] : [])] };
  const query = ctx.em.createQueryBuilder(BreachReport, 'b').where(where);
  if (page.after) {
    const seek = keysetCondition(pageKey, page.after, 'desc');
    query.andWhere(seek.sql, seek.params);
  }
  const [rows, total] = await Promise.all([
    query
      .orderBy({ filedAt: 'desc', id: 'desc' })
      .limit(page.limit + 1)
      .getResultList(),
    selectsField(info, 'totalCount') ? ctx.em.count(BreachReport, where) : null,
  ]);
  return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total);
}

/** Files a breach report on an active order (assigned PK or head): it goes to the supervising prosecutor's inbox. */
export async function fileBreachReport(ctx: CorrectionsContext, input: FileBreachReportInput) {
  const result = await runCommand(ctx, {
    name: 'fileBreachReport',
    input,
    authorize: () => requireCaseworkOnRecord(ctx, CommunityServiceOrder, input.orderId),
    facts: async (tx, order) => ({
      orderStatus: order.status,
      orderStartDate: order.startDate,
      reportPending: (await tx.count(BreachReport, { orderId: order.id, status: 'FILED' })) > 0,
      today: jakartaDate(new Date()),
    }),
    validate: (_order, facts) => checkFiling(facts, input.absenceDates, input.reasons),
    persist: (tx, order) => {
      const dates = distinctDays(input.absenceDates);
      return tx.create(BreachReport, {
        id: randomUUID(),
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
      }).id;
    },
  });
  return writtenPayload(ctx.em, result, 'breachReport', BreachReport);
}

/**
 * Records the outcome of a breach report (the supervising prosecutor of the order's district, KUHP
 * Art. 85(8)); the order becomes BREACHED unless no breach is found. Decided once.
 */
export async function recordBreachOutcome(ctx: CorrectionsContext, input: RecordBreachOutcomeInput) {
  const result = await runCommand(ctx, {
    name: 'recordBreachOutcome',
    input,
    authorize: async () => {
      const report = await ctx.em.findOne(BreachReport, { id: input.reportId });
      if (!report || !isSupervisingProsecutor(ctx.viewer, report.districtCode))
        throw new ForbiddenError("Only the prosecutor supervising the order's district records the outcome.");
      return report;
    },
    facts: async (_tx, report) => {
      const order = await ctx.em.findOneOrFail(CommunityServiceOrder, { id: report.orderId });
      const client = await ctx.loaders.client.load(order.clientId);
      const caseFile = await ctx.loaders.caseFile.load(order.caseId);
      const { orderRules } = orderRulesFor(rulesOn(caseFile!.offenseDate), client!.birthDate, caseFile!.offenseDate);
      const outcome = checkBreachOutcome(
        {
          orderRules,
          orderedHours: order.orderedHours,
          replacedPrisonMonths: order.replacedPrisonMonths,
          replacedFineRupiah: order.replacedFineRupiah,
        },
        input.outcome,
        input.amount ?? null,
      );
      return { order, ...outcome };
    },
    validate: (report, { violations }) => [
      ...userErrorsAt('input', violations),
      ...checkDecision(report, input.decisionReference),
    ],
    persist: async (tx, report, { order, legalBasis }) => {
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
      return report.id;
    },
  });
  const breachReport = result.id ? await ctx.em.findOne(BreachReport, { id: result.id }, { refresh: true }) : null;
  return { breachReport, userErrors: result.userErrors, replayed: false };
}
