import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate, rulesOn } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { CaseFile } from '../case/case.entity';
import { Client } from '../client/client.entity';
import { requireCaseworkOn } from '../client/client.service';
import { CommunityServiceOrder } from './order.entity';
import { checkOrder, fineToHours, orderRulesFor } from './order.rules';
import { JudgmentConsiderationsInput, UnpaidFineInput, type JudgmentConsiderations } from './considerations';
import { SocialInquiryReport } from '../litmas/litmas.entity';

@InputType({ description: 'Issue a community-service order on a court decision.' })
export class IssueCommunityServiceOrderInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'Hours ordered by the court.' })
  orderedHours!: number;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { description: 'At most 6 months after the start (KUHP Art. 85(5)).' })
  deadline!: string;

  @Field({ description: 'Court decision number (*nomor putusan*).' })
  courtDecisionNumber!: string;

  @Field(() => Int, { nullable: true, description: 'Prison term the court imposed and replaced, in months (adults: at most 6).' })
  imposedPrisonMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Fine the court imposed and replaced, in rupiah (adults: at most category II).',
  })
  imposedFineRupiah?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    deprecationReason:
      "Use considerations.consentAfterExplanation: consent is one of the judge's considerations (KUHP Art. 85(2)(c)), not a condition the hub checks.",
  })
  consentGiven?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The daily cap the judgment sets, 1 to 8 hours (KUHP Art. 85(5)); when it sets none, the rule set's default (adults 8, children 3).",
  })
  maxHoursPerDay?: number | null;

  @Field(() => JudgmentConsiderationsInput, {
    nullable: true,
    description: "The judgment's considerations (KUHP Art. 85(2)), recorded on the order.",
  })
  considerations?: JudgmentConsiderationsInput | null;

  @Field(() => UnpaidFineInput, {
    nullable: true,
    description:
      'Set when the order replaces an unpaid fine (KUHP Art. 82) rather than imposing community service as the sentence.',
  })
  unpaidFine?: UnpaidFineInput | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of issueCommunityServiceOrder.' })
export class IssueCommunityServiceOrderPayload {
  @Field(() => CommunityServiceOrder, { nullable: true })
  communityServiceOrder!: CommunityServiceOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@ObjectType({ description: 'An unpaid fine converted to community-service hours (KUHP Art. 82(4)), with its arithmetic.' })
export class FineConversion {
  @Field(() => Int)
  fineRupiah!: number;

  @Field(() => Int, { description: 'Part-payment taken off before converting (KUHP Art. 82(3)).' })
  paidRupiah!: number;

  @Field({
    description:
      'The precondition of the conversion (KUHP Art. 82(1)): a fine of at most category II, unpaid, that seizure or auction of assets did not cover.',
  })
  precondition!: string;

  @Field(() => Int, { nullable: true, description: 'Hours, within 8–240; null when the fine may not be converted.' })
  hours!: number | null;

