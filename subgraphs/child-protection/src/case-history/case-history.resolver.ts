import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { UserError, userError } from '@hub/federation';
import { ForbiddenError } from '@hub/errors';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { CASE_TRANSITIONS, ProtectionCasePayload } from '../protection-case/protection-case.mutations';
import { worksOnCase } from '../service/service.resolver';
import { caseEvent, ProtectionCaseEvent } from './case-event.entity';

/** Shortest reason accepted for reopening a case: a few words a colleague can act on. */
export const REOPEN_REASON_MIN = 10;

@InputType({ description: 'Reopen a closed protection case, with the reason (case manager).' })
export class ReopenProtectionCaseInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field({ description: 'Why the case is reopened (*alasan pembukaan kembali*), at least 10 characters.' })
  reason!: string;
}

@Resolver(() => ProtectionCase)
export class CaseHistoryResolver {
  @FieldResolver(() => [ProtectionCaseEvent], {
    description: 'Closures and reopenings, oldest first, with who and why (DP3AP2KB staff on the case).',
  })
  async history(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<ProtectionCaseEvent[]> {
    return worksOnCase(ctx, pc) ? ctx.loaders.eventsByCase.load(pc.id) : [];
  }

  @Mutation(() => ProtectionCasePayload, {
    description:
      'Reopens a closed case into assessment, with the reason (case manager of the district). The closure stays in the history.',
  })
  async reopenProtectionCase(
    @Arg('input', () => ReopenProtectionCaseInput) input: ReopenProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<ProtectionCasePayload> {
    const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
    if (!pc || !hasAnyRole(ctx.viewer, 'CASE_MANAGER') || !worksOnCase(ctx, pc))
      throw new ForbiddenError('The case manager of the district reopens a case.');
    const errors: UserError[] = [];
    const reason = input.reason.trim();
    if (reason.length < REOPEN_REASON_MIN)
      errors.push(
        userError(
          'input.reason',
          'REASON_REQUIRED',
          `Write why the case is reopened (at least ${REOPEN_REASON_MIN} characters).`,
        ),
      );
    if (!errors.length) {
      const [next] = CASE_TRANSITIONS.CLOSED;
      await ctx.em.transactional(async (tx) => {
        // Only a case still closed is reopened: of two case managers at the same moment, one reopens it.
        const reopened = await tx.nativeUpdate(
          ProtectionCase,
          { id: pc.id, status: 'CLOSED' },
          { status: next, closedAt: null, closureReason: null, closingSummary: null },
        );
        if (reopened === 0) {
          errors.push(userError('input.protectionCaseId', 'NOT_CLOSED', 'Only a closed case can be reopened.'));
          return;
        }
        tx.persist(caseEvent(ctx, pc.id, 'REOPENED', new Date(), { note: reason }));
      });
    }
    return Object.assign(new ProtectionCasePayload(), {
      protectionCase: errors.length ? null : await ctx.em.findOne(ProtectionCase, { id: pc.id }, { refresh: true }),
      userErrors: errors,
    });
  }
}
