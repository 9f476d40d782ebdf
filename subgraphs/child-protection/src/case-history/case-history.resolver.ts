import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { payloadOf } from '@hub/federation';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { ProtectionCasePayload } from '../protection-case/protection-case.input';
import { worksOnCase } from '../protection-case/protection-case.access';
import { reopenProtectionCase } from '../protection-case/protection-case.service';
import { ProtectionCaseEvent } from './case-event.entity';

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
    return worksOnCase(ctx.viewer, pc) ? ctx.loaders.eventsByCase.load(pc.id) : [];
  }

  @Mutation(() => ProtectionCasePayload, {
    description:
      'Reopens a closed case into assessment, with the reason (case manager of the district). The closure stays in the history.',
  })
  async reopenProtectionCase(
    @Arg('input', () => ReopenProtectionCaseInput) input: ReopenProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(ProtectionCasePayload, await reopenProtectionCase(ctx, input));
  }
}
