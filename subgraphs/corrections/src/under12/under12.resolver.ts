import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { DateScalar, District, districtOf, Sex, UserError, userError, type SexCode } from '@hub/federation';
import { addMonths, ageOn, isDistrictCode, jakartaDate, rulesOn } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { Officer } from '../officer/officer.entity';
import { Under12Decision, Under12Outcome, type Under12OutcomeCode } from './under12.entity';

@InputType({ description: 'The decision for a child under 12 at the offence (SPPA Art. 21; KUHP Art. 41).' })
class RecordUnder12DecisionInput {
  @Field()
  childFullName!: string;

  @Field(() => DateScalar)
  childBirthDate!: string;

  @Field(() => Sex)
  sex!: SexCode;

  @Field(() => String, { nullable: true })
  guardianName?: string | null;

  @Field()
  districtCode!: string;

  @Field(() => DateScalar)
  offenseDate!: string;

  @Field()
  offenseDescription!: string;

  @Field({ description: 'The investigator who took part: name and unit.' })
  investigator!: string;

  @Field(() => ID, { nullable: true, description: 'The PK who took part; the caller when a PK records it.' })
  officerId?: string | null;

  @Field({ description: 'The professional social worker who took part.' })
  socialWorker!: string;

  @Field(() => DateScalar)
  decidedOn!: string;

  @Field(() => Under12Outcome)
  outcome!: Under12OutcomeCode;

  @Field(() => String, { nullable: true, description: 'For a programme: the government agency or LPKS.' })
  institution?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a programme: 1 to 6 months (SPPA Art. 21(1)(b)).' })
  programmeMonths?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "For a programme: when Bapas evaluates it (SPPA Art. 21(3)); the programme's end by default.",
  })
  reviewOn?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of recordUnder12Decision.' })
class Under12DecisionPayload {
  @Field(() => Under12Decision, { nullable: true })
  decision!: Under12Decision | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

const ARTICLE = 'SPPA Art. 21(1); KUHP Art. 41';

/** Checks a decision for a child under 12; each refusal names its field, rule and article. */
export function checkUnder12(input: RecordUnder12DecisionInput, today: string): UserError[] {
  const errors: UserError[] = [];
  const rules = rulesOn(input.offenseDate);
  if (input.offenseDate > today || input.offenseDate < input.childBirthDate)
    errors.push(
      userError(
        'input.offenseDate',
        'IMPLAUSIBLE_OFFENSE_DATE',
        'The offence date is after the birth date and not in the future.',
      ),
    );
  else if (ageOn(input.childBirthDate, input.offenseDate) >= rules.minimumAgeOfResponsibility)
    errors.push(
      userError(
        'input.childBirthDate',
        'NOT_UNDER_12',
        `The child was ${ageOn(input.childBirthDate, input.offenseDate)} at the offence: from ${rules.minimumAgeOfResponsibility} a child is registered as a client (SPPA Art. 1(3)).`,
        ARTICLE,
      ),
    );
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  if (input.investigator.trim().length < 3 || input.socialWorker.trim().length < 3)
    errors.push(
      userError(
        input.investigator.trim().length < 3 ? 'input.investigator' : 'input.socialWorker',
        'PARTICIPANTS_REQUIRED',
        'The investigator, the PK and a professional social worker decide together: name each.',
        ARTICLE,
      ),
    );
  if (input.decidedOn > today || input.decidedOn < input.offenseDate)
    errors.push(userError('input.decidedOn', 'DATE_OUT_OF_RANGE', 'The decision falls between the offence date and today.'));
  if (input.offenseDescription.trim().length < 10)
    errors.push(
      userError('input.offenseDescription', 'DESCRIPTION_REQUIRED', 'Describe what happened (at least 10 characters).'),
    );
  if (input.outcome === 'PROGRAMME') {
    const max = rules.under12ProgrammeMaxMonths;
    if (!input.institution?.trim())
      errors.push(
        userError('input.institution', 'INSTITUTION_REQUIRED', 'Name the government agency or LPKS.', 'SPPA Art. 21(1)(b)'),
      );
    const months = input.programmeMonths ?? null;
    if (months === null || months < 1 || months > max)
      errors.push(
        userError(
          'input.programmeMonths',
          'PROGRAMME_TOO_LONG',
          `A programme lasts 1 to ${max} months.`,
          'SPPA Art. 21(1)(b); KUHP Art. 41',
        ),
      );
    else if (input.reviewOn && (input.reviewOn <= input.decidedOn || input.reviewOn > addMonths(input.decidedOn, months)))
      errors.push(
        userError(
          'input.reviewOn',
          'REVIEW_OUT_OF_RANGE',
          `Bapas evaluates the programme before it ends: after ${input.decidedOn} and by ${addMonths(input.decidedOn, months)}.`,
          'SPPA Art. 21(3)',
        ),
      );
  } else if (input.institution || input.programmeMonths || input.reviewOn) {
    errors.push(
      userError('input.outcome', 'PROGRAMME_FIELDS_FOR_PROGRAMME', 'Institution, months and review are for a programme only.'),
    );
  }
  return errors;
}

@Resolver(() => Under12Decision)
export class Under12Resolver {
  @Query(() => [Under12Decision], {
    description: 'Decisions for children under 12: the head of Bapas all, a PK those they took part in. Newest first.',
  })
  under12Decisions(@Ctx() ctx: CorrectionsContext): Promise<Under12Decision[]> {
    const mine = hasAnyRole(ctx.viewer, 'BAPAS_HEAD')
      ? {}
      : { officerId: ctx.viewer.officerId ?? '00000000-0000-0000-0000-000000000000' };
    return ctx.em.find(Under12Decision, mine, { orderBy: { decidedOn: 'desc', id: 'asc' } });
  }

