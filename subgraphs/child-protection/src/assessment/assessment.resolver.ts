import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
}

export const AssessmentMutations = mutationsOf<ChildProtectionContext>({
  recordAssessment: mutation(
    CasePlanningPayload,
    RecordAssessmentInput,
    recordAssessment,
    'Records a psychosocial assessment (assigned caseworker or psychologist, or the case manager); an intake moves to assessment.',
  ),
  setInterventionPlan: mutation(
    CasePlanningPayload,
    SetInterventionPlanInput,
    setInterventionPlan,
    'Sets the intervention plan (case manager); an assessed case moves to intervention.',
  ),
});
