import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import { randomUUID } from 'node:crypto';
import type { ChildProtectionContext } from '../context';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { ServiceKind, type ServiceKindCode } from '../psychosocial-service/psychosocial-service.entity';
import { worksOnCase } from '../protection-case/protection-case.access';

export const CARE_NEEDS = [
  'SAFETY',
  'SHELTER',
  'HEALTH',
  'MENTAL_HEALTH',
  'EDUCATION',
  'FAMILY_SUPPORT',
  'LEGAL_AID',
  'ECONOMIC_SUPPORT',
] as const;
export type CareNeedCode = (typeof CARE_NEEDS)[number];
export const CareNeed = Object.fromEntries(CARE_NEEDS.map((v) => [v, v])) as { [K in CareNeedCode]: K };
registerEnumType(CareNeed, { name: 'CareNeed', description: 'A need found in the psychosocial assessment (*kebutuhan*).' });

/** A psychosocial assessment (*asesmen psikososial*). */
@Entity({ tableName: 'assessment' })
@ObjectType({ description: 'A psychosocial assessment of the child (*asesmen psikososial*).' })
export class Assessment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Index()
  @Property({ type: 'uuid', fieldName: 'protection_case_id' })
  protectionCaseId!: string;

  @Property({ type: 'date', fieldName: 'assessed_on' })
  @Field(() => DateScalar)
  assessedOn!: string;

  @Property({ type: 'uuid', fieldName: 'caseworker_id' })
  caseworkerId!: string;

  @Property({ type: 'string', length: 8, fieldName: 'risk_level' })
  @Field(() => RiskLevel)
  riskLevel!: RiskLevelCode;

  @Property({ type: 'text[]' })
  @Field(() => [CareNeed])
  needs!: CareNeedCode[];

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' })
  recordedAt!: Date;
}

/** The intervention plan (*rencana intervensi*) under the case manager. */
@Entity({ tableName: 'intervention_plan' })
@ObjectType({ description: 'The intervention plan (*rencana intervensi*): goals and planned services.' })
export class InterventionPlan {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Index()
  @Property({ type: 'uuid', fieldName: 'protection_case_id' })
  protectionCaseId!: string;

  @Property({ type: 'text' })
  @Field()
  goals!: string;

  @Property({ type: 'text[]', fieldName: 'planned_services' })
  @Field(() => [ServiceKind])
  plannedServices!: ServiceKindCode[];

  @Property({ type: 'string', fieldName: 'created_by' })
  createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => DateScalar)
  assessedOn!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevelCode;

  @Field(() => [CareNeed])
  needs!: CareNeedCode[];
}

@InputType()
export class SetInterventionPlanInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field()
  goals!: string;

  @Field(() => [ServiceKind])
  plannedServices!: ServiceKindCode[];
}

@ObjectType({ description: 'The result of recordAssessment or setInterventionPlan.' })
export class CasePlanningPayload {
  @Field(() => ProtectionCase, { nullable: true })
  protectionCase!: ProtectionCase | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => ProtectionCase)
export class AssessmentResolver {
  @FieldResolver(() => [Assessment], { description: 'Assessments, oldest first (DP3AP2KB staff on the case).' })
  async assessments(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<Assessment[]> {
    return worksOnCase(ctx.viewer, pc) ? ctx.loaders.assessmentsByCase.load(pc.id) : [];
  }

  @FieldResolver(() => InterventionPlan, { nullable: true, description: 'The current intervention plan.' })
  async interventionPlan(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<InterventionPlan | null> {
    return worksOnCase(ctx.viewer, pc) ? ctx.loaders.interventionPlanByCase.load(pc.id) : null;
  }

  @Mutation(() => CasePlanningPayload, {
    description:
      'Records a psychosocial assessment (assigned caseworker or psychologist, or the case manager); an intake moves to assessment.',
  })
  async recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<CasePlanningPayload> {
    const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
    if (!pc || !worksOnCase(ctx.viewer, pc)) throw new ForbiddenError('Only the staff working on this case assess it.');
    const errors: UserError[] = [];
    if (pc.status === 'CLOSED')
      errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
    if (input.assessedOn > jakartaDate(new Date()) || input.assessedOn < jakartaDate(pc.openedAt)) {
      errors.push(userError('input.assessedOn', 'DATE_OUT_OF_RANGE', 'The assessment date is between the intake and today.'));
    }
    if (input.needs.length === 0) errors.push(userError('input.needs', 'NEEDS_REQUIRED', 'Name at least one need.'));
    if (!ctx.viewer.caseworkerId)
      errors.push(userError('input.protectionCaseId', 'NOT_A_CASEWORKER', 'Your account is not linked to a caseworker record.'));
    if (!errors.length) {
      await ctx.em.transactional(async (tx) => {
        tx.create(Assessment, {
          id: randomUUID(),
          protectionCaseId: pc.id,
          assessedOn: input.assessedOn,
          caseworkerId: ctx.viewer.caseworkerId!,
          riskLevel: input.riskLevel,
          needs: [...new Set(input.needs)],
          recordedAt: new Date(),
        });
        await tx.nativeUpdate(
          ProtectionCase,
          { id: pc.id },
          { riskLevel: input.riskLevel, ...(pc.status === 'INTAKE' ? { status: 'ASSESSMENT' } : {}) },
        );
      });
    }
    return Object.assign(new CasePlanningPayload(), {
      protectionCase: errors.length ? null : await ctx.em.findOne(ProtectionCase, { id: pc.id }, { refresh: true }),
      userErrors: errors,
    });
  }

  @Mutation(() => CasePlanningPayload, {
    description: 'Sets the intervention plan (case manager); an assessed case moves to intervention.',
  })
  async setInterventionPlan(
    @Arg('input', () => SetInterventionPlanInput) input: SetInterventionPlanInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<CasePlanningPayload> {
    const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
    if (!pc || !hasAnyRole(ctx.viewer, 'CASE_MANAGER') || !worksOnCase(ctx.viewer, pc))
      throw new ForbiddenError('The case manager of the district sets the plan.');
    const errors: UserError[] = [];
    if (pc.status === 'CLOSED')
      errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
    if (pc.status === 'INTAKE')
      errors.push(userError('input.protectionCaseId', 'NOT_ASSESSED', 'Assess the child before planning the intervention.'));
    if (input.goals.trim().length < 10)
      errors.push(userError('input.goals', 'GOALS_REQUIRED', 'Write the goals (at least 10 characters).'));
    if (input.plannedServices.length === 0)
      errors.push(userError('input.plannedServices', 'SERVICES_REQUIRED', 'Plan at least one service.'));
    if (!errors.length) {
      await ctx.em.transactional(async (tx) => {
        tx.create(InterventionPlan, {
          id: randomUUID(),
          protectionCaseId: pc.id,
          goals: input.goals.trim(),
          plannedServices: [...new Set(input.plannedServices)],
          createdBy: ctx.viewer.userId,
          createdAt: new Date(),
        });
        if (pc.status === 'ASSESSMENT') await tx.nativeUpdate(ProtectionCase, { id: pc.id }, { status: 'INTERVENTION' });
      });
    }
    return Object.assign(new CasePlanningPayload(), {
      protectionCase: errors.length ? null : await ctx.em.findOne(ProtectionCase, { id: pc.id }, { refresh: true }),
      userErrors: errors,
    });
  }
}
