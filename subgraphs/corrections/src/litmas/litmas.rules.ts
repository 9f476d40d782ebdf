import { userError, type UserError } from '@hub/federation';
import type { SocialInquiryReport } from './litmas.entity';

/** A request for a Litmas: it has arrived (not in the future) and names who asked. The first problem only. */
export function checkRequest(requestedAt: Date, requester: string, now: Date): UserError[] {
  if (requestedAt.getTime() > now.getTime() + 60_000)
    return [userError('input.requestedAt', 'REQUEST_IN_FUTURE', 'The request time cannot be in the future.')];
  if (requester.trim().length < 3) return [userError('input.requester', 'REQUESTER_REQUIRED', 'Name who asked for the report.')];
  return [];
}

/** Submitting a Litmas: once, with a recommendation. */
export function checkSubmission(report: Pick<SocialInquiryReport, 'submittedAt'>, recommendation: string): UserError[] {
  const errors: UserError[] = [];
  if (report.submittedAt)
    errors.push(
      userError('input.reportId', 'ALREADY_SUBMITTED', `This report was submitted on ${report.submittedAt.toISOString()}.`),
    );
  if (recommendation.trim().length < 10)
    errors.push(
      userError('input.recommendation', 'RECOMMENDATION_REQUIRED', 'Write the recommendation (at least 10 characters).'),
    );
  return errors;
}
