import { allOf, checkDistrictFilter, keysetPage, type ListOrder, runCommand, writtenPayload } from '@hub/server';
import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@hub/errors';
import { userError } from '@hub/federation';
import type { WorksitesContext } from '../context';
import { Provider } from '../provider/provider.entity';
import { canManageSites, siteScope } from './site.access';
import { AvailabilitySlot, WorkSite } from './site.entity';
import type { RegisterWorkSiteInput, UpdateWorkSiteInput, WorkSiteFilter, WorkSiteInput } from './site.input';
import { checkDeactivation, checkSite, checkSiteUpdate } from './site.rules';

/** Registers a work site (the provider's admin, or the head of Bapas); its first version is kept. */
export async function registerWorkSite(ctx: WorksitesContext, input: RegisterWorkSiteInput) {
  const result = await runCommand(ctx, {
    name: 'registerWorkSite',
    input,
    authorize: () => {
      if (!canManageSites(ctx.viewer, input.providerId))
        throw new ForbiddenError("Only the provider's admin or the head of Bapas registers its sites.");
    },
    facts: async (tx) => !!(await tx.findOne(Provider, { id: input.providerId })),
    validate: (_none, providerExists) =>
      providerExists ? checkSite(input) : [userError('input.providerId', 'UNKNOWN_PROVIDER', 'No provider with this id.')],
    persist: (tx) =>
      tx.create(WorkSite, { id: randomUUID(), providerId: input.providerId, active: true, ...siteFields(input) }).id,
    audit: async (tx, id) =>
      keepVersion(tx, id, JSON.stringify(await tx.findOneOrFail(WorkSite, { id })), ctx.viewer.userId, 'CREATED'),
  });
  return writtenPayload(ctx.em, result, 'workSite', WorkSite);
}

/** Updates a site; the earlier version is kept. Capacity cannot drop below the places in use. */
export function updateWorkSite(ctx: WorksitesContext, input: UpdateWorkSiteInput) {
  return changeSite(ctx, 'updateWorkSite', input.siteId, 'UPDATED', {
    facts: (site) => ctx.loaders.activePlacementsBySite.load(site.id),
    validate: (_site, inUse) => checkSiteUpdate(input, inUse),
    apply: (site) => Object.assign(site, siteFields(input)),
  });
}

/** Deactivates a site: no new placements; its placements and history stay. */
export function deactivateWorkSite(ctx: WorksitesContext, siteId: string) {
  return changeSite(ctx, 'deactivateWorkSite', siteId, 'DEACTIVATED', {
    facts: () => undefined,
    validate: (site) => checkDeactivation(site),
    apply: (site) => (site.active = false),
  });
}

/** A change to a site by whoever manages its provider's sites, keeping the version before it. */
async function changeSite<F>(
  ctx: WorksitesContext,
  name: string,
  siteId: string,
  change: string,
  steps: {
    facts: (site: WorkSite) => Promise<F> | F;
    validate: (site: WorkSite, facts: F) => ReturnType<typeof checkSite>;
    apply: (site: WorkSite) => unknown;
  },
) {
  const result = await runCommand(ctx, {
    name,
    input: { siteId },
    authorize: async () => {
      const site = await ctx.em.findOne(WorkSite, { id: siteId });
      if (!site) throw new NotFoundError('The work site');
      if (!canManageSites(ctx.viewer, site.providerId))
        throw new ForbiddenError("Only the provider's admin or the head of Bapas changes its sites.");
      return site;
    },
    facts: async (_tx, site) => ({ before: JSON.stringify(site), of: await steps.facts(site) }),
    validate: (site, facts) => steps.validate(site, facts.of),
    persist: (_tx, site) => {
      steps.apply(site);
      return site.id;
    },
    audit: (tx, id, _site, facts) => keepVersion(tx, id, facts.before, ctx.viewer.userId, `BEFORE_${change}`),
  });
  return { workSite: result.id ? result.target : null, userErrors: result.userErrors, replayed: false };
}

function siteFields(input: WorkSiteInput) {
  return {
    name: input.name.trim(),
    kind: input.kind,
    districtCode: input.districtCode,
    address: input.address.trim(),
    activities: input.activities.map((a) => a.trim()).filter(Boolean),
    capacity: input.capacity,
    availability: input.availability.map((s) => Object.assign(new AvailabilitySlot(), { ...s })),
    requiresProtectiveEquipment: input.requiresProtectiveEquipment,
    childSuitable: input.childSuitable,
    nonCommercialConfirmed: input.nonCommercialConfirmed,
  };
}

/** Every version of a site is kept (`work_site_version`): the audit of a site's changes. */
async function keepVersion(tx: EntityManager, siteId: string, snapshot: string, actor: string, change: string): Promise<void> {
  await tx.execute('insert into work_site_version (site_id, changed_by, change, snapshot) values (?, ?, ?, ?)', [
    siteId,
    actor,
    change,
    snapshot,
  ]);
}

/** The work-site catalogue the viewer may see (site.access.ts), filtered, a page at a time; `totalCount` only when selected. */
export async function listWorkSites(
  ctx: WorksitesContext,
  filter: WorkSiteFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  checkDistrictFilter('filter.districtCode', filter?.districtCode);
  const scope = siteScope.where(ctx.viewer, ctx.em);
  const where = allOf<WorkSite>(
    scope,
    filter?.districtCode && { districtCode: filter.districtCode },
    filter?.kind && { kind: filter.kind },
    typeof filter?.childSuitable === 'boolean' && { childSuitable: filter.childSuitable },
    typeof filter?.active === 'boolean' && { active: filter.active },
    ...(scope ? await capacityAndDayCondition(ctx, filter) : []),
  );
  return keysetPage(ctx.em, WorkSite, where, SITE_ORDER, { first, after, info });
}

/** Sites are listed by name; the id breaks ties. */
const SITE_ORDER: ListOrder<WorkSite> = {
  alias: 's',
  key: ['s.name', 's.id'],
  orderBy: { name: 'asc', id: 'asc' },
  keyOf: (s) => [s.name, s.id],
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
