import { generateDemoWorld } from '@hub/demo';
import { claimsOfUser, viewerFromClaims } from '@hub/auth';
import { listedAndAllowed, subgraphUnderTest } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';
import { breachScope } from '../src/breach/breach.access';
import { BreachReport } from '../src/breach/breach.entity';
import { clientScope } from '../src/client/client.access';
import { Client } from '../src/client/client.entity';
import { orderScope } from '../src/order/order.access';
import { CommunityServiceOrder } from '../src/order/order.entity';
import { Referral } from '../src/referral/referral.entity';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);

const subgraph = subgraphUnderTest(createCorrectionsApp, 'corrections_scopes', world);
beforeAll(subgraph.start);
afterAll(subgraph.stop);

const groups = <T>(rows: T[], key: (r: T) => string, value: (r: T) => string) => {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), value(r)]);
  return map;
};

describe('every demo user gets the same records from a scope list filter as from its single-record check', () => {
  it.each(world.users.map((u) => [u.username, u] as const))('%s', async (_name, user) => {
    const viewer = viewerFromClaims({ ...claimsOfUser(user) });
    const em = subgraph.app.orm.em.fork();
    const referrals = groups(
      await em.find(Referral, {}),
      (r) => r.clientId,
      (r) => r.districtCode,
    );
    const orders = await em.find(CommunityServiceOrder, {});
    const orderDistricts = groups(
      orders,
      (o) => o.clientId,
      (o) => o.districtCode,
    );
    const officerOf = new Map((await em.find(Client, {})).map((c) => [c.id, c.officerId]));
    const clientOfOrder = new Map(orders.map((o) => [o.id, o.clientId]));

    const clients = await listedAndAllowed(em, Client, clientScope, viewer, (all) =>
      all.map((c) =>
        Object.assign(c, { referralDistricts: referrals.get(c.id) ?? [], orderDistricts: orderDistricts.get(c.id) ?? [] }),
      ),
    );
    expect(clients.listed).toEqual(clients.allowed);
    const ordersSeen = await listedAndAllowed(em, CommunityServiceOrder, orderScope, viewer, (all) =>
      all.map((o) => Object.assign(o, { clientOfficerId: officerOf.get(o.clientId) ?? null })),
    );
    expect(ordersSeen.listed).toEqual(ordersSeen.allowed);
    const breaches = await listedAndAllowed(em, BreachReport, breachScope, viewer, (all) =>
      all.map((b) => Object.assign(b, { orderClientOfficerId: officerOf.get(clientOfOrder.get(b.orderId) ?? '') ?? null })),
    );
    expect(breaches.listed).toEqual(breaches.allowed);
  });

  it('is not vacuous: between them the users reach all clients, and a PK only part of them', async () => {
    const em = subgraph.app.orm.em.fork();
    const count = (username: string) => {
      const where = clientScope.where(
        viewerFromClaims({ ...claimsOfUser(world.users.find((u) => u.username === username)!) }),
        em,
      );
      return where ? em.count(Client, where) : 0;
    };
    const total = await em.count(Client, {});
    expect(await count('head.bapas')).toBe(total);
    const pk = await count('pk.rahman');
    expect(pk).toBeGreaterThan(0);
    expect(pk).toBeLessThan(total);
    expect(await count('cm.tjb')).toBeGreaterThan(0);
    expect(await count('prosecutor.tjb')).toBeGreaterThan(0);
    expect(await count('analyst')).toBe(0);
  });
});
