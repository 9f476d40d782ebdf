import { mutation, mutationsOf } from '@hub/server';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, District, districtOf } from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ClientRef } from '../client/client.ref';
import { ProtectionCase } from './protection-case.entity';
import { protectionCaseReferenceScope, protectionCaseScope } from './protection-case.access';
import {
  AssignCaseworkerInput,
  ChangeProtectionCaseStatusInput,
  CloseProtectionCaseInput,
  OpenProtectionCaseInput,
  OpenProtectionCasePayload,
  ProtectionCaseConnection,
  ProtectionCasePayload,
  ProtectionCasesArgs,
  ReopenProtectionCaseInput,
} from './protection-case.input';
import {
  assignCaseworker,
  changeProtectionCaseStatus,
  childIdentityOf,
  closeProtectionCase,
  listProtectionCases,
  openProtectionCase,
  reopenProtectionCase,
} from './protection-case.service';

@Resolver(() => ProtectionCase)
export class ProtectionCaseResolver {
  @Query(() => ProtectionCase, { nullable: true, description: 'One protection case by id, if the viewer may see it.' })
  async protectionCase(@Arg('id', () => ID) id: string, @Ctx() ctx: ChildProtectionContext): Promise<ProtectionCase | null> {
    const found = await ctx.loaders.protectionCase.load(id);
    return found && protectionCaseScope.allows(ctx.viewer, found) ? found : null;
  }

  @Query(() => ProtectionCaseConnection, { description: 'The protection cases the viewer may see, a page at a time.' })
  async protectionCases(
    @Args() { filter, first, after }: ProtectionCasesArgs,
    @Ctx() ctx: ChildProtectionContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProtectionCaseConnection> {
    return (await listProtectionCases(ctx, filter, first, after, info)) as ProtectionCaseConnection;
  }

  @FieldResolver(() => ClientRef, {
    nullable: true,
    description: 'The Bapas client, when the child is one (set through a referral).',
  })
  client(@Root() pc: ProtectionCase): ClientRef | null {
    return pc.clientId ? ClientRef.of(pc.clientId) : null;
  }

  @FieldResolver(() => District, { description: 'District of the case (*kabupaten/kota*).' })
  district(@Root() pc: ProtectionCase): District {
    return districtOf(pc.districtCode);
  }

  @FieldResolver(() => Caseworker, { nullable: true, description: 'The assigned caseworker (*pendamping*).' })
  caseworker(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<Caseworker | null> | null {
    return pc.caseworkerId ? ctx.loaders.caseworker.load(pc.caseworkerId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The child's name (victims and witnesses); staff working on the case only.",
  })
  async childFullName(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await childIdentityOf(ctx, pc))?.fullName ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The child's birth date; staff working on the case only." })
  async childBirthDate(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await childIdentityOf(ctx, pc))?.birthDate ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The child's address; staff working on the case only." })
  async childAddress(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    return (await childIdentityOf(ctx, pc))?.address ?? null;
  }
}

export const ProtectionCaseMutations = mutationsOf<ChildProtectionContext>({
  openProtectionCase: mutation(
    OpenProtectionCasePayload,
    OpenProtectionCaseInput,
    openProtectionCase,
    'Opens a case for a child victim or witness; high risk is flagged for emergency services before assessment.',
  ),
  changeProtectionCaseStatus: mutation(
    ProtectionCasePayload,
    ChangeProtectionCaseStatusInput,
    changeProtectionCaseStatus,
    'Moves a case to its next stage; a high-risk case goes to emergency services before assessment.',
  ),
  closeProtectionCase: mutation(
    ProtectionCasePayload,
    CloseProtectionCaseInput,
    closeProtectionCase,
    'Closes a case with its reason and summary; it is read-only until reopened.',
  ),
  assignCaseworker: mutation(
    ProtectionCasePayload,
    AssignCaseworkerInput,
    assignCaseworker,
    'Assigns a caseworker or psychologist of the district (case manager).',
  ),
  reopenProtectionCase: mutation(
    ProtectionCasePayload,
    ReopenProtectionCaseInput,
    reopenProtectionCase,
    'Reopens a closed case into assessment, with the reason (case manager of the district). The closure stays in the history.',
  ),
});

/** Resolves `ProtectionCase` references, batched, with the same visibility rule as the queries. */
export const protectionCaseReference = {
  __resolveReference: async (ref: { id: string }, ctx: ChildProtectionContext) => {
    const found = await ctx.loaders.protectionCase.load(ref.id);
    return found && protectionCaseReferenceScope.allows(ctx.viewer, found) ? found : null;
  },
};
