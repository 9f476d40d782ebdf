import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { userError } from '@hub/federation';
import { runCommand } from '@hub/server';
import type { WorksitesContext } from '../context';
import { Provider } from '../provider/provider.entity';
import { canManageSites } from './site.access';
import { AvailabilitySlot, WorkSite } from './site.entity';
import type { RegisterWorkSiteInput, UpdateWorkSiteInput, WorkSiteInput } from './site.input';
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
  const workSite = result.id ? await ctx.em.findOne(WorkSite, { id: result.id }) : null;
  return { workSite, userErrors: result.userErrors, replayed: result.replayed };
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
