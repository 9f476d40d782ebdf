import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { protectionCaseReferenceScope } from '../protection-case/protection-case.access';
import { ClientRef } from './client.ref';

@Resolver(() => ClientRef)
export class ClientProtectionResolver {
  @FieldResolver(() => [ProtectionCase], {
    nullable: true,
    description: "The child's protection cases at DP3AP2KB that the viewer may see (*kasus perlindungan*).",
  })
  async protectionCases(@Root() client: ClientRef, @Ctx() ctx: ChildProtectionContext): Promise<ProtectionCase[]> {
    const cases = await ctx.loaders.casesByClient.load(client.id);
    return cases.filter((pc) => protectionCaseReferenceScope.allows(ctx.viewer, pc));
  }
}

/** Any client id can be referenced; the cases themselves are filtered by the viewer's rights. */
export const clientReference = {
  __resolveReference: (ref: { id: string }) => ClientRef.of(ref.id),
};
