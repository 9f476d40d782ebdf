import { initialsOf } from '@hub/reference';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertCopies, seedOnce } from '@hub/db';
import type { DemoWorld } from '@hub/demo';
import { Provider } from './provider/provider.entity';
import { WorkSite } from './site/site.entity';
import { Placement } from './placement/placement.entity';
import { AttendanceRecord } from './attendance/attendance.entity';

/**
 * Writes the worksites part of the demo world when the database has no provider yet; returns whether
 * it wrote anything. One transaction: all or nothing.
 */
export async function seedWorksites(em: EntityManager, world: DemoWorld): Promise<boolean> {
  return seedOnce(em, Provider, async (tx) => {
    await insertCopies(tx, Provider, world.providers);
    await insertCopies(tx, WorkSite, world.workSites);
    const initials = new Map(world.clients.map((c) => [c.id, initialsOf(c.fullName)]));
    const clientOfOrder = new Map(world.orders.map((o) => [o.id, o.clientId]));
    const officerOfClient = new Map(world.clients.map((c) => [c.id, c.officerId]));
    // Orders are issued in the client's district (as at Bapas).
    const districtOfClient = new Map(world.clients.map((c) => [c.id, c.districtCode]));
    await tx.insertMany(
      Placement,
      world.placements.map((p) => ({
        ...p,
        endDate: null,
        personInitials: initials.get(clientOfOrder.get(p.orderId)!) ?? '',
        personId: clientOfOrder.get(p.orderId) ?? null,
        officerId: officerOfClient.get(clientOfOrder.get(p.orderId) ?? '') ?? null,
        orderDistrictCode: districtOfClient.get(clientOfOrder.get(p.orderId) ?? '') ?? p.personDistrictCode,
      })),
    );
    await tx.insertMany(
      AttendanceRecord,
      world.attendance.map((a) => ({ ...a, recordedAt: new Date(a.recordedAt) })),
    );
  });
}
