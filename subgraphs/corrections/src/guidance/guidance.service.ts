import { randomUUID } from 'node:crypto';
import { jakartaDate } from '@hub/reference';
import { runCommand } from '@hub/server';
import { canWorkOnClient } from '../client/client.access';
import type { Client } from '../client/client.entity';
import { requireCaseworkOn, requireCaseworkOnRecord } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { officerWorkScope } from '../officer/officer.access';
import { GuidancePlan, GuidanceReport, missedReports } from './guidance.entity';
import { MissedGuidanceReport, type RecordGuidanceReportInput, type SetGuidancePlanInput } from './guidance.input';
import { checkPlan, checkReport } from './guidance.rules';

/** A PK's own plans, the head's whole office. */
export const guidanceScope = officerWorkScope<GuidancePlan>();

/** Missed reports on the PK's list: their own clients' (the head: the office's), oldest first. */
export async function missedGuidanceReports(ctx: CorrectionsContext): Promise<MissedGuidanceReport[]> {
  const scope = guidanceScope.where(ctx.viewer, ctx.em);
  if (!scope) return [];
  const plans = await ctx.em.find(GuidancePlan, scope);
  const reports = await ctx.em.find(GuidanceReport, { planId: { $in: plans.map((p) => p.id) } });
  const clients = await ctx.loaders.client.loadMany(plans.map((p) => p.clientId));
  const today = jakartaDate(new Date());
  const out: MissedGuidanceReport[] = [];
  plans.forEach((plan, i) => {
    const client = clients[i];
    // A plan of a client now assigned elsewhere stays with the PK who holds the client.
    if (!client || client instanceof Error || !canWorkOnClient(ctx.viewer, client)) return;
    const planReports = reports.filter((r) => r.planId === plan.id);
    for (const dueOn of missedReports(plan, planReports, today))
      out.push(Object.assign(new MissedGuidanceReport(), { client, plan, dueOn }));
  });
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** The guidance plan of a client, for the head and the assigned PK; null for anyone else. */
export function guidancePlanOf(ctx: CorrectionsContext, client: Client): Promise<GuidancePlan | null> | null {
  return canWorkOnClient(ctx.viewer, client) ? ctx.loaders.guidancePlanByClient.load(client.id) : null;
}

/** Sets a client's guidance plan and reporting duty (assigned PK or head). */
export async function setGuidancePlan(ctx: CorrectionsContext, input: SetGuidancePlanInput) {
  const result = await runCommand(ctx, {
    name: 'setGuidancePlan',
    input,
    authorize: () => requireCaseworkOn(ctx, input.clientId),
    facts: async (tx, client) => (await tx.count(GuidancePlan, { clientId: client.id })) > 0,
    validate: (client, planExists) => checkPlan(input, client.officerId, planExists),
    persist: (tx, client) =>
      tx.create(GuidancePlan, {
        id: randomUUID(),
        clientId: client.id,
        officerId: client.officerId!,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        reportEveryDays: input.reportEveryDays,
        goals: input.goals.trim(),
      }).id,
  });
  const plan = result.id ? await ctx.em.findOne(GuidancePlan, { id: result.id }) : null;
  return { plan, userErrors: result.userErrors };
}

/** Records a report made under the duty (assigned PK or head). */
export async function recordGuidanceReport(ctx: CorrectionsContext, input: RecordGuidanceReportInput) {
  const result = await runCommand(ctx, {
    name: 'recordGuidanceReport',
    input,
    authorize: () => requireCaseworkOnRecord(ctx, GuidancePlan, input.planId),
    facts: async (tx, plan) => (await tx.count(GuidanceReport, { planId: plan.id, dueOn: input.dueOn })) > 0,
    validate: (plan, dayRecorded) => checkReport(plan, input, dayRecorded, jakartaDate(new Date())),
    persist: (tx, plan) => {
      tx.create(GuidanceReport, {
        id: randomUUID(),
        planId: plan.id,
        dueOn: input.dueOn,
        reportedOn: input.reportedOn,
        mode: input.mode,
      });
      return plan.id;
    },
  });
  return { plan: result.id ? result.target : null, userErrors: result.userErrors };
}