  @Mutation(() => Under12DecisionPayload, {
    description:
      'Records the decision for a child under 12 (SPPA Art. 21; KUHP Art. 41): returned to the parents or a programme of at most 6 months, with its review. The child does not become a client.',
  })
  async recordUnder12Decision(
    @Arg('input', () => RecordUnder12DecisionInput) input: RecordUnder12DecisionInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<Under12DecisionPayload> {
    // The PK who took part records it; the head names the PK.
    const officerId = hasAnyRole(ctx.viewer, 'BAPAS_HEAD') ? (input.officerId ?? ctx.viewer.officerId) : ctx.viewer.officerId;
    if (
      !officerId ||
      (hasAnyRole(ctx.viewer, 'PK_OFFICER') &&
        !hasAnyRole(ctx.viewer, 'BAPAS_HEAD') &&
        input.officerId &&
        input.officerId !== officerId)
    )
      throw new ForbiddenError('The PK who took part in the decision records it (or the head of Bapas, naming that PK).');
    const today = jakartaDate(new Date());
    const result = await createOnce(ctx, 'recordUnder12Decision', input, async (tx) => {
      const errors = checkUnder12(input, today);
      if (!(await tx.findOne(Officer, { id: officerId })))
        errors.push(userError('input.officerId', 'UNKNOWN_OFFICER', 'Name a PK of this Bapas.'));
      if (errors.length) return { errors };
      const programme = input.outcome === 'PROGRAMME';
      const decision = tx.create(Under12Decision, {
        id: newId(),
        childFullName: input.childFullName.trim(),
        childBirthDate: input.childBirthDate,
        sex: input.sex,
        guardianName: input.guardianName?.trim() || null,
        districtCode: input.districtCode,
        offenseDate: input.offenseDate,
        offenseDescription: input.offenseDescription.trim(),
        investigator: input.investigator.trim(),
        officerId,
        socialWorker: input.socialWorker.trim(),
        decidedOn: input.decidedOn,
        outcome: input.outcome,
        institution: programme ? input.institution!.trim() : null,
        programmeMonths: programme ? input.programmeMonths! : null,
        reviewOn: programme ? (input.reviewOn ?? addMonths(input.decidedOn, input.programmeMonths!)) : null,
        recordedBy: ctx.viewer.userId,
        recordedAt: new Date(),
      });
      return { id: decision.id };
    });
    return Object.assign(new Under12DecisionPayload(), {
      decision: result.id ? await ctx.em.findOne(Under12Decision, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The PK who took part.' })
  officer(@Root() d: Under12Decision, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> {
    return ctx.loaders.officer.load(d.officerId);
  }

  @FieldResolver(() => District)
  district(@Root() d: Under12Decision): District {
    return districtOf(d.districtCode);
  }
}
