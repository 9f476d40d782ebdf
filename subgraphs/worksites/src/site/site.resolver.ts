import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import { mutation, mutationsOf } from '@hub/server';
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError, NotFoundError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { PlacementStatus, type PlacementStatusCode } from '../enums';
import { Provider } from '../provider/provider.entity';
import { Placement } from '../placement/placement.entity';
import { visiblePlacements } from '../placement/placement.access';
import { siteScope } from './site.access';
import { WorkSite } from './site.entity';
import { RegisterWorkSiteInput, UpdateWorkSiteInput, WorkSiteConnection, WorkSitePayload, WorkSitesArgs } from './site.input';
import { deactivateWorkSite, listWorkSites, registerWorkSite, updateWorkSite } from './site.service';

/** A site's placement list is bounded (query cost, README "Query limits"): its default and maximum length. */
export const SITE_PLACEMENTS_DEFAULT = 20;
export const SITE_PLACEMENTS_MAX = 100;

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
    return (await listWorkSites(ctx, filter, first, after, info)) as WorkSiteConnection;
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

export const SiteMutations = mutationsOf<WorksitesContext>({
  registerWorkSite: mutation(
    WorkSitePayload,
    RegisterWorkSiteInput,
    registerWorkSite,
    "Registers a work site (the provider's admin, or the head of Bapas).",
  ),
  updateWorkSite: mutation(
    WorkSitePayload,
    UpdateWorkSiteInput,
    updateWorkSite,
    'Updates a site; the earlier version is kept. Capacity cannot drop below the places in use.',
  ),
  deactivateWorkSite: mutation(
    WorkSitePayload,
    { siteId: ID },
    deactivateWorkSite,
    'Deactivates a site: no new placements; its placements and history stay.',
  ),
});

/** Resolves `WorkSite` references, batched, with the same visibility rule. */
export const workSiteReference = {
  __resolveReference: async (ref: { id: string }, ctx: WorksitesContext) => {
    const site = await ctx.loaders.site.load(ref.id);
    return site && siteScope.allows(ctx.viewer, site) ? site : null;
  },
};
