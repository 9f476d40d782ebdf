import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});

afterAll(async () => {
  await t?.stop();
});

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  placement { id status person { displayName identityAccess isChild } site { name } } userErrors { field code message article } replayed } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { id } userErrors { code } replayed } }`;
const jakartaToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Place = {
  placement: { id: string; status: string; person: { displayName: string; identityAccess: string; isChild: boolean } } | null;
  userErrors: Array<{ code: string; article: string | null }>;
};

describe('work sites through the gateway', () => {
  it("places a child's pending order only at a child-suitable site, activates it at Bapas, moves it with its hours", async () => {
    const { world } = t;
    const head = await t.tokenFor('head.bapas');
    const clientsById = new Map(world.clients.map((c) => [c.id, c]));
    const order =
      world.orders.find((o) => o.status === 'PENDING_PLACEMENT' && o.kind === 'PELAYANAN_MASYARAKAT') ??
      world.orders.find((o) => o.status === 'PENDING_PLACEMENT')!;
    const isChild = order.kind === 'PELAYANAN_MASYARAKAT';
    const activeAt = (siteId: string) => world.placements.filter((p) => p.siteId === siteId && p.status === 'ACTIVE').length;
    const suitable = world.workSites.filter((s) => s.active && s.childSuitable && activeAt(s.id) + 2 <= s.capacity);
    const unsuitable = world.workSites.find((s) => s.active && !s.childSuitable && activeAt(s.id) < s.capacity)!;
    const start = order.startDate > addDays(jakartaToday(), -6) ? order.startDate : addDays(jakartaToday(), -6);
    const place = async (siteId: string, startDate = start, key?: string) =>
      (
        await postGraphQL(
          t.hub.gatewayUrl,
          PLACE,
          { input: { orderId: order.id, siteId, startDate, idempotencyKey: key ?? null } },
          { token: head },
        )
      ).body.data as {
        placeOrder: Place;
      };
    if (isChild) {
      const refused = (await place(unsuitable.id)).placeOrder;
      expect(refused.userErrors.map((e) => e.code)).toEqual(['SITE_NOT_CHILD_SUITABLE']);
    }
    expect((await place(suitable[0]!.id, addDays(order.deadline, 1))).placeOrder.userErrors.map((e) => e.code)).toEqual([
      'START_OUTSIDE_ORDER',
    ]);
    const first = (await place(suitable[0]!.id, start, `place-${order.id}`)).placeOrder;
    expect(first.userErrors).toEqual([]);
    expect(first.placement).toMatchObject({ status: 'ACTIVE', person: { identityAccess: 'LIMITED', isChild } });
    expect(first.placement!.person.displayName).toMatch(/^([A-Z]\.)+$/);
    expect(first.placement!.person.displayName).not.toBe(clientsById.get(order.clientId)!.fullName);
    const status = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { communityServiceOrder(id: $id) { status } }',
      { id: order.id },
      { token: head },
    );
    expect(status.body.data).toEqual({ communityServiceOrder: { status: 'ACTIVE' } });

    // Hours at the first site, then a move; the hours follow the order.
    const day1 = start;
    const rec1 = await postGraphQL(
      t.hub.gatewayUrl,
      RECORD,
      {
        input: { placementId: first.placement!.id, date: day1, hours: 2, outcome: 'ATTENDED', idempotencyKey: `h1-${order.id}` },
      },
      { token: head },
    );
    expect((rec1.body.data as { recordAttendance: { userErrors: unknown[] } }).recordAttendance.userErrors).toEqual([]);
    const second = (await place(suitable[1]!.id, addDays(day1, 1), `move-${order.id}`)).placeOrder;
    expect(second.userErrors).toEqual([]);
    const rec2 = await postGraphQL(
      t.hub.gatewayUrl,
      RECORD,
      {
        input: {
          placementId: second.placement!.id,
          date: addDays(day1, 1),
          hours: 2.5,
          outcome: 'ATTENDED',
          idempotencyKey: `h2-${order.id}`,
        },
      },
      { token: head },
    );
    expect((rec2.body.data as { recordAttendance: { userErrors: unknown[] } }).recordAttendance.userErrors).toEqual([]);
    const ledger = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { communityServiceOrder(id: $id) { orderedHours hoursCompleted hoursRemaining placements { status hoursCredited } } }',
      { id: order.id },
      { token: head },
    );
    expect(ledger.body.data).toMatchObject({
      communityServiceOrder: {
        hoursCompleted: 4.5,
        hoursRemaining: order.orderedHours - 4.5,
        placements: [
          { status: 'TRANSFERRED', hoursCredited: 2 },
          { status: 'ACTIVE', hoursCredited: 2.5 },
        ],
      },
    });
  });

  it('gives the prosecutor every order in Tanjung Jabung Barat with hours, remaining, on track and breach signals in one query', async () => {
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      `query ProsecutorOrders { communityServiceOrders(first: 100, filter: {districtCode: "1507"}) { totalCount nodes {
        id kind status orderedHours deadline hoursCompleted hoursRemaining onTrack unacceptableAbsences breachSignal client { displayName identityAccess } } } }`,
      {},
      { token: await t.tokenFor('prosecutor.tjb') },
    );
    expect(res.body.errors).toBeUndefined();
    const data = (res.body.data as { communityServiceOrders: { totalCount: number; nodes: Array<Record<string, unknown>> } })
      .communityServiceOrders;
    const expected = t.world.orders.filter((o) => t.world.clients.find((c) => c.id === o.clientId)!.districtCode === '1507');
    expect(data.totalCount).toBe(expected.length);
    const breached = data.nodes.filter((n) => n['status'] === 'BREACHED');
    for (const b of breached) expect(b['breachSignal']).toBe(true);
    for (const n of data.nodes) expect((n['client'] as { identityAccess: string }).identityAccess).toBe('LIMITED');
    expect(Number(res.headers.get('x-hub-subgraph-fetches'))).toBe(2);
  });

  it("credits a supervisor's phone retries once, and shows them the person only in the limited view", async () => {
    const { world } = t;
    const supervisor = world.users.find((u) => u.username === 'supervisor.tjb')!;
    const token = await t.tokenFor('supervisor.tjb');
    const sites = new Set(world.workSites.filter((s) => s.providerId === supervisor.providerId).map((s) => s.id));
    const placement = world.placements.find(
      (p) => sites.has(p.siteId) && p.status === 'ACTIVE' && p.orderDeadline > jakartaToday(),
    )!;
    const day = addDays(jakartaToday(), -1);
    const input = {
      placementId: placement.id,
      date: day,
      hours: 4,
      outcome: 'ATTENDED',
      activity: 'Cleaning the mosque yard',
      idempotencyKey: `phone-${placement.id}-${day}`,
    };
    const ids = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const res = await postGraphQL(t.hub.gatewayUrl, RECORD, { input }, { token });
      const payload = (res.body.data as { recordAttendance: { attendance: { id: string } | null; userErrors: unknown[] } })
        .recordAttendance;
      expect(payload.userErrors).toEqual([]);
      ids.add(payload.attendance!.id);
    }
    expect(ids.size).toBe(1);
    const view = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { placement(id: $id) { hoursCredited person { displayName identityAccess } attendance { date hours } order { hoursCompleted } } }',
      { id: placement.id },
      { token },
    );
    const p = (
      view.body.data as { placement: { attendance: Array<{ date: string; hours: number }>; person: { identityAccess: string } } }
    ).placement;
    expect(p.person.identityAccess).toBe('LIMITED');
    expect(p.attendance.filter((a) => a.date === day)).toEqual([{ date: day, hours: 4 }]);
    const client = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { placement(id: $id) { order { client { fullName } } } }',
      { id: placement.id },
      { token },
    );
    expect(client.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(client.body)).not.toContain(
      world.clients.find((c) => c.id === world.orders.find((o) => o.id === placement.orderId)!.clientId)!.fullName,
    );
  });
});
