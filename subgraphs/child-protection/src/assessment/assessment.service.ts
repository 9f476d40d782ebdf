import { randomUUID } from 'node:crypto';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import type { UserError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import { runCommand } from '@hub/server';
import type { ChildProtectionContext } from '../context';
import { worksOnCase } from '../protection-case/protection-case.access';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { Assessment, InterventionPlan } from './assessment.entity';
import type { RecordAssessmentInput, SetInterventionPlanInput } from './assessment.input';
import { checkAssessment, checkInterventionPlan } from './assessment.rules';

/** The case after a planning command, read again (the command changed it in SQL); null when refused. */
async function planned(ctx: ChildProtectionContext, result: { id: string | null; userErrors: UserError[] }) {
  const protectionCase = result.id ? await ctx.em.findOne(ProtectionCase, { id: result.id }, { refresh: true }) : null;
  return { protectionCase, userErrors: result.userErrors };
}

/** Records a psychosocial assessment (staff working on the case); an intake moves to assessment. */
export async function recordAssessment(ctx: ChildProtectionContext, input: RecordAssessmentInput) {
  const result = await runCommand(ctx, {
    name: 'recordAssessment',
    input,
    authorize: async () => {
      const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
      if (!pc || !worksOnCase(ctx.viewer, pc)) throw new ForbiddenError('Only the staff working on this case assess it.');
      return pc;
    },
    validate: (pc) => checkAssessment(pc, input, ctx.viewer.caseworkerId ?? null, jakartaDate(new Date())),
    persist: async (tx, pc) => {
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
      return pc.id;
    },
  });
  return planned(ctx, result);
}

/** Sets the intervention plan (the case manager of the district); an assessed case moves to intervention. */
export async function setInterventionPlan(ctx: ChildProtectionContext, input: SetInterventionPlanInput) {
  const result = await runCommand(ctx, {
    name: 'setInterventionPlan',
    input,
    authorize: async () => {
      const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
      if (!pc || !hasAnyRole(ctx.viewer, 'CASE_MANAGER') || !worksOnCase(ctx.viewer, pc))
        throw new ForbiddenError('The case manager of the district sets the plan.');
      return pc;
    },
    validate: (pc) => checkInterventionPlan(pc, input),
    persist: async (tx, pc) => {
      tx.create(InterventionPlan, {
        id: randomUUID(),
        protectionCaseId: pc.id,
        goals: input.goals.trim(),
        plannedServices: [...new Set(input.plannedServices)],
        createdBy: ctx.viewer.userId,
        createdAt: new Date(),
      });
      if (pc.status === 'ASSESSMENT') await tx.nativeUpdate(ProtectionCase, { id: pc.id }, { status: 'INTERVENTION' });
      return pc.id;
    },
  });
  return planned(ctx, result);
}
