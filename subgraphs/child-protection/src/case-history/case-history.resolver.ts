import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { worksOnCase } from '../protection-case/protection-case.access';
import { ProtectionCaseEvent } from './case-event.entity';

@Resolver(() => ProtectionCase)
export class CaseHistoryResolver {
  @FieldResolver(() => [ProtectionCaseEvent], {
    description: 'Closures and reopenings, oldest first, with who and why (DP3AP2KB staff on the case).',
  })
  async history(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<ProtectionCaseEvent[]> {
    return worksOnCase(ctx.viewer, pc) ? ctx.loaders.eventsByCase.load(pc.id) : [];
  }
}
