import type { EntityManager } from '@mikro-orm/postgresql';
import { demoId, type DemoWorld } from '@hub/demo';
import { diversionEligibility, rulesOn } from '@hub/reference';
import { Client } from './client/client.entity';
import { Officer } from './officer/officer.entity';
import { Offense } from './case/offense.entity';
import { CaseFile } from './case/case.entity';
import { CommunityServiceOrder } from './order/order.entity';
import { Referral } from './referral/referral.entity';

/**
 * Writes the corrections part of the demo world (synthetic people only) when the database has no
 * officer yet; returns whether it wrote anything. One transaction: all or nothing.
 */
export async function seedCorrections(em: EntityManager, world: DemoWorld): Promise<boolean> {
  if ((await em.count(Officer, {})) > 0) return false;
  const offenseTerm = new Map(world.offenses.map((o) => [o.id, o.maxTermMonths]));
  await em.transactional(async (tx) => {
    await tx.insertMany(
      Officer,
      world.officers.map((o) => ({ ...o })),
    );
    await tx.insertMany(
      Offense,
      world.offenses.map((o) => ({ ...o })),
    );
    await tx.insertMany(
      Client,
      world.clients.map((c) => ({ ...c, registeredAt: new Date(c.registeredAt) })),
    );
    await tx.insertMany(
      CaseFile,
      world.cases.map((c) => {
        const { eligible } = diversionEligibility(rulesOn(c.offenseDate), offenseTerm.get(c.offenseId) ?? 0, false);
        return {
          ...c,
          repeatOffense: false,
          diversionStatus: eligible ? (c.stage === 'PRE_ADJUDICATION' ? 'IN_PROGRESS' : 'FAILED') : 'NOT_ELIGIBLE',
          diversionStartedOn: eligible && c.stage === 'PRE_ADJUDICATION' ? c.offenseDate : null,
          stageStartedOn: c.offenseDate,
          diversionTrigger: c.stage === 'ADJUDICATION' ? 'JUDGE_DESIGNATED' : 'INVESTIGATION_STARTED',
          diversionTriggeredOn: c.offenseDate,
        };
      }),
    );
    const clientDistrict = new Map(world.clients.map((c) => [c.id, c.districtCode]));
    await tx.insertMany(
      CommunityServiceOrder,
      world.orders.map((o) => ({ ...o, districtCode: clientDistrict.get(o.clientId)! })),
    );
    await tx.insertMany(Referral, demoReferrals(world));
  });
  return true;
}

/**
 * The demo's referrals: every child in conflict with the law who has a DP3AP2KB protection case was
 * referred by Bapas to the case's district, two days before the case opened; the referral is OPEN
 * while the case is, CLOSED after.
 */
export function demoReferrals(world: DemoWorld): Referral[] {
  const clients = new Map(world.clients.map((c) => [c.id, c]));
  return world.protectionCases
    .filter((pc) => pc.clientId)
    .map((pc, i) => {
      const client = clients.get(pc.clientId!)!;
      const officer =
        client.officerId ?? world.officers.find((o) => o.districtCode === client.districtCode)?.id ?? world.officers[0]!.id;
      return Object.assign(new Referral(), {
        id: demoId('referral', i + 1),
        clientId: client.id,
        toAgency: 'DP3AP2KB' as const,
        districtCode: pc.districtCode,
        services: ['PSYCHOSOCIAL_SUPPORT' as const, ...(pc.riskLevel === 'HIGH' ? (['SHELTER'] as const) : [])],
        reason: 'Needs psychosocial accompaniment during guidance (PKS Bapas Kelas I Jambi – DP3AP2KB Tanjung Jabung Barat).',
        sentAt: new Date(Date.parse(pc.openedAt) - 2 * 24 * 60 * 60 * 1000),
        sentByOfficerId: officer,
        status: pc.status === 'CLOSED' ? ('CLOSED' as const) : ('OPEN' as const),
      });
    });
}
