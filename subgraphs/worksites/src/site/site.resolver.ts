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
  District,
  districtOf,
  keysetCondition,
  keysetWindow,
  payloadOf,
  selectsField,
  toKeysetConnection,
} from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import { isDistrictCode, type WorkSiteKindCode } from '@hub/reference';
import { BadUserInputError, NotFoundError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { PlacementStatus, WorkSiteKind, type PlacementStatusCode } from '../enums';
import { Provider } from '../provider/provider.entity';
import { Placement } from '../placement/placement.entity';
import { visiblePlacements } from '../placement/placement.access';
import { siteScope } from './site.access';
import { WorkSite } from './site.entity';
import { RegisterWorkSiteInput, UpdateWorkSiteInput, WorkSitePayload } from './site.input';
import { deactivateWorkSite, registerWorkSite, updateWorkSite } from './site.service';

/** A site's placement list is bounded (query cost, README "Query limits"): its default and maximum length. */
export const SITE_PLACEMENTS_DEFAULT = 20;
export const SITE_PLACEMENTS_MAX = 100;

@InputType({ description: 'Filter for the work-site catalogue.' })
class WorkSiteFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code.' })
  districtCode?: string | null;

  @Field(() => WorkSiteKind, { nullable: true })
  kind?: WorkSiteKindCode | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sites suitable (true) or not suitable (false) for children.' })
  childSuitable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) sites.' })
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sites with a free place now.' })
  hasFreeCapacity?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only sites open on this weekday (1 = Monday … 7 = Sunday).' })
  availableOn?: number | null;
}

@ArgsType()
class WorkSitesArgs {
  @Field(() => WorkSiteFilter, { nullable: true })
  filter?: WorkSiteFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the previous page.' })
  after?: string | null;
}

@ObjectType({ description: 'A page of work sites (Relay connection).' })
class WorkSiteConnection extends ConnectionOf(WorkSite, {
  edge: 'WorkSiteEdge',
  edgeDescription: 'A site in a page of sites.',
}) {}

@Resolver(() => WorkSite)
export class WorkSiteResolver {
  @Query(() => WorkSite, { nullable: true, description: 'One work site by id, if the viewer may see it.' })
  async workSite(@Arg('id', () => ID) id: string, @Ctx() ctx: WorksitesContext): Promise<WorkSite | null> {
    const site = await ctx.loaders.site.load(id);
    return site && siteScope.allows(ctx.viewer, site) ? site : null;
  }

  @Query(() => WorkSiteConnection, { description: 'The work-site catalogue the viewer may see, filtered, a page at a time.' })
  async workSites(
    @Args() { filter, first, after }: WorkSitesArgs,
    @Ctx() ctx: WorksitesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WorkSiteConnection> {
    const pageKey = ['s.name', 's.id'];
    const page = keysetWindow(first, after, pageKey.length);
    const keyOf = (s: WorkSite) => [s.name, s.id];
    if (filter?.districtCode && !isDistrictCode(filter.districtCode)) {
      throw new BadUserInputError('filter.districtCode', `"${filter.districtCode}" is not a Jambi district code (e.g. 1507).`);
    }
    const scope = siteScope.where(ctx.viewer, ctx.em);
    if (!scope) return toKeysetConnection<WorkSite>([], page.limit, keyOf, !!page.after, 0) as WorkSiteConnection;
    const where: FilterQuery<WorkSite> = {
      $and: [
        scope,
        ...(filter?.districtCode ? [{ districtCode: filter.districtCode }] : []),
        ...(filter?.kind ? [{ kind: filter.kind }] : []),
        ...(typeof filter?.childSuitable === 'boolean' ? [{ childSuitable: filter.childSuitable }] : []),
        ...(typeof filter?.active === 'boolean' ? [{ active: filter.active }] : []),
        ...(await capacityAndDayCondition(ctx, filter)),
      ],
    };
    const query = ctx.em.createQueryBuilder(WorkSite, 's').where(where);
    if (page.after) {
      const seek = keysetCondition(pageKey, page.after);
      query.andWhere(seek.sql, seek.params);
    }
    const [rows, total] = await Promise.all([
      query
        .orderBy({ name: 'asc', id: 'asc' })
        .limit(page.limit + 1)
        .getResultList(),
      selectsField(info, 'totalCount') ? ctx.em.count(WorkSite, where) : null,
    ]);
    return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total) as WorkSiteConnection;
  }

  @FieldResolver(() => Provider, { description: 'The organisation that offers the site.' })
  async provider(@Root() site: WorkSite, @Ctx() ctx: WorksitesContext): Promise<Provider> {
    const provider = await ctx.loaders.provider.load(site.providerId);
    if (!provider) throw new NotFoundError('The provider of this site');
    return provider;
  }

