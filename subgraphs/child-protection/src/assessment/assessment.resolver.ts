import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { payloadOf } from '@hub/federation';
import type { ChildProtectionContext } from '../context';
import { worksOnCase } from '../protection-case/protection-case.access';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { Assessment, InterventionPlan } from './assessment.entity';
import { CasePlanningPayload, RecordAssessmentInput, SetInterventionPlanInput } from './assessment.input';
import { recordAssessment, setInterventionPlan } from './assessment.service';

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
  ) {
    return payloadOf(CasePlanningPayload, await recordAssessment(ctx, input));
  }

  @Mutation(() => CasePlanningPayload, {
    description: 'Sets the intervention plan (case manager); an assessed case moves to intervention.',
  })
  async setInterventionPlan(
    @Arg('input', () => SetInterventionPlanInput) input: SetInterventionPlanInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(CasePlanningPayload, await setInterventionPlan(ctx, input));
  }
}