  @Field({ description: 'The arithmetic in words, with the article and the rule-set version.' })
  explanation!: string;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const PRECONDITION =
  'KUHP Art. 82(1): only a fine of at most category II that was not paid and that seizure or auction of assets did not cover, or could not.';

@Resolver()
export class OrderMutations {
  @Mutation(() => IssueCommunityServiceOrderPayload, {
    description:
      'Issues a community-service order: the kind follows the age at the offence, and every rule of the rule set in force is checked.',
  })
  async issueCommunityServiceOrder(
    @Arg('input', () => IssueCommunityServiceOrderInput) input: IssueCommunityServiceOrderInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<IssueCommunityServiceOrderPayload> {
    const caseFile = await ctx.loaders.caseFile.load(input.caseId);
    if (!caseFile) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
    const client = await requireCaseworkOn(ctx, caseFile.clientId);
    const result = await createOnce(ctx, 'issueCommunityServiceOrder', input, async (tx) => {
      const offense = await ctx.loaders.offense.load(caseFile.offenseId);
      const rules = rulesOn(caseFile.offenseDate);
      const violations = checkOrder(rules, {
        birthDate: client.birthDate,
        offenseDate: caseFile.offenseDate,
        maxThreatenedMonths: offense!.maxTermMonths,
        orderedHours: input.orderedHours,
        startDate: input.startDate,
        deadline: input.deadline,
        imposedPrisonMonths: input.imposedPrisonMonths ?? null,
        imposedFineRupiah: input.imposedFineRupiah ?? null,
        maxHoursPerDay: input.maxHoursPerDay ?? null,
        unpaidFine: input.unpaidFine ?? null,
      });
      const errors = violations.map((v) => userError(`input.${v.field}`, v.code, v.message, v.article));
      const { orderRules } = orderRulesFor(rules, client.birthDate, caseFile.offenseDate);
      const consent = input.considerations?.consentAfterExplanation ?? input.consentGiven ?? null;
      if (orderRules.kind === 'PELAYANAN_MASYARAKAT' && consent !== null) {
        errors.push(
          userError(
            'input.considerations.consentAfterExplanation',
            'CONSENT_NOT_APPLICABLE',
            "Consent is a consideration for adults' kerja sosial (KUHP Art. 85(2)(c)); a child's pelayanan masyarakat (SPPA Art. 76) has none: leave it empty.",
            'KUHP Art. 85(2)(c); SPPA Art. 76',
          ),
        );
      }
      let litmas: SocialInquiryReport | null = null;
      if (input.considerations?.litmasReportId) {
        litmas = await tx.findOne(SocialInquiryReport, { id: input.considerations.litmasReportId, caseId: caseFile.id });
        if (!litmas?.submittedAt) {
          errors.push(
            userError('input.considerations.litmasReportId', 'LITMAS_NOT_SUBMITTED', 'Name a submitted Litmas of this case.'),
          );
        }
      }
      if (input.courtDecisionNumber.trim().length < 5) {
        errors.push(userError('input.courtDecisionNumber', 'COURT_DECISION_REQUIRED', 'Give the number of the court decision.'));
      }
      if (input.startDate < jakartaDate(new Date(Date.now() - 366 * 86_400_000))) {
        errors.push(userError('input.startDate', 'START_TOO_OLD', 'The start date is more than a year ago; check the decision.'));
      }
      if (errors.length) return { errors };
      const c = input.considerations;
      const considerations: JudgmentConsiderations | null =
        c || consent !== null
          ? {
              admission: c?.admission ?? null,
              workAbility: c?.workAbility ?? null,
              consentAfterExplanation: consent,
              socialHistory: c?.socialHistory ?? null,
              workSafety: c?.workSafety ?? null,
              religionAndBelief: c?.religionAndBelief ?? null,
              abilityToPayFine: c?.abilityToPayFine ?? null,
              litmasReportId: litmas?.id ?? null,
              litmasRecommendation: litmas?.recommendation ?? null,
            }
          : null;
      const conversion = input.unpaidFine ? fineToHours(rules, input.unpaidFine.fineRupiah, input.unpaidFine.paidRupiah) : null;
      const order = tx.create(CommunityServiceOrder, {
        id: newId(),
        clientId: client.id,
        caseId: caseFile.id,
        districtCode: client.districtCode,
        kind: orderRules.kind,
        orderedHours: input.orderedHours,
        maxHoursPerDay: input.maxHoursPerDay ?? orderRules.defaultHoursPerDay,
        dailyCapSource: input.maxHoursPerDay ? 'JUDGMENT' : 'RULE_SET_DEFAULT',
        replacedPrisonMonths: input.imposedPrisonMonths ?? null,
        replacedFineRupiah: conversion ? conversion.unpaidRupiah : (input.imposedFineRupiah ?? null),
        fineConversion: conversion
          ? `Seizure or auction did not cover the fine (KUHP Art. 82(1)). ${conversion.explanation}`
          : null,
        considerations,
        startDate: input.startDate,
        deadline: input.deadline,
        courtDecisionNumber: input.courtDecisionNumber.trim(),
        status: 'PENDING_PLACEMENT',
      });
      await tx.nativeUpdate(CaseFile, { id: caseFile.id }, { stage: 'POST_ADJUDICATION' });
      await tx.nativeUpdate(Client, { id: client.id }, { status: 'POST_ADJUDICATION' });
      return { id: order.id };
    });
    return Object.assign(new IssueCommunityServiceOrderPayload(), {
      communityServiceOrder: result.id ? await ctx.em.findOne(CommunityServiceOrder, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @Query(() => FineConversion, {
    description:
      'Converts an unpaid fine to community-service hours at the statutory rate (KUHP Art. 82(4)), after part-payment (Art. 82(3)), showing the arithmetic.',
  })
  fineToHours(
    @Arg('fineRupiah', () => Int) fineRupiah: number,
    @Arg('paidRupiah', () => Int, { defaultValue: 0, description: 'Part-payment, which reduces the hours (KUHP Art. 82(3)).' })
    paidRupiah: number,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date whose rule set applies; today by default.' })
    on: string | null,
  ): FineConversion {
    const rules = rulesOn(on ?? jakartaDate(new Date()));
    if (fineRupiah <= 0) {
      return Object.assign(new FineConversion(), {
        fineRupiah,
        paidRupiah,
        precondition: PRECONDITION,
        hours: null,
        explanation: 'Nothing to convert.',
        userErrors: [userError('fineRupiah', 'FINE_NOT_POSITIVE', 'The fine must be more than Rp0.')],
      });
    }
    const { hours, explanation, violations } = fineToHours(rules, fineRupiah, paidRupiah);
    return Object.assign(new FineConversion(), {
      fineRupiah,
      paidRupiah,
      precondition: PRECONDITION,
      hours: violations.length ? null : hours,
      explanation,
      userErrors: violations.map((v) => userError(v.field, v.code, v.message, v.article)),
    });
  }
}