  @FieldResolver(() => District, { description: 'District of the site.' })
  district(@Root() site: WorkSite): District {
    return districtOf(site.districtCode);
  }

  @FieldResolver(() => Int, { description: 'Placements active at the site now (capacity in use).' })
  activePlacements(@Root() site: WorkSite, @Ctx() ctx: WorksitesContext): Promise<number> {
    return ctx.loaders.activePlacementsBySite.load(site.id);
  }

  @FieldResolver(() => [Placement], {
    description: `Placements at the site that the viewer may see, optionally by status, newest first: the site supervisor's list. At most \`first\` (default ${SITE_PLACEMENTS_DEFAULT}, at most ${SITE_PLACEMENTS_MAX}).`,
  })
  async placements(
    @Root() site: WorkSite,
    @Arg('status', () => PlacementStatus, { nullable: true }) status: PlacementStatusCode | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many; default ${SITE_PLACEMENTS_DEFAULT}, at most ${SITE_PLACEMENTS_MAX}.`,
    })
    first: number | null,
    @Ctx() ctx: WorksitesContext,
  ): Promise<Placement[]> {
    if (!siteScope.allows(ctx.viewer, site)) return [];
    const limit = first ?? SITE_PLACEMENTS_DEFAULT;
    if (limit < 0 || limit > SITE_PLACEMENTS_MAX)
      throw new BadUserInputError('first', `first must be between 0 and ${SITE_PLACEMENTS_MAX}.`);
    const all = await ctx.loaders.placementsBySite.load(site.id);
    const matching = status ? all.filter((p) => p.status === status) : all;
    const visible = await visiblePlacements(ctx, [...matching].reverse());
    return visible.slice(0, limit);
  }
}

@Resolver()
export class SiteMutations {
  @Mutation(() => WorkSitePayload, { description: "Registers a work site (the provider's admin, or the head of Bapas)." })
  async registerWorkSite(@Arg('input', () => RegisterWorkSiteInput) input: RegisterWorkSiteInput, @Ctx() ctx: WorksitesContext) {
    return payloadOf(WorkSitePayload, await registerWorkSite(ctx, input));
  }

  @Mutation(() => WorkSitePayload, {
    description: 'Updates a site; the earlier version is kept. Capacity cannot drop below the places in use.',
  })
  async updateWorkSite(@Arg('input', () => UpdateWorkSiteInput) input: UpdateWorkSiteInput, @Ctx() ctx: WorksitesContext) {
    return payloadOf(WorkSitePayload, await updateWorkSite(ctx, input));
  }

  @Mutation(() => WorkSitePayload, { description: 'Deactivates a site: no new placements; its placements and history stay.' })
  async deactivateWorkSite(@Arg('siteId', () => ID) siteId: string, @Ctx() ctx: WorksitesContext) {
    return payloadOf(WorkSitePayload, await deactivateWorkSite(ctx, siteId));
  }
}

/** Resolves `WorkSite` references, batched, with the same visibility rule. */
export const workSiteReference = {
  __resolveReference: async (ref: { id: string }, ctx: WorksitesContext) => {
    const site = await ctx.loaders.site.load(ref.id);
    return site && siteScope.allows(ctx.viewer, site) ? site : null;
  },
};

/** Free capacity and weekday as an id condition, computed in one SQL statement. */
async function capacityAndDayCondition(
  ctx: WorksitesContext,
  filter: WorkSiteFilter | null | undefined,
): Promise<FilterQuery<WorkSite>[]> {
  if (!filter?.hasFreeCapacity && !filter?.availableOn) return [];
  if (filter.availableOn !== null && filter.availableOn !== undefined && (filter.availableOn < 1 || filter.availableOn > 7)) {
    throw new BadUserInputError('filter.availableOn', 'A weekday is 1 (Monday) to 7 (Sunday).');
  }
  const knex = ctx.em.getConnection().getKnex();
  const query = knex('work_site as s').select('s.id');
  if (filter.hasFreeCapacity) {
    query.whereRaw("s.capacity > (select count(*) from placement p where p.site_id = s.id and p.status = 'ACTIVE')");
  }
  if (filter.availableOn) {
    query.whereRaw('s.availability @> ?::jsonb', [JSON.stringify([{ weekday: filter.availableOn }])]);
  }
  const rows: Array<{ id: string }> = await ctx.em.getConnection().execute(query);
  return [{ id: { $in: rows.map((r) => r.id) } }];
}
