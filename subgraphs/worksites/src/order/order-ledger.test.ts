import type { WorksitesContext } from '../context';
import { OrderLedgerResolver } from './order.resolver';
import { OrderRef } from './order.ref';

/** A request context whose loaders count how often the ledger is read. */
function contextCountingReads() {
  const placement = { id: 'p1', siteId: 's1', maxHoursPerDay: 8, orderStartDate: '2026-11-02' };
  const record = { id: 'a1', placementId: 'p1', outcome: 'ATTENDED', hours: '6.00', supersedesId: null };
  const placementsByOrder = { load: jest.fn(async () => [placement]) };
  const attendanceByPlacement = { loadMany: jest.fn(async () => [[record]]) };
  const site = { loadMany: jest.fn(async () => [{ id: 's1', providerId: 'prov1' }]) };
  // The head of Bapas may see every order's ledger (placement.access.ts).
  const viewer = { roles: ['BAPAS_HEAD'], districts: [] };
  const ctx = { viewer, loaders: { placementsByOrder, attendanceByPlacement, site } } as unknown as WorksitesContext;
  return { ctx, placementsByOrder, attendanceByPlacement };
}

describe('the ledger of an order', () => {
  it('is read once per request, however many of its figures the query asks for', async () => {
    const { ctx, placementsByOrder, attendanceByPlacement } = contextCountingReads();
    const order = Object.assign(new OrderRef(), { id: 'o1', orderedHours: 40, deadline: '2099-12-31' });
    const resolver = new OrderLedgerResolver();
    const figures = await Promise.all([
      resolver.hoursCompleted(order, ctx),
      resolver.hoursRemaining(order, ctx),
      resolver.onTrack(order, ctx),
      resolver.unacceptableAbsences(order, ctx),
      resolver.breachSignal(order, ctx),
    ]);
    expect(figures).toEqual([6, 34, true, 0, false]);
    expect(placementsByOrder.load).toHaveBeenCalledTimes(1);
    expect(attendanceByPlacement.loadMany).toHaveBeenCalledTimes(1);
  });

  it('is read again in the next request (nothing is cached across requests)', async () => {
    const first = contextCountingReads();
    const second = contextCountingReads();
    const order = Object.assign(new OrderRef(), { id: 'o1', orderedHours: 40, deadline: '2099-12-31' });
    const resolver = new OrderLedgerResolver();
    await resolver.hoursCompleted(order, first.ctx);
    await resolver.hoursCompleted(order, second.ctx);
    expect(first.placementsByOrder.load).toHaveBeenCalledTimes(1);
    expect(second.placementsByOrder.load).toHaveBeenCalledTimes(1);
  });
});
