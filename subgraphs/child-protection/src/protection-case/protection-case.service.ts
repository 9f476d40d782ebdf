import { allOf, checkDistrictFilter, keysetPage, type ListOrder, runCommand, writtenPayload } from '@hub/server';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import { type UserError } from '@hub/federation';
import { ageBandFor, ageOn, initialsOf, jakartaDate } from '@hub/reference';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { canReopenCase, protectionCaseScope, worksOnCase } from './protection-case.access';
import { caseEvent } from '../case-history/case-event.entity';
import { ChildIdentity, ProtectionCase } from './protection-case.entity';
import type {
  AssignCaseworkerInput,
  ChangeProtectionCaseStatusInput,
  CloseProtectionCaseInput,
  OpenProtectionCaseInput,
  ProtectionCaseFilter,
} from './protection-case.input';
import {
  alreadyClosed,
  CASE_TRANSITIONS,
  checkAssignment,
  checkClosing,
  checkIntake,
  checkReopening,
  checkStatusChange,
  notClosed,
} from './protection-case.rules';

/** The next case number of a district and year, under a lock so two intakes never share one. */
export async function nextCaseNumber(tx: EntityManager, districtCode: string, at: Date): Promise<string> {
  const prefix = `PPA-${districtCode}-${at.getUTCFullYear()}-`;
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [prefix]);
  const [row] = (await tx.execute('select count(*)::int as n from protection_case where case_number like ?', [
    `${prefix}%`,
  ])) as Array<{ n: number }>;
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** Opens a case for a child victim or witness; high risk is flagged for emergency services before assessment. */
export async function openProtectionCase(ctx: ChildProtectionContext, input: OpenProtectionCaseInput) {
  const today = jakartaDate(new Date());
  const result = await runCommand(ctx, {
    name: 'openProtectionCase',
    input,
    authorize: () => {
      if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER', 'CASEWORKER'))
        throw new ForbiddenError('Intake is done by a case manager or caseworker.');
    },
    validate: () => checkIntake(input, ctx.viewer.districts, today),
    persist: async (tx) => {
      const now = new Date();
      const pc = tx.create(ProtectionCase, {
        id: randomUUID(),
        caseNumber: await nextCaseNumber(tx, input.districtCode, now),
        childRole: input.childRole,
        clientId: null,
        childAlias: initialsOf(input.child.fullName.trim()),
        childSex: input.child.sex,
        childAgeBand: ageBandFor(ageOn(input.child.birthDate, today)),
        districtCode: input.districtCode,
        concerns: [...new Set(input.concerns)],
        riskLevel: input.riskLevel,
        status: 'INTAKE',
        caseworkerId: hasAnyRole(ctx.viewer, 'CASEWORKER') ? (ctx.viewer.caseworkerId ?? null) : null,
        openedAt: now,
        closedAt: null,
        place: input.place ?? null,
        perpetratorRelationship: input.perpetratorRelationship ?? null,
        emergencyServices: input.riskLevel === 'HIGH',
      });
      await tx.flush();
      tx.create(ChildIdentity, {
        protectionCaseId: pc.id,
        fullName: input.child.fullName.trim(),
        birthDate: input.child.birthDate,
        address: input.child.address?.trim() || null,
        guardianName: input.child.guardianName?.trim() || null,
      });
      return pc.id;
    },
  });
  return writtenPayload(ctx.em, result, 'protectionCase', ProtectionCase);
}

/** The case acted on, by staff working on it (the same answer for a case that does not exist). */
async function caseWorkedOn(ctx: ChildProtectionContext, id: string): Promise<ProtectionCase> {
  const pc = await ctx.em.findOne(ProtectionCase, { id });
  if (!pc || !worksOnCase(ctx.viewer, pc)) throw new ForbiddenError('Only the staff working on this case may change it.');
  return pc;
}

/** A change to a case by the staff working on it: the rules, then the change. */
async function changeCase<F>(
  ctx: ChildProtectionContext,
  name: string,
  caseId: string,
  steps: {
    authorize?: () => void;
    facts?: (pc: ProtectionCase) => Promise<F>;
    validate: (pc: ProtectionCase, facts: F) => UserError[];
    apply: (pc: ProtectionCase, facts: F) => void;
  },
) {
  const result = await runCommand(ctx, {
    name,
    input: { caseId },
    authorize: () => {
      steps.authorize?.();
      return caseWorkedOn(ctx, caseId);
    },
    facts: (_tx, pc) => (steps.facts ? steps.facts(pc) : (undefined as F)),
    validate: steps.validate,
    persist: (_tx, pc, facts) => {
      steps.apply(pc, facts);
      return pc.id;
    },
  });
  return { protectionCase: result.id ? result.target : null, userErrors: result.userErrors };
}

/** Moves a case to its next stage (a closed case only through reopenProtectionCase). */
export function changeProtectionCaseStatus(ctx: ChildProtectionContext, input: ChangeProtectionCaseStatusInput) {
  return changeCase(ctx, 'changeProtectionCaseStatus', input.protectionCaseId, {
    validate: (pc) => checkStatusChange(pc, input.status),
    apply: (pc) => (pc.status = input.status),
  });
}

