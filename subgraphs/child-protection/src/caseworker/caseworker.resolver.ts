import { Args, ArgsType, Ctx, Field, FieldResolver, Info, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import {
  ConnectionOf,
  District,
  districtOf,
  keysetCondition,
  keysetWindow,
  selectsField,
  toKeysetConnection,
  PageArgsOf,
} from '@hub/federation';
import type { ChildProtectionContext } from '../context';
import { Profession, type ProfessionCode } from '../enums';
import { Caseworker } from './caseworker.entity';

@InputType({ description: 'Filter for the list of caseworkers.' })
class CaseworkerFilter {
  @Field(() => Profession, { nullable: true, description: 'Only this profession, e.g. PSYCHOLOGIST.' })
  profession?: ProfessionCode | null;
}

@ArgsType()
class CaseworkersArgs extends PageArgsOf(CaseworkerFilter) {}

@ObjectType({ description: 'A page of caseworkers (Relay connection).' })
class CaseworkerConnection extends ConnectionOf(Caseworker, { edgeDescription: 'A caseworker in a page of caseworkers.' }) {}

@Resolver(() => Caseworker)
export class CaseworkerResolver {
  @FieldResolver(() => District, { description: 'District the caseworker serves.' })
  district(@Root() caseworker: Caseworker): District {
    return districtOf(caseworker.districtCode);
  }

  @Query(() => CaseworkerConnection, {
    description:
      "The caseworkers and psychologists of the case manager's districts (*daftar pendamping*), by name: whom a case can be assigned to.",
  })
  async caseworkers(
    @Args() { filter, first, after }: CaseworkersArgs,
    @Ctx() ctx: ChildProtectionContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseworkerConnection> {
    const pageKey = ['c.name', 'c.id'];
    const page = keysetWindow(first, after, pageKey.length);
    const keyOf = (c: Caseworker) => [c.name, c.id];
    // Only a case manager assigns, and only within their own districts (assignCaseworker checks the same).
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER') || ctx.viewer.districts.length === 0)
      return toKeysetConnection<Caseworker>([], page.limit, keyOf, !!page.after, 0) as CaseworkerConnection;
    const where: FilterQuery<Caseworker> = {
      districtCode: { $in: ctx.viewer.districts },
      ...(filter?.profession ? { profession: filter.profession } : {}),
    };
    const query = ctx.em.createQueryBuilder(Caseworker, 'c').where(where);
    if (page.after) {
      const seek = keysetCondition(pageKey, page.after);
      query.andWhere(seek.sql, seek.params);
    }
    const [rows, total] = await Promise.all([
      query
        .orderBy({ name: 'asc', id: 'asc' })
        .limit(page.limit + 1)
        .getResultList(),
      selectsField(info, 'totalCount') ? ctx.em.count(Caseworker, where) : null,
    ]);
    return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total) as CaseworkerConnection;
  }
}

/** Resolves `Caseworker` references, batched. */
export const caseworkerReference = {
  __resolveReference: (ref: { id: string }, ctx: ChildProtectionContext) => ctx.loaders.caseworker.load(ref.id),
};
