import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, District, districtOf, UserError, userError } from '@hub/federation';
import { isDistrictCode, jakartaDate } from '@hub/reference';
import { NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import {
  agreementStatusOn,
  AgreementStatus,
  CooperationAgreement,
  SharedData,
  type AgreementStatusCode,
  type SharedDataCode,
} from './agreement.entity';

@InputType()
class AgreementPartyInput {
  @Field()
  agency!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;
}

@InputType()
class AgreementSignatoryInput {
  @Field()
  name!: string;

  @Field()
  position!: string;

  @Field()
  agency!: string;
}

@InputType()
class DataSharingScopeInput {
  @Field()
  fromAgency!: string;

  @Field()
  toAgency!: string;

  @Field(() => [SharedData])
  data!: SharedDataCode[];

  @Field()
  purpose!: string;
}

@InputType({ description: 'Register a cooperation agreement (*PKS*): another district or agency is data, not code.' })
class RegisterCooperationAgreementInput {
  @Field()
  number!: string;

  @Field()
  title!: string;

  @Field(() => DateScalar)
  signedOn!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  effectiveUntil?: string | null;

  @Field(() => [String], { description: 'BPS codes of the districts it covers.' })
  districtCodes!: string[];

  @Field(() => [AgreementPartyInput])
  parties!: AgreementPartyInput[];

  @Field(() => [AgreementSignatoryInput])
  signatories!: AgreementSignatoryInput[];

  @Field(() => [String])
  services!: string[];

  @Field(() => [DataSharingScopeInput])
  dataSharing!: DataSharingScopeInput[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: 'End an agreement before its term (*pengakhiran PKS*).' })
class TerminateCooperationAgreementInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => DateScalar, { description: 'The first day it is no longer in force.' })
  terminatedOn!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'The result of registerCooperationAgreement or terminateCooperationAgreement.' })
class CooperationAgreementPayload {
  @Field(() => CooperationAgreement, { nullable: true })
  agreement!: CooperationAgreement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

const payload = (agreement: CooperationAgreement | null, userErrors: UserError[], replayed = false) =>
  Object.assign(new CooperationAgreementPayload(), { agreement, userErrors, replayed });

@Resolver(() => CooperationAgreement)
export class AgreementResolver {
  @Query(() => [CooperationAgreement], {
    description: 'The cooperation agreements (*PKS*), newest first, with their status today.',
  })
  cooperationAgreements(@Ctx() ctx: CorrectionsContext): Promise<CooperationAgreement[]> {
    return ctx.loaders.agreements.load('all');
  }

  @FieldResolver(() => AgreementStatus, { description: 'Status today (Asia/Jakarta).' })
  status(@Root() a: CooperationAgreement): AgreementStatusCode {
    return agreementStatusOn(a, jakartaDate(new Date()));
  }

  @FieldResolver(() => [District], { description: 'The districts it covers.' })
  districts(@Root() a: CooperationAgreement): District[] {
    return a.districtCodes.map(districtOf);
  }

  @Mutation(() => CooperationAgreementPayload, { description: 'Registers a cooperation agreement (head of Bapas).' })
  async registerCooperationAgreement(
    @Arg('input', () => RegisterCooperationAgreementInput) input: RegisterCooperationAgreementInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CooperationAgreementPayload> {
    const result = await createOnce(ctx, 'registerCooperationAgreement', input, async (tx) => {
      const errors: UserError[] = [];
      if (input.number.trim().length < 3) errors.push(userError('input.number', 'NUMBER_REQUIRED', 'Give the agreement number.'));
      else if ((await tx.count(CooperationAgreement, { number: input.number.trim() })) > 0)
        errors.push(userError('input.number', 'DUPLICATE_NUMBER', `Agreement ${input.number} is registered already.`));
      if (input.effectiveFrom < input.signedOn)
        errors.push(userError('input.effectiveFrom', 'BEFORE_SIGNING', 'An agreement comes into force on or after its signing.'));
      if (input.effectiveUntil && input.effectiveUntil < input.effectiveFrom)
        errors.push(userError('input.effectiveUntil', 'TERM_BEFORE_START', 'The term ends after it starts.'));
      const unknown = input.districtCodes.filter((d) => !isDistrictCode(d));
      if (!input.districtCodes.length || unknown.length)
        errors.push(userError('input.districtCodes', 'UNKNOWN_DISTRICT', 'Give the Jambi districts it covers by BPS code.'));
      if (input.parties.length < 2)
        errors.push(userError('input.parties', 'PARTIES_REQUIRED', 'An agreement has at least two parties.'));
      if (input.signatories.length < 2)
        errors.push(userError('input.signatories', 'SIGNATORIES_REQUIRED', 'Name a signatory of each party.'));
      const agencies = new Set(input.parties.map((p) => p.agency));
      if (input.dataSharing.some((s) => !agencies.has(s.fromAgency) || !agencies.has(s.toAgency)))
        errors.push(userError('input.dataSharing', 'NOT_A_PARTY', 'Data is shared only between parties to the agreement.'));
      if (errors.length) return { errors };
      const created = tx.create(CooperationAgreement, {
        id: newId(),
        number: input.number.trim(),
        title: input.title.trim(),
        signedOn: input.signedOn,
        effectiveFrom: input.effectiveFrom,
        effectiveUntil: input.effectiveUntil ?? null,
        terminatedOn: null,
        terminationReason: null,
        districtCodes: input.districtCodes,
        parties: input.parties.map((p) => ({ ...p, districtCode: p.districtCode ?? null })),
        signatories: input.signatories.map((s) => ({ ...s })),
        services: input.services,
        dataSharing: input.dataSharing.map((s) => ({ ...s })),
      });
      return { id: created.id };
    });
    return payload(
      result.id ? await ctx.em.findOne(CooperationAgreement, { id: result.id }) : null,
      result.userErrors,
      result.replayed,
    );
  }

  @Mutation(() => CooperationAgreementPayload, {
    description: 'Terminates an agreement (head of Bapas); from that day the sharing it allowed stops.',
  })
  async terminateCooperationAgreement(
    @Arg('input', () => TerminateCooperationAgreementInput) input: TerminateCooperationAgreementInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CooperationAgreementPayload> {
    const agreement = await ctx.em.findOne(CooperationAgreement, { id: input.agreementId });
    if (!agreement) throw new NotFoundError('The agreement');
    const errors: UserError[] = [];
    if (agreement.terminatedOn)
      errors.push(userError('input.agreementId', 'ALREADY_TERMINATED', `It was terminated on ${agreement.terminatedOn}.`));
    if (input.terminatedOn < agreement.effectiveFrom)
      errors.push(userError('input.terminatedOn', 'BEFORE_START', `It came into force on ${agreement.effectiveFrom}.`));
    if (input.reason.trim().length < 10)
      errors.push(userError('input.reason', 'REASON_REQUIRED', 'Give the reason (at least 10 characters).'));
    if (errors.length) return payload(null, errors);
    agreement.terminatedOn = input.terminatedOn;
    agreement.terminationReason = input.reason.trim();
    await ctx.em.flush();
    return payload(agreement, []);
  }
}
