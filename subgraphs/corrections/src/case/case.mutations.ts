import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { DateScalar, UserError, userError } from '@hub/federation';
import { ageOn, diversionEligibility, jakartaDate, rulesOn } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { Client } from '../client/client.entity';
import { requireCaseworkOn } from '../client/client.service';
import { CaseFile } from './case.entity';
import { Offense } from './offense.entity';

@InputType({ description: 'Open a case for a client (*pembukaan perkara*).' })
export class OpenCaseInput {
  @Field(() => ID)
  clientId!: string;

  @Field({ description: 'Case number (*nomor perkara*), e.g. the police report number; unique.' })
  caseNumber!: string;

  @Field({ description: 'Code from the offence catalogue, e.g. "THEFT".' })
  offenseCode!: string;

  @Field(() => DateScalar)
  offenseDate!: string;

  @Field({ defaultValue: false, description: 'A repeat offence (*pengulangan*): no diversion (SPPA Art. 7(2)(b)).' })
  repeatOffense!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the investigation began (*dimulainya penyidikan*): diversion must start within 7 days of it (SPPA Art. 29(1)). Today by default.',
  })
  investigationStartedOn?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of openCase.' })
export class OpenCasePayload {
  @Field(() => CaseFile, { nullable: true })
  case!: CaseFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@Resolver()
export class CaseMutations {
  @Mutation(() => OpenCasePayload, {
    description: 'Opens a case for a client (assigned PK or head); diversion eligibility follows from the offence.',
  })
  async openCase(
    @Arg('input', () => OpenCaseInput) input: OpenCaseInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<OpenCasePayload> {
    const client = await requireCaseworkOn(ctx, input.clientId);
    const today = jakartaDate(new Date());
    const result = await createOnce(ctx, 'openCase', input, async (tx) => {
      const offense = await tx.findOne(Offense, { code: input.offenseCode });
      const errors: UserError[] = [];
      if (!offense) {
        const codes = (await tx.find(Offense, {}, { fields: ['code'], orderBy: { code: 'asc' } })).map((o) => o.code).join(', ');
        errors.push(
          userError('input.offenseCode', 'UNKNOWN_OFFENSE', `"${input.offenseCode}" is not in the offence catalogue: ${codes}.`),
        );
      }
      if (input.offenseDate > today || input.offenseDate < client.birthDate) {
        errors.push(
          userError(
            'input.offenseDate',
            'IMPLAUSIBLE_OFFENSE_DATE',
            'The offence date must be after the birth date and not in the future.',
          ),
        );
      } else {
        const rules = rulesOn(input.offenseDate);
        const age = ageOn(client.birthDate, input.offenseDate);
        if (age < rules.minimumAgeOfResponsibility) {
          errors.push(
            userError(
              'input.offenseDate',
              'UNDER_AGE_OF_RESPONSIBILITY',
              `The client was ${age} at the offence; under ${rules.minimumAgeOfResponsibility} there is no criminal responsibility: record a decision for a child under 12 instead.`,
              'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
            ),
          );
        }
      }
      const investigationStartedOn = input.investigationStartedOn ?? today;
      if (investigationStartedOn > today || investigationStartedOn < input.offenseDate) {
        errors.push(
          userError(
            'input.investigationStartedOn',
            'DATE_OUT_OF_RANGE',
            'The investigation begins on or after the offence date and not in the future.',
            'SPPA Art. 29(1)',
          ),
        );
      }
      if (!/^\S.{2,119}$/.test(input.caseNumber))
        errors.push(userError('input.caseNumber', 'INVALID_CASE_NUMBER', 'The case number is 3 to 120 characters.'));
      else if ((await tx.count(CaseFile, { caseNumber: input.caseNumber })) > 0) {
        errors.push(userError('input.caseNumber', 'DUPLICATE_CASE_NUMBER', `Case number ${input.caseNumber} is already in use.`));
      }
      if (errors.length || !offense) return { errors };
      const { eligible } = diversionEligibility(rulesOn(input.offenseDate), offense.maxTermMonths, input.repeatOffense);
      const created = tx.create(CaseFile, {
        id: newId(),
        caseNumber: input.caseNumber,
        clientId: client.id,
        offenseId: offense.id,
        offenseDate: input.offenseDate,
        stage: 'PRE_ADJUDICATION',
        repeatOffense: input.repeatOffense,
        diversionStatus: eligible ? 'NOT_STARTED' : 'NOT_ELIGIBLE',
        diversionStartedOn: null,
        stageStartedOn: today,
        diversionTrigger: 'INVESTIGATION_STARTED',
        diversionTriggeredOn: investigationStartedOn,
      });
      if (client.status === 'REGISTERED') await tx.nativeUpdate(Client, { id: client.id }, { status: 'PRE_ADJUDICATION' });
      return { id: created.id };
    });
    return Object.assign(new OpenCasePayload(), {
      case: result.id ? await ctx.em.findOne(CaseFile, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }
}
