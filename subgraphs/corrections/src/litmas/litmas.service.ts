import { randomUUID } from 'node:crypto';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { litmasDueAt } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import { CaseFile } from '../case/case.entity';
import { requireCaseworkOn } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { officerWorkScope } from '../officer/officer.access';
import { SocialInquiryReport } from './litmas.entity';
import type { RequestSocialInquiryReportInput, SubmitSocialInquiryReportInput } from './litmas.input';
import { checkRequest, checkSubmission } from './litmas.rules';

/** A PK's own Litmas, the head's whole office. */
export const litmasScope = officerWorkScope<SocialInquiryReport>();

/** Open Litmas overdue or due within the hours given (at most 30 days ahead), soonest first. */
export function reportsDue(ctx: CorrectionsContext, dueWithinHours: number): Promise<SocialInquiryReport[]> {
  const scope = litmasScope.where(ctx.viewer, ctx.em);
  if (!scope) return Promise.resolve([]);
  const until = new Date(Date.now() + Math.max(0, Math.min(dueWithinHours, 24 * 30)) * 3_600_000);
  return ctx.em.find(
    SocialInquiryReport,
    { $and: [scope, { submittedAt: null, dueAt: { $lte: until } }] },
    { orderBy: { dueAt: 'asc' } },
  );
}

/** Records a request for a Litmas (assigned PK or head); its due date as the rule set computes it (litmasDueAt). */
export async function requestSocialInquiryReport(ctx: CorrectionsContext, input: RequestSocialInquiryReportInput) {
  const requestedAt = input.requestedAt ?? new Date();
  const result = await runCommand(ctx, {
    name: 'requestSocialInquiryReport',
    input,
    authorize: async () => {
      const found = await ctx.loaders.caseFile.load(input.caseId);
      if (!found) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
      return requireCaseworkOn(ctx, found.clientId);
    },
    validate: () => checkRequest(requestedAt, input.requester, new Date()),
    persist: (tx, client) => {
      const due = litmasDueAt(input.purpose, input.requesterKind, requestedAt);
      return tx.create(SocialInquiryReport, {
        id: randomUUID(),
        caseId: input.caseId,
        purpose: input.purpose,
        requester: input.requester.trim(),
        requesterKind: input.requesterKind ?? null,
        requestedAt,
        dueAt: due.dueAt,
        dueBasis: due.basis,
        officerId: client.officerId,
        submittedAt: null,
        recommendation: null,
      }).id;
    },
  });
  return writtenPayload(ctx.em, result, 'report', SocialInquiryReport);
}

/** Submits a Litmas with its recommendation (assigned PK or head). */
export async function submitSocialInquiryReport(ctx: CorrectionsContext, input: SubmitSocialInquiryReportInput) {
  const result = await runCommand(ctx, {
    name: 'submitSocialInquiryReport',
    input,
    authorize: async () => {
      const report = await ctx.em.findOne(SocialInquiryReport, { id: input.reportId });
      if (!report) throw new NotFoundError('The social-inquiry report');
      const caseFile = await ctx.em.findOne(CaseFile, { id: report.caseId });
      await requireCaseworkOn(ctx, caseFile!.clientId);
      return report;
    },
    validate: (report) => checkSubmission(report, input.recommendation),
    persist: (_tx, report) => {
      report.submittedAt = new Date();
      report.recommendation = input.recommendation.trim();
      return report.id;
    },
  });
  return { report: result.id ? result.target : null, userErrors: result.userErrors, replayed: false };
}
