import { ROLES, addMonths, ageOn } from '@hub/reference';
import type { DemoWorld } from './types';
import { generateDemoWorld } from './world';

// A weekday, a Sunday, a leap day and New Year's Day: the rules must hold whatever "today" is.
const DATES = ['2026-03-16', '2026-03-15', '2028-02-29', '2027-01-01'];
const WORLDS: readonly DemoWorld[] = DATES.map((today) => generateDemoWorld(today));

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function idsOf(world: DemoWorld): string[][] {
  const { officers, offenses, clients, cases, orders, caseworkers, protectionCases, providers, workSites } = world;
  return [officers, offenses, clients, cases, orders, caseworkers, protectionCases, providers, workSites].map((list) =>
    list.map((item) => item.id),
  );
}

describe('generateDemoWorld', () => {
  it('returns a deep-equal world when called twice with the same date', () => {
    expect(generateDemoWorld('2026-03-16')).toEqual(generateDemoWorld('2026-03-16'));
  });

  it('keeps the same record ids when only the date changes', () => {
    const [first, ...others] = WORLDS.map(idsOf);
    for (const ids of others) expect(ids).toEqual(first);
    for (const world of WORLDS) {
      expect(world.placements.map((p) => p.id)).toEqual(WORLDS[0]?.placements.map((p) => p.id));
    }
  });

  it('rejects a date that is not an ISO calendar date', () => {
    expect(() => generateDemoWorld('2026-02-30')).toThrow(RangeError);
  });

  it('generates at least sixty clients, both children and adults', () => {
    for (const world of WORLDS) {
      expect(world.clients.length).toBeGreaterThanOrEqual(60);
      expect(world.clients.some((c) => c.category === 'CHILD_IN_CONFLICT')).toBe(true);
      expect(world.clients.some((c) => c.category === 'ADULT')).toBe(true);
    }
  });

  it('makes every child 12 to 17 and every adult at least 18 on each offence date', () => {
    for (const world of WORLDS) {
      const clients = indexById(world.clients);
      for (const c of world.cases) {
        const client = clients.get(c.clientId);
        expect(client).toBeDefined();
        if (!client) continue;
        const age = ageOn(client.birthDate, c.offenseDate);
        if (client.category === 'CHILD_IN_CONFLICT') {
          expect(age).toBeGreaterThanOrEqual(12);
          expect(age).toBeLessThanOrEqual(17);
        } else {
          expect(age).toBeGreaterThanOrEqual(18);
        }
        expect(c.offenseDate < client.registeredAt.slice(0, 10)).toBe(true);
      }
    }
  });

  it('keeps every order within the legal hour range and daily cap of its kind', () => {
    for (const world of WORLDS) {
      for (const order of world.orders) {
        if (order.kind === 'PELAYANAN_MASYARAKAT') {
          expect(order.orderedHours).toBeGreaterThanOrEqual(7);
          expect(order.orderedHours).toBeLessThanOrEqual(120);
        } else {
          expect(order.orderedHours).toBeGreaterThanOrEqual(8);
          expect(order.orderedHours).toBeLessThanOrEqual(240);
          expect(order.maxHoursPerDay).toBeLessThanOrEqual(8);
        }
        expect(order.deadline <= addMonths(order.startDate, 6)).toBe(true);
      }
    }
  });

  it('never credits an order with more hours than ordered, and completes completed orders exactly', () => {
    for (const world of WORLDS) {
      const placements = indexById(world.placements);
      const attended = new Map<string, number>();
      for (const record of world.attendance) {
        const orderId = placements.get(record.placementId)?.orderId ?? '';
        attended.set(orderId, (attended.get(orderId) ?? 0) + record.hours);
      }
      for (const order of world.orders) {
        const hours = attended.get(order.id) ?? 0;
        expect(hours).toBeLessThanOrEqual(order.orderedHours);
        if (order.status === 'COMPLETED') expect(hours).toBe(order.orderedHours);
      }
    }
  });

  it('records at most one day per person and never more hours in a day than the daily cap', () => {
    for (const world of WORLDS) {
      const placements = indexById(world.placements);
      const orders = indexById(world.orders);
      const seen = new Set<string>();
      for (const record of world.attendance) {
        const order = orders.get(placements.get(record.placementId)?.orderId ?? '');
        expect(order).toBeDefined();
        if (!order) continue;
        const key = `${order.clientId}/${record.date}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(record.hours).toBeLessThanOrEqual(order.maxHoursPerDay);
        expect(record.date < world.today).toBe(true);
        expect(new Date(`${record.date}T00:00:00Z`).getUTCDay()).not.toBe(0);
      }
    }
  });

  it('gives hours only to attended days', () => {
    for (const world of WORLDS) {
      for (const record of world.attendance) {
        if (record.outcome === 'ATTENDED') expect(record.hours).toBeGreaterThan(0);
        else expect(record.hours).toBe(0);
      }
    }
  });

  it('resolves every foreign id to a record of the right kind', () => {
    for (const world of WORLDS) {
      const officers = indexById(world.officers);
      const clients = indexById(world.clients);
      const cases = indexById(world.cases);
      const offenses = indexById(world.offenses);
      const orders = indexById(world.orders);
      const sites = indexById(world.workSites);
      const placements = indexById(world.placements);
      const caseworkers = indexById(world.caseworkers);
      const providers = indexById(world.providers);
      for (const c of world.clients) if (c.officerId !== null) expect(officers.has(c.officerId)).toBe(true);
      for (const c of world.cases) {
        expect(clients.has(c.clientId)).toBe(true);
        expect(offenses.has(c.offenseId)).toBe(true);
      }
      for (const o of world.orders) {
        expect(clients.has(o.clientId)).toBe(true);
        expect(cases.get(o.caseId)?.clientId).toBe(o.clientId);
      }
      for (const p of world.protectionCases) {
        if (p.clientId !== null) expect(clients.has(p.clientId)).toBe(true);
        if (p.caseworkerId !== null) expect(caseworkers.has(p.caseworkerId)).toBe(true);
      }
      for (const s of world.workSites) expect(providers.has(s.providerId)).toBe(true);
      for (const p of world.placements) {
        expect(orders.has(p.orderId)).toBe(true);
        expect(sites.has(p.siteId)).toBe(true);
      }
      for (const a of world.attendance) expect(placements.has(a.placementId)).toBe(true);
      for (const u of world.users) {
        if (u.officerId !== undefined) expect(officers.has(u.officerId)).toBe(true);
        if (u.caseworkerId !== undefined) expect(caseworkers.has(u.caseworkerId)).toBe(true);
        if (u.providerId !== undefined) expect(providers.has(u.providerId)).toBe(true);
      }
    }
  });

  it('has a demo user for every role', () => {
    for (const world of WORLDS) {
      for (const role of ROLES) expect(world.users.some((u) => u.roles.includes(role))).toBe(true);
    }
  });

  it('places child orders only at child-suitable, active sites in the child’s district', () => {
    for (const world of WORLDS) {
      const orders = indexById(world.orders);
      const sites = indexById(world.workSites);
      const clients = indexById(world.clients);
      for (const placement of world.placements) {
        const order = orders.get(placement.orderId);
        const site = sites.get(placement.siteId);
        expect(site?.active).toBe(true);
        expect(site?.districtCode).toBe(clients.get(order?.clientId ?? '')?.districtCode);
        if (order?.kind === 'PELAYANAN_MASYARAKAT') expect(site?.childSuitable).toBe(true);
      }
    }
  });

  it('gives every Bapas and DP3AP2KB workflow data: Litmas in every state, referrals in every state, services with clinical notes', () => {
    for (const world of WORLDS) {
      const now = Date.parse(`${world.today}T12:00:00+07:00`);
      const litmas = world.socialInquiryReports;
      expect(litmas.some((r) => r.submittedAt && r.submittedAt <= r.dueAt)).toBe(true);
      expect(litmas.some((r) => r.submittedAt && r.submittedAt > r.dueAt)).toBe(true);
      expect(litmas.some((r) => !r.submittedAt && Date.parse(r.dueAt) < now)).toBe(true);
      expect(litmas.some((r) => !r.submittedAt && Date.parse(r.dueAt) >= now)).toBe(true);
      const cases = indexById(world.cases);
      const clients = indexById(world.clients);
      for (const r of litmas) {
        const client = clients.get(cases.get(r.caseId)!.clientId)!;
        expect(r.officerId).toBe(client.officerId);
        expect(r.requestedAt >= client.registeredAt.slice(0, 10)).toBe(true);
      }
      expect(new Set(world.referrals.map((r) => r.status))).toEqual(new Set(['OPEN', 'CLOSED', 'WITHDRAWN']));
      expect(new Set(world.referralResponses.map((r) => r.decision))).toEqual(new Set(['ACCEPTED', 'DECLINED']));
      expect(
        world.referrals.some((r) => r.status === 'OPEN' && !world.referralResponses.some((x) => x.referralId === r.id)),
      ).toBe(true);
      const cases2 = indexById(world.protectionCases);
      for (const response of world.referralResponses.filter((r) => r.decision === 'ACCEPTED')) {
        const referral = world.referrals.find((r) => r.id === response.referralId)!;
        expect(cases2.get(response.protectionCaseId!)!.clientId).toBe(referral.clientId);
      }
      expect(world.services.some((s) => s.clinicalNotes)).toBe(true);
      expect(world.services.some((s) => s.kind === 'MEDIATION')).toBe(true);
      const workers = indexById(world.caseworkers);
      for (const s of world.services) {
        const pc = cases2.get(s.protectionCaseId)!;
        expect(s.providerId).toBe(pc.caseworkerId);
        if (s.clinicalNotes) expect(workers.get(s.providerId)!.profession).toBe('PSYCHOLOGIST');
        expect(s.deliveredAt > pc.openedAt).toBe(true);
        expect(Date.parse(s.deliveredAt)).toBeLessThan(now);
      }
    }
  });

  it('gives every order status data, breached orders a decided breach report and one report waiting in the inbox', () => {
    for (const world of WORLDS) {
      expect(new Set(world.orders.map((o) => o.status))).toEqual(
        new Set(['PENDING_PLACEMENT', 'ACTIVE', 'COMPLETED', 'BREACHED', 'REVOKED']),
      );
      const orders = indexById(world.orders);
      for (const order of world.orders.filter((o) => o.status === 'BREACHED'))
        expect(world.breachReports.some((b) => b.orderId === order.id && b.status === 'DECIDED')).toBe(true);
      for (const b of world.breachReports) {
        const order = orders.get(b.orderId)!;
        expect(b.legalBasis === null).toBe(b.status === 'FILED');
        if (b.status === 'FILED') expect(order.status).toBe('ACTIVE');
        if (order.kind === 'PELAYANAN_MASYARAKAT' && b.outcome) expect(b.outcome).toBe('REPEAT_HOURS');
        expect(b.unacceptableAbsences).toBe(b.absenceDates.length);
      }
      expect(world.breachReports.some((b) => b.status === 'FILED')).toBe(true);
    }
  });

  it('holds the PKS of 3 December 2025 in force for every referred district', () => {
    for (const world of WORLDS) {
      const pks = world.agreements.find((a) => a.signedOn === '2025-12-03')!;
      expect(pks.districtCodes).toEqual(['1507']);
      expect(pks.parties.map((p) => p.agency)).toEqual(['BAPAS', 'DP3AP2KB']);
      for (const r of world.referrals)
        expect(world.agreements.some((a) => a.districtCodes.includes(r.districtCode) && a.effectiveUntil! >= world.today)).toBe(
          true,
        );
    }
  });

  it('gives guidance plans with reports and a missed report, an under-12 decision and capacity-building events', () => {
    for (const world of WORLDS) {
      expect(world.guidancePlans.length).toBeGreaterThan(0);
      const reported = new Set(world.guidanceReports.map((r) => `${r.planId}:${r.dueOn}`));
      const missed = world.guidancePlans.some((p) => {
        for (let d = 14; d <= 70; d += 14) {
          const due = new Date(Date.parse(`${p.startsOn}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
          if (due < world.today && !reported.has(`${p.id}:${due}`)) return true;
        }
        return false;
      });
      expect(missed).toBe(true);
      const clients = indexById(world.clients);
      for (const p of world.guidancePlans) expect(clients.get(p.clientId)!.officerId).toBe(p.officerId);
      expect(world.under12Decisions.some((d) => d.outcome === 'PROGRAMME' && d.reviewOn)).toBe(true);
      for (const d of world.under12Decisions) expect(ageOn(d.childBirthDate, d.offenseDate)).toBeLessThan(12);
      expect(world.capacityEvents.length).toBeGreaterThan(0);
    }
  });
});
