import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  ConnectionOf,
  DateScalar,
  District,
  districtOf,
  payloadOf,
  keysetCondition,
  keysetWindow,
  selectsField,
  toKeysetConnection,
} from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import { isDistrictCode } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ClientRef } from '../client/client.ref';
import { ChildRole, ProtectionCaseStatus, type ChildRoleCode, type ProtectionCaseStatusCode } from '../enums';
import { ProtectionCase } from './protection-case.entity';
import { protectionCaseReferenceScope, protectionCaseScope } from './protection-case.access';
import {
  AssignCaseworkerInput,
  ChangeProtectionCaseStatusInput,
  CloseProtectionCaseInput,
  OpenProtectionCaseInput,
  OpenProtectionCasePayload,
  ProtectionCasePayload,
} from './protection-case.input';
import {
  assignCaseworker,
  changeProtectionCaseStatus,
  childIdentityOf,
  closeProtectionCase,
  openProtectionCase,
} from './protection-case.service';

@InputType({ description: 'Filter for the protection case list.' })
class ProtectionCaseFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code.' })
  districtCode?: string | null;

  @Field(() => ProtectionCaseStatus, { nullable: true })
  status?: ProtectionCaseStatusCode | null;

  @Field(() => ChildRole, { nullable: true })
  childRole?: ChildRoleCode | null;
}

@ArgsType()
class ProtectionCasesArgs {
  @Field(() => ProtectionCaseFilter, { nullable: true })
  filter?: ProtectionCaseFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the previous page.' })
  after?: string | null;
}

@ObjectType({ description: 'A page of protection cases (Relay connection).' })
class ProtectionCaseConnection extends ConnectionOf(ProtectionCase, {
  edge: 'ProtectionCaseEdge',
  edgeDescription: 'A protection case in a page of cases.',
}) {}

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
    const pageKey = ['p.case_number', 'p.id'];
    const page = keysetWindow(first, after, pageKey.length);
    const keyOf = (p: ProtectionCase) => [p.caseNumber, p.id];
    if (filter?.districtCode && !isDistrictCode(filter.districtCode)) {
      throw new BadUserInputError('filter.districtCode', `"${filter.districtCode}" is not a Jambi district code (e.g. 1507).`);
    }
    const scope = protectionCaseScope.where(ctx.viewer, ctx.em);
    if (!scope) return toKeysetConnection<ProtectionCase>([], page.limit, keyOf, !!page.after, 0) as ProtectionCaseConnection;
    const where: FilterQuery<ProtectionCase> = {
      $and: [
        scope,
        ...(filter?.districtCode ? [{ districtCode: filter.districtCode }] : []),
        ...(filter?.status ? [{ status: filter.status }] : []),
        ...(filter?.childRole ? [{ childRole: filter.childRole }] : []),
      ],
    };
    const query = ctx.em.createQueryBuilder(ProtectionCase, 'p').where(where);
    if (page.after) {
      const seek = keysetCondition(pageKey, page.after);
      query.andWhere(seek.sql, seek.params);
    }
    const [rows, total] = await Promise.all([
      query
        .orderBy({ caseNumber: 'asc', id: 'asc' })
        .limit(page.limit + 1)
        .getResultList(),
      selectsField(info, 'totalCount') ? ctx.em.count(ProtectionCase, where) : null,
    ]);
    return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total) as ProtectionCaseConnection;
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

  @Mutation(() => OpenProtectionCasePayload, {
    description: 'Opens a case for a child victim or witness; high risk is flagged for emergency services before assessment.',
  })
  async openProtectionCase(
    @Arg('input', () => OpenProtectionCaseInput) input: OpenProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(OpenProtectionCasePayload, await openProtectionCase(ctx, input));
  }

  @Mutation(() => ProtectionCasePayload, {
    description: 'Moves a case to its next stage; a high-risk case goes to emergency services before assessment.',
  })
  async changeProtectionCaseStatus(
    @Arg('input', () => ChangeProtectionCaseStatusInput) input: ChangeProtectionCaseStatusInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(ProtectionCasePayload, await changeProtectionCaseStatus(ctx, input));
  }

  @Mutation(() => ProtectionCasePayload, {
    description: 'Closes a case with its reason and summary; it is read-only until reopened.',
  })
  async closeProtectionCase(
    @Arg('input', () => CloseProtectionCaseInput) input: CloseProtectionCaseInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(ProtectionCasePayload, await closeProtectionCase(ctx, input));
  }

  @Mutation(() => ProtectionCasePayload, { description: 'Assigns a caseworker or psychologist of the district (case manager).' })
  async assignCaseworker(
    @Arg('input', () => AssignCaseworkerInput) input: AssignCaseworkerInput,
    @Ctx() ctx: ChildProtectionContext,
  ) {
    return payloadOf(ProtectionCasePayload, await assignCaseworker(ctx, input));
  }
}

/** Resolves `ProtectionCase` references, batched, with the same visibility rule as the queries. */
export const protectionCaseReference = {
  __resolveReference: async (ref: { id: string }, ctx: ChildProtectionContext) => {
    const found = await ctx.loaders.protectionCase.load(ref.id);
    return found && protectionCaseReferenceScope.allows(ctx.viewer, found) ? found : null;
  },
};
