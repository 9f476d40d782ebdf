import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { DateScalar, Sex, UserError, userError, type SexCode } from '@hub/federation';
import { ageBandFor, ageOn, initialsOf, isDistrictCode, jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import { randomUUID } from 'node:crypto';
import type { ChildProtectionContext } from '../context';
import {
  ChildRole,
  IncidentPlace,
  PerpetratorRelationship,
  RiskLevel,
  ViolenceType,
  type ChildRoleCode,
  type IncidentPlaceCode,
  type PerpetratorRelationshipCode,
  type RiskLevelCode,
  type ViolenceTypeCode,
} from '../enums';
import { nextCaseNumber } from '../referral/referral.resolver';
import { worksOnCase } from './protection-case.access';
import { ChildIdentity, ProtectionCase } from './protection-case.entity';

@InputType({ description: "The child's identity, kept at DP3AP2KB only." })
export class ChildIdentityInput {
  @Field()
  fullName!: string;

  @Field(() => Sex)
  sex!: SexCode;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  guardianName?: string | null;
}

@InputType({ description: 'Intake of a child victim, witness or child in conflict (*penerimaan pengaduan*).' })
export class OpenProtectionCaseInput {
  @Field(() => ChildRole)
  childRole!: ChildRoleCode;

  @Field()
  districtCode!: string;

  @Field(() => [ViolenceType])
  concerns!: ViolenceTypeCode[];

  @Field(() => IncidentPlace, { nullable: true, description: 'Place of the incident (SIMFONI-PPA).' })
  place?: IncidentPlaceCode | null;

  @Field(() => PerpetratorRelationship, {
    nullable: true,
    description: "The perpetrator's relationship to the child (SIMFONI-PPA).",
  })
  perpetratorRelationship?: PerpetratorRelationshipCode | null;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevelCode;

  @Field(() => ChildIdentityInput)
  child!: ChildIdentityInput;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of openProtectionCase.' })
export class OpenProtectionCasePayload {
  @Field(() => ProtectionCase, { nullable: true })
  protectionCase!: ProtectionCase | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

/** Checks an intake; each problem names its field. */
export function checkIntake(input: OpenProtectionCaseInput, viewerDistricts: string[], today: string): UserError[] {
  const errors: UserError[] = [];
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  else if (!viewerDistricts.includes(input.districtCode))
    errors.push(userError('input.districtCode', 'OTHER_DISTRICT', 'Open cases for your own district.'));
  if (input.childRole === 'VICTIM' && input.concerns.length === 0)
    errors.push(userError('input.concerns', 'CONCERNS_REQUIRED', 'Name at least one violence type for a victim.'));
  if (input.child.fullName.trim().length < 2)
    errors.push(userError('input.child.fullName', 'NAME_REQUIRED', "Give the child's name."));
  if (input.child.birthDate > today)
    errors.push(userError('input.child.birthDate', 'IMPLAUSIBLE_BIRTH_DATE', 'The birth date is in the future.'));
  else if (ageOn(input.child.birthDate, today) >= 18) {
    errors.push(
      userError('input.child.birthDate', 'NOT_A_CHILD', 'A protection case is for a person under 18.', 'UU 35/2014 Art. 1(1)'),
    );
  }
  if (input.childRole === 'IN_CONFLICT') {
    errors.push(
      userError(
        'input.childRole',
        'USE_REFERRAL',
        'A child in conflict with the law comes through a Bapas referral (acceptReferral), so that the identity stays with Bapas.',
      ),
    );
  }
  return errors;
}

@Resolver(() => ProtectionCase)
export class IntakeResolver {
  @Mutation(() => OpenProtectionCasePayload, {
    description: 'Opens a case for a child victim or witness; high risk is flagged for emergency services before assessment.',
  })
  async openProtectionCase(
    @Arg('input', () => OpenProtectionCaseInput) input: OpenProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<OpenProtectionCasePayload> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER', 'CASEWORKER'))
      throw new ForbiddenError('Intake is done by a case manager or caseworker.');
    const today = jakartaDate(new Date());
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'openProtectionCase', key: idempotencyKey, input: rest },
      async (tx) => {
        const errors = checkIntake(input, ctx.viewer.districts, today);
        if (errors.length) return { errors };
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
        return { id: pc.id };
      },
    );
    return Object.assign(new OpenProtectionCasePayload(), {
      protectionCase: 'id' in run.outcome ? await ctx.em.findOne(ProtectionCase, { id: run.outcome.id }) : null,
      userErrors: 'errors' in run.outcome ? run.outcome.errors : [],
      replayed: run.replayed,
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The child's name (victims and witnesses); staff working on the case only.",
  })
  async childFullName(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await identityOf(ctx, pc))?.fullName ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The child's birth date; staff working on the case only." })
  async childBirthDate(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await identityOf(ctx, pc))?.birthDate ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The child's address; staff working on the case only." })
  async childAddress(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await identityOf(ctx, pc))?.address ?? null;
  }
}

async function identityOf(ctx: ChildProtectionContext, pc: ProtectionCase): Promise<ChildIdentity | null> {
  if (!worksOnCase(ctx.viewer, pc)) return null;
  return ctx.loaders.childIdentity.load(pc.id);
}
