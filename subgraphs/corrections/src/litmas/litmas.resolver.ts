import { mutation, mutationsOf } from '@hub/server';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CorrectionsContext } from '../context';
import { CaseFile } from '../case/case.entity';
import { isOverdue, SocialInquiryReport } from './litmas.entity';
import { RequestSocialInquiryReportInput, SocialInquiryReportPayload, SubmitSocialInquiryReportInput } from './litmas.input';
import { reportsDue, requestSocialInquiryReport, submitSocialInquiryReport } from './litmas.service';

@Resolver(() => SocialInquiryReport)
export class LitmasResolver {
  @FieldResolver(() => Boolean, { description: 'Not submitted by its due time, or submitted late.' })
  overdue(@Root() report: SocialInquiryReport): boolean {
    return isOverdue(report);
  }

  @Query(() => [SocialInquiryReport], {
    description: "Open Litmas that are overdue or due within `dueWithinHours` (default 24): a PK's own, the head's whole office.",
  })
  socialInquiryReportsDue(
    @Arg('dueWithinHours', () => Int, { defaultValue: 24 }) dueWithinHours: number,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<SocialInquiryReport[]> {
    return reportsDue(ctx, dueWithinHours);
  }
}

@Resolver(() => CaseFile)
export class CaseLitmasResolver {
  @FieldResolver(() => [SocialInquiryReport], { description: 'Social-inquiry reports of the case, oldest request first.' })
  socialInquiryReports(@Root() caseFile: CaseFile, @Ctx() ctx: CorrectionsContext): Promise<SocialInquiryReport[]> {
    return ctx.loaders.litmasByCase.load(caseFile.id);
  }
}

export const LitmasMutations = mutationsOf<CorrectionsContext>({
  requestSocialInquiryReport: mutation(
    SocialInquiryReportPayload,
    RequestSocialInquiryReportInput,
    requestSocialInquiryReport,
    "Records a request for a Litmas; an investigator's or diversion request is due 3×24 hours later (PP 65/2015), other purposes by the rule set.",
  ),
  submitSocialInquiryReport: mutation(
    SocialInquiryReportPayload,
    SubmitSocialInquiryReportInput,
    submitSocialInquiryReport,
    'Submits a Litmas with its recommendation (assigned PK or head).',
  ),
});
