import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { UserError, userError } from '@hub/federation';
import { rulesOn, jakartaDate, litmasDue } from '@hub/reference';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { CaseFile } from '../case/case.entity';
import { requireCaseworkOn } from '../client/client.service';
import {
  isOverdue,
  LitmasPurpose,
  LitmasRequester,
  SocialInquiryReport,
  type LitmasPurposeCode,
  type LitmasRequesterCode,
} from './litmas.entity';

@InputType({ description: 'A request for a social-inquiry report (*permintaan Litmas*).' })
export class RequestSocialInquiryReportInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LitmasPurpose)
  purpose!: LitmasPurposeCode;

  @Field({ description: 'Who asks: police, prosecutor, court or correctional institution, with the letter number.' })
  requester!: string;

  @Field(() => LitmasRequester, {
    nullable: true,
    description: "The kind of requester; an investigator's request is due in 3×24 hours (PP 65/2015).",
  })
  requesterKind?: LitmasRequesterCode | null;

  @Field(() => Date, { nullable: true, description: 'When the request arrived; now by default. The deadline runs from it.' })
  requestedAt?: Date | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Submit a social-inquiry report.' })
export class SubmitSocialInquiryReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field({ description: "The PK's recommendation (*rekomendasi*)." })
  recommendation!: string;
}

@ObjectType({ description: 'The result of requestSocialInquiryReport or submitSocialInquiryReport.' })
export class SocialInquiryReportPayload {
  @Field(() => SocialInquiryReport, { nullable: true })
  report!: SocialInquiryReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@Resolver(() => SocialInquiryReport)
export class LitmasResolver {
  @FieldResolver(() => Boolean, { description: 'Not submitted by its due time, or submitted late.' })
  overdue(@Root() report: SocialInquiryReport): boolean {
    return isOverdue(report);
  }

  @Query(() => [SocialInquiryReport], {
    description: "Open Litmas that are overdue or due within `dueWithinHours` (default 24): a PK's own, the head's whole office.",
  })
  async socialInquiryReportsDue(
    @Arg('dueWithinHours', () => Int, { defaultValue: 24 }) dueWithinHours: number,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<SocialInquiryReport[]> {
    const until = new Date(Date.now() + Math.max(0, Math.min(dueWithinHours, 24 * 30)) * 3_600_000);
    const mine = hasAnyRole(ctx.viewer, 'BAPAS_HEAD')
      ? {}
      : { officerId: ctx.viewer.officerId ?? '00000000-0000-0000-0000-000000000000' };
    return ctx.em.find(
      SocialInquiryReport,
      { submittedAt: null, dueAt: { $lte: until }, ...mine },
      { orderBy: { dueAt: 'asc' } },
    );
  }

  @Mutation(() => SocialInquiryReportPayload, {
    description:
      "Records a request for a Litmas; an investigator's or diversion request is due 3×24 hours later (PP 65/2015), other purposes by the rule set.",
  })
  async requestSocialInquiryReport(
    @Arg('input', () => RequestSocialInquiryReportInput) input: RequestSocialInquiryReportInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<SocialInquiryReportPayload> {
    const found = await ctx.loaders.caseFile.load(input.caseId);
    if (!found) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
    const client = await requireCaseworkOn(ctx, found.clientId);
    const result = await createOnce(ctx, 'requestSocialInquiryReport', input, async (tx) => {
      const requestedAt = input.requestedAt ?? new Date();
      if (requestedAt.getTime() > Date.now() + 60_000) {
        return { errors: [userError('input.requestedAt', 'REQUEST_IN_FUTURE', 'The request time cannot be in the future.')] };
      }
      if (input.requester.trim().length < 3)
        return { errors: [userError('input.requester', 'REQUESTER_REQUIRED', 'Name who asked for the report.')] };
      const rules = rulesOn(jakartaDate(requestedAt));
      const due = litmasDue(rules, input.purpose, input.requesterKind);
      const report = tx.create(SocialInquiryReport, {
        id: newId(),
        caseId: input.caseId,
        purpose: input.purpose,
        requester: input.requester.trim(),
        requesterKind: input.requesterKind ?? null,
        requestedAt,
        dueAt: new Date(requestedAt.getTime() + due.hours * 3_600_000),
        dueBasis: due.basis,
        officerId: client.officerId,
        submittedAt: null,
        recommendation: null,
      });
      return { id: report.id };
    });
    return Object.assign(new SocialInquiryReportPayload(), {
      report: result.id ? await ctx.em.findOne(SocialInquiryReport, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @Mutation(() => SocialInquiryReportPayload, { description: 'Submits a Litmas with its recommendation (assigned PK or head).' })
  async submitSocialInquiryReport(
    @Arg('input', () => SubmitSocialInquiryReportInput) input: SubmitSocialInquiryReportInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<SocialInquiryReportPayload> {
    const report = await ctx.em.findOne(SocialInquiryReport, { id: input.reportId });
    if (!report) throw new NotFoundError('The social-inquiry report');
    const caseFile = await ctx.em.findOne(CaseFile, { id: report.caseId });
    await requireCaseworkOn(ctx, caseFile!.clientId);
    const errors: UserError[] = [];
    if (report.submittedAt)
      errors.push(
        userError('input.reportId', 'ALREADY_SUBMITTED', `This report was submitted on ${report.submittedAt.toISOString()}.`),
      );
    if (input.recommendation.trim().length < 10) {
      errors.push(
        userError('input.recommendation', 'RECOMMENDATION_REQUIRED', 'Write the recommendation (at least 10 characters).'),
      );
    }
    if (!errors.length) {
      report.submittedAt = new Date();
      report.recommendation = input.recommendation.trim();
      await ctx.em.flush();
    }
    return Object.assign(new SocialInquiryReportPayload(), {
      report: errors.length ? null : report,
      userErrors: errors,
      replayed: false,
    });
  }
}

@Resolver(() => CaseFile)
export class CaseLitmasResolver {
  @FieldResolver(() => [SocialInquiryReport], { description: 'Social-inquiry reports of the case, oldest request first.' })
  socialInquiryReports(@Root() caseFile: CaseFile, @Ctx() ctx: CorrectionsContext): Promise<SocialInquiryReport[]> {
    return ctx.loaders.litmasByCase.load(caseFile.id);
  }
}
