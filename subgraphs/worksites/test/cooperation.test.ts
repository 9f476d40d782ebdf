import { generateDemoWorld } from '@hub/demo';
import { addDays, jakartaDate } from '@hub/reference';
import { claimsOfUser, postGraphQL, testToken, TEST_SUBGRAPH_SECRET, subgraphUnderTest } from '@hub/testing';
import { createWorksitesApp, creditedHoursByQuarter } from '@hub/worksites';

/** The work-site providers' part of the joint monitoring, against PostgreSQL: the ledger's hours by district and quarter. */
const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);

const subgraph = subgraphUnderTest(createWorksitesApp, 'worksites_cooperation', world);
beforeAll(subgraph.start);
afterAll(subgraph.stop);

const districtOfOrder = (orderId: string) =>
  world.clients.find((c) => c.id === world.orders.find((o) => o.id === orderId)!.clientId)!.districtCode;
const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** The seeded ledger's hours per order in a district and quarter, from the demo world. */
function seeded(districtCode: string, year: number, quarter: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of world.attendance) {
    const p = world.placements.find((x) => x.id === a.placementId)!;
    if (a.outcome !== 'ATTENDED' || a.hours <= 0 || districtOfOrder(p.orderId) !== districtCode) continue;
    if (!a.date.startsWith(String(year)) || quarterOf(a.date) !== quarter) continue;
    out.set(p.orderId, (out.get(p.orderId) ?? 0) + a.hours);
  }
  return out;
}

describe("the work-site providers' part of the joint monitoring", () => {
  it('counts per order the attended hours of its district and quarter, a correction instead of the record it supersedes', async () => {
    const today = jakartaDate(new Date());
    const placement = world.placements.find(
      (p) =>
        p.status === 'ACTIVE' && p.orderKind === 'KERJA_SOSIAL' && p.startDate < addDays(today, -10) && p.orderDeadline > today,
    )!;
    const day = [1, 2, 3, 4, 5, 6, 7]
      .map((n) => addDays(today, -n))
      .find(
        (d) => quarterOf(d) === quarterOf(today) && !world.attendance.some((a) => a.placementId === placement.id && a.date === d),
      )!;
    const row = { year: Number(day.slice(0, 4)), districtCode: districtOfOrder(placement.orderId), quarter: quarterOf(day) };
    const key = `${row.year}:${row.districtCode}:${row.quarter}`;
    const credited = async () => (await creditedHoursByQuarter({ em: subgraph.app.orm.em.fork() }, [row])).get(key)!;
    expect(Object.fromEntries(await credited())).toEqual(Object.fromEntries(seeded(row.districtCode, row.year, row.quarter)));

    const head = world.users.find((u) => u.username === 'head.bapas')!;
    const token = await testToken(claimsOfUser(head));
    const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { id } userErrors { code } } }`;
    const record = async (input: Record<string, unknown>) => {
      const res = await postGraphQL(subgraph.url, RECORD, { input }, { token, secret: TEST_SUBGRAPH_SECRET });
      const payload = (res.body.data as { recordAttendance: { attendance: { id: string } | null; userErrors: unknown[] } })
        .recordAttendance;
      expect(payload.userErrors).toEqual([]);
      return payload.attendance!.id;
    };
    const before = (await credited()).get(placement.orderId) ?? 0;
    const first = await record({
      placementId: placement.id,
      date: day,
      hours: 6,
      outcome: 'ATTENDED',
      idempotencyKey: `coop-1-${day}`,
    });
    expect((await credited()).get(placement.orderId)).toBeCloseTo(before + 6, 5);
    await record({
      placementId: placement.id,
      date: day,
      hours: 1.5,
      outcome: 'ATTENDED',
      reason: 'Pulang lebih awal karena sakit.',
      supersedesId: first,
      idempotencyKey: `coop-2-${day}`,
    });
    expect((await credited()).get(placement.orderId)).toBeCloseTo(before + 1.5, 5);
    // Another district's row knows nothing of it.
    const elsewhere = { ...row, districtCode: row.districtCode === '1507' ? '1571' : '1507' };
    const other = (await creditedHoursByQuarter({ em: subgraph.app.orm.em.fork() }, [elsewhere])).get(
      `${elsewhere.year}:${elsewhere.districtCode}:${elsewhere.quarter}`,
    )!;
    expect(other.has(placement.orderId)).toBe(false);
  });
});
