import { generateDemoWorld } from '@hub/demo';
import { claimsOfUser, viewerFromClaims } from '@hub/auth';
import { listedAndAllowed, subgraphUnderTest } from '@hub/testing';
import { createWorksitesApp } from '@hub/worksites';
import { placementScope } from '../src/placement/placement.access';
import { Placement } from '../src/placement/placement.entity';
import { siteScope } from '../src/site/site.access';
import { WorkSite } from '../src/site/site.entity';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);

const subgraph = subgraphUnderTest(createWorksitesApp, 'worksites_scopes', world);
beforeAll(subgraph.start);
afterAll(subgraph.stop);

describe('every demo user gets the same records from a scope list filter as from its single-record check', () => {
  it.each(world.users.map((u) => [u.username, u] as const))('%s', async (_name, user) => {
    const viewer = viewerFromClaims({ ...claimsOfUser(user) });
    const em = subgraph.app.orm.em.fork();
    const sites = await listedAndAllowed(em, WorkSite, siteScope, viewer, (all) => all);
    expect(sites.listed).toEqual(sites.allowed);
    const siteProvider = new Map((await em.find(WorkSite, {})).map((s) => [s.id, s.providerId]));
    const placements = await listedAndAllowed(em, Placement, placementScope, viewer, (all) =>
      all.map((p) => Object.assign(p, { siteProviderId: siteProvider.get(p.siteId) ?? null })),
    );
    expect(placements.listed).toEqual(placements.allowed);
  });

  it('is not vacuous: the demo users between them reach some placements and miss others', async () => {
    const em = subgraph.app.orm.em.fork();
    const total = await em.count(Placement, {});
    const reached = await Promise.all(
      world.users.map(async (u) => {
        const where = placementScope.where(viewerFromClaims({ ...claimsOfUser(u) }), em);
        return where ? em.count(Placement, where) : 0;
      }),
    );
    expect(Math.max(...reached)).toBe(total);
    expect(reached.some((n) => n > 0 && n < total)).toBe(true);
  });
});
