import { generateDemoWorld } from '@hub/demo';
import { claimsOfUser, viewerFromClaims } from '@hub/auth';
import { listedAndAllowed, subgraphUnderTest } from '@hub/testing';
import { createChildProtectionApp } from '@hub/child-protection';
import { protectionCaseReferenceScope, protectionCaseScope } from '../src/protection-case/protection-case.access';
import { ProtectionCase } from '../src/protection-case/protection-case.entity';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);

const subgraph = subgraphUnderTest(createChildProtectionApp, 'child_protection_scopes', world);
beforeAll(subgraph.start);
afterAll(subgraph.stop);

describe('every demo user gets the same protection cases from a scope list filter as from its single-record check', () => {
  it.each(world.users.map((u) => [u.username, u] as const))('%s', async (_name, user) => {
    const viewer = viewerFromClaims({ ...claimsOfUser(user) });
    const em = subgraph.app.orm.em.fork();
    for (const scope of [protectionCaseScope, protectionCaseReferenceScope]) {
      const { listed, allowed } = await listedAndAllowed(em, ProtectionCase, scope, viewer, (all) => all);
      expect(listed).toEqual(allowed);
    }
  });

  it('is not vacuous: some users reach some cases, none reaches a victim case from Bapas', async () => {
    const em = subgraph.app.orm.em.fork();
    const reach = async (username: string) => {
      const viewer = viewerFromClaims({ ...claimsOfUser(world.users.find((u) => u.username === username)!) });
      return em.find(ProtectionCase, protectionCaseReferenceScope.where(viewer, em) ?? { id: null });
    };
    expect((await reach('cm.tjb')).length).toBeGreaterThan(0);
    const bapas = await reach('head.bapas');
    expect(bapas.length).toBeGreaterThan(0);
    expect(bapas.every((pc) => pc.childRole === 'IN_CONFLICT')).toBe(true);
  });
});
