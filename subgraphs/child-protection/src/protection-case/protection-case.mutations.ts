import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { UserError, userError } from '@hub/federation';
import { ForbiddenError } from '@hub/errors';
import type { ChildProtectionContext } from '../context';
import { ProtectionCaseStatus, type ProtectionCaseStatusCode } from '../enums';
import { Caseworker } from '../caseworker/caseworker.entity';
import { worksOnCase } from './protection-case.access';
import { ProtectionCase } from './protection-case.entity';

/** Where a protection case may go next; a closed case may only be reopened into assessment. */
export const CASE_TRANSITIONS: Record<ProtectionCaseStatusCode, ProtectionCaseStatusCode[]> = {
  INTAKE: ['ASSESSMENT', 'CLOSED'],
  ASSESSMENT: ['INTERVENTION', 'CLOSED'],
  INTERVENTION: ['MONITORING', 'CLOSED'],
  MONITORING: ['INTERVENTION', 'CLOSED'],
  CLOSED: ['ASSESSMENT'],
};

const ClosureReason = { GOALS_MET: 'GOALS_MET', TRANSFERRED: 'TRANSFERRED', MOVED_AWAY: 'MOVED_AWAY', OTHER: 'OTHER' } as const;
type ClosureReasonCode = keyof typeof ClosureReason;
registerEnumType(ClosureReason, { name: 'ClosureReason', description: 'Why a protection case is closed.' });

@InputType()
class ChangeProtectionCaseStatusInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ProtectionCaseStatus, { description: 'The next stage; CLOSED through closeProtectionCase.' })
  status!: ProtectionCaseStatusCode;
}

@InputType()
class CloseProtectionCaseInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ClosureReason)
  reason!: ClosureReasonCode;

  @Field({ description: 'Closing summary.' })
  summary!: string;
}

@InputType()
class AssignCaseworkerInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ID)
  caseworkerId!: string;
}

@ObjectType({ description: 'The result of a change to a protection case.' })
class ProtectionCasePayload {
  @Field(() => ProtectionCase, { nullable: true })
  protectionCase!: ProtectionCase | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

function payload(pc: ProtectionCase | null, errors: UserError[]): ProtectionCasePayload {
  return Object.assign(new ProtectionCasePayload(), { protectionCase: errors.length ? null : pc, userErrors: errors });
}

async function caseFor(ctx: ChildProtectionContext, id: string): Promise<ProtectionCase> {
  const pc = await ctx.em.findOne(ProtectionCase, { id });
  if (!pc || !worksOnCase(ctx.viewer, pc)) throw new ForbiddenError('Only the staff working on this case may change it.');
  return pc;
}

@Resolver()
export class ProtectionCaseMutations {
  @Mutation(() => ProtectionCasePayload, {
    description: 'Moves a case to its next stage; a high-risk case goes to emergency services before assessment.',
  })
  async changeProtectionCaseStatus(
    @Arg('input', () => ChangeProtectionCaseStatusInput) input: ChangeProtectionCaseStatusInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    const pc = await caseFor(ctx, input.protectionCaseId);
    const errors: UserError[] = [];
    if (input.status === 'CLOSED')
      errors.push(
        userError('input.status', 'USE_CLOSE', 'Close a case with closeProtectionCase, giving the reason and a summary.'),
      );
    else if (!CASE_TRANSITIONS[pc.status].includes(input.status)) {
      errors.push(
        userError(
          'input.status',
          'INVALID_TRANSITION',
          `A case in ${pc.status} can go to ${CASE_TRANSITIONS[pc.status].join(' or ')}.`,
        ),
      );
    }
    if (!errors.length) {
      if (pc.status === 'CLOSED') {
        pc.closedAt = null;
        pc.closureReason = null;
      }
      pc.status = input.status;
      await ctx.em.flush();
    }
    return payload(pc, errors);
  }

  @Mutation(() => ProtectionCasePayload, {
    description: 'Closes a case with its reason and summary; it is read-only until reopened.',
  })
  async closeProtectionCase(
    @Arg('input', () => CloseProtectionCaseInput) input: CloseProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    const pc = await caseFor(ctx, input.protectionCaseId);
    const errors: UserError[] = [];
    if (pc.status === 'CLOSED') errors.push(userError('input.protectionCaseId', 'ALREADY_CLOSED', 'The case is already closed.'));
    if (input.summary.trim().length < 10)
      errors.push(userError('input.summary', 'SUMMARY_REQUIRED', 'Write a closing summary (at least 10 characters).'));
    if (!errors.length) {
      pc.status = 'CLOSED';
      pc.closedAt = new Date();
      pc.closureReason = input.reason;
      pc.closingSummary = input.summary.trim();
      await ctx.em.flush();
    }
    return payload(pc, errors);
  }

  @Mutation(() => ProtectionCasePayload, { description: 'Assigns a caseworker or psychologist of the district (case manager).' })
  async assignCaseworker(
    @Arg('input', () => AssignCaseworkerInput) input: AssignCaseworkerInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Caseworkers are assigned by the case manager.');
    const pc = await caseFor(ctx, input.protectionCaseId);
    const worker = await ctx.em.findOne(Caseworker, { id: input.caseworkerId });
    const errors: UserError[] = [];
    if (!worker) errors.push(userError('input.caseworkerId', 'UNKNOWN_CASEWORKER', 'No caseworker with this id.'));
    else if (worker.districtCode !== pc.districtCode)
      errors.push(userError('input.caseworkerId', 'OTHER_DISTRICT', 'The caseworker serves another district.'));
    if (pc.status === 'CLOSED')
      errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
    if (!errors.length) {
      pc.caseworkerId = worker!.id;
      await ctx.em.flush();
    }
    return payload(pc, errors);
  }
}