/**
 * Closes a case with its reason and summary; it is read-only until reopened. Only a case still open is
 * closed (of two closings at the same moment, one wins), and the closure goes into the case's history.
 */
export async function closeProtectionCase(ctx: ChildProtectionContext, input: CloseProtectionCaseInput) {
  const at = new Date();
  const summary = input.summary.trim();
  const result = await runCommand(ctx, {
    name: 'closeProtectionCase',
    input,
    authorize: () => caseWorkedOn(ctx, input.protectionCaseId),
    validate: (pc) => checkClosing(pc, input.summary),
    persist: async (tx, pc) => {
      const closed = await tx.nativeUpdate(
        ProtectionCase,
        { id: pc.id, status: { $ne: 'CLOSED' } },
        { status: 'CLOSED', closedAt: at, closureReason: input.reason, closingSummary: summary },
      );
      return closed === 0 ? [alreadyClosed()] : pc.id;
    },
    audit: async (tx, id) => tx.persist(caseEvent(ctx, id, 'CLOSED', at, { closureReason: input.reason, note: summary })).flush(),
  });
  return { protectionCase: await caseAfter(ctx, result), userErrors: result.userErrors };
}

/**
 * Reopens a closed case into assessment, with the reason (the case manager of the district). Only a
 * case still closed is reopened (of two case managers at the same moment, one reopens it); the closure
 * stays in the history beside the reopening.
 */
export async function reopenProtectionCase(ctx: ChildProtectionContext, input: { protectionCaseId: string; reason: string }) {
  const reason = input.reason.trim();
  const result = await runCommand(ctx, {
    name: 'reopenProtectionCase',
    input,
    authorize: () => caseReopenedBy(ctx, input.protectionCaseId),
    validate: (pc) => checkReopening(pc, reason),
    persist: async (tx, pc) => {
      const [next] = CASE_TRANSITIONS.CLOSED;
      const reopened = await tx.nativeUpdate(
        ProtectionCase,
        { id: pc.id, status: 'CLOSED' },
        { status: next, closedAt: null, closureReason: null, closingSummary: null },
      );
      return reopened === 0 ? [notClosed()] : pc.id;
    },
    audit: async (tx, id) => tx.persist(caseEvent(ctx, id, 'REOPENED', new Date(), { note: reason })).flush(),
  });
  return { protectionCase: await caseAfter(ctx, result), userErrors: result.userErrors };
}

/** The case as the command left it (read again: the change was written past the identity map). */
function caseAfter(ctx: ChildProtectionContext, result: { id: string | null }) {
  return result.id ? ctx.em.findOne(ProtectionCase, { id: result.id }, { refresh: true }) : null;
}

/** The case a case manager of its district may reopen. */
async function caseReopenedBy(ctx: ChildProtectionContext, id: string): Promise<ProtectionCase> {
  const pc = await ctx.em.findOne(ProtectionCase, { id });
  if (!pc || !canReopenCase(ctx.viewer, pc)) throw new ForbiddenError('The case manager of the district reopens a case.');
  return pc;
}

/** Assigns a caseworker or psychologist of the district (case manager). */
export function assignCaseworker(ctx: ChildProtectionContext, input: AssignCaseworkerInput) {
  return changeCase(ctx, 'assignCaseworker', input.protectionCaseId, {
    authorize: () => {
      if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Caseworkers are assigned by the case manager.');
    },
    facts: () => ctx.em.findOne(Caseworker, { id: input.caseworkerId }),
    validate: (pc, worker) => checkAssignment(pc, worker),
    apply: (pc, worker) => (pc.caseworkerId = worker!.id),
  });
}

/** The identity of the child of a case, for the staff working on it; null for anyone else. */
export async function childIdentityOf(ctx: ChildProtectionContext, pc: ProtectionCase): Promise<ChildIdentity | null> {
  if (!worksOnCase(ctx.viewer, pc)) return null;
  return ctx.loaders.childIdentity.load(pc.id);
}

/** The protection cases the viewer may see (protection-case.access.ts), filtered, a page at a time; `totalCount` only when selected. */
export async function listProtectionCases(
  ctx: ChildProtectionContext,
  filter: ProtectionCaseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  checkDistrictFilter('filter.districtCode', filter?.districtCode);
  const where = allOf<ProtectionCase>(
    protectionCaseScope.where(ctx.viewer, ctx.em),
    filter?.districtCode && { districtCode: filter.districtCode },
    filter?.status && { status: filter.status },
    filter?.childRole && { childRole: filter.childRole },
    filter?.riskLevel && { riskLevel: filter.riskLevel },
  );
  return keysetPage(ctx.em, ProtectionCase, where, CASE_ORDER, { first, after, info });
}

/** Cases are listed by case number; the id breaks ties. */
const CASE_ORDER: ListOrder<ProtectionCase> = {
  alias: 'p',
  key: ['p.case_number', 'p.id'],
  orderBy: { caseNumber: 'asc', id: 'asc' },
  keyOf: (p) => [p.caseNumber, p.id],
};
