import type { EntityManager } from '@mikro-orm/postgresql';
import { insertCopies, seedOnce } from '@hub/db';
import type { DemoWorld } from '@hub/demo';
import { diversionEligibility, rulesOn } from '@hub/reference';
import { Client } from './client/client.entity';
import { Officer } from './officer/officer.entity';
import { Offense } from './case/offense.entity';
import { CaseFile } from './case/case.entity';
import { CommunityServiceOrder } from './order/order.entity';
import { Referral } from './referral/referral.entity';
import { SocialInquiryReport } from './litmas/litmas.entity';
import { BreachReport } from './breach/breach.entity';
import { CooperationAgreement } from './agreement/agreement.entity';
import { Under12Decision } from './under12/under12.entity';
import { CapacityBuildingEvent } from './cooperation/capacity-event.entity';
import { GuidancePlan, GuidanceReport } from './guidance/guidance.entity';

/**
 * Writes the corrections part of the demo world (synthetic people only) when the database has no
 * officer yet; returns whether it wrote anything. One transaction: all or nothing.
 */
export async function seedCorrections(em: EntityManager, world: DemoWorld): Promise<boolean> {
  return seedOnce(em, Officer, async (tx) => {
    const offenseTerm = new Map(world.offenses.map((o) => [o.id, o.maxTermMonths]));
    await insertCopies(tx, Officer, world.officers);
    await insertCopies(tx, Offense, world.offenses);
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
    await tx.insertMany(
      Referral,
      world.referrals.map((r) => ({
        ...r,
        toAgency: 'DP3AP2KB' as const,
        sentAt: new Date(r.sentAt),
        withdrawnAt: r.withdrawnAt ? new Date(r.withdrawnAt) : null,
      })),
    );
    await tx.insertMany(
      SocialInquiryReport,
      world.socialInquiryReports.map((r) => ({
        ...r,
        requestedAt: new Date(r.requestedAt),
        dueAt: new Date(r.dueAt),
        submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      })),
    );
    await insertCopies(tx, GuidancePlan, world.guidancePlans);
    await insertCopies(tx, GuidanceReport, world.guidanceReports);
    await insertCopies(tx, CapacityBuildingEvent, world.capacityEvents);
    await tx.insertMany(
      Under12Decision,
      world.under12Decisions.map((d) => ({ ...d, recordedAt: new Date(d.recordedAt) })),
    );
    await insertCopies(tx, CooperationAgreement, world.agreements);
    await tx.insertMany(
      BreachReport,
      world.breachReports.map((b) => ({
        ...b,
        filedAt: new Date(b.filedAt),
        decidedAt: b.decidedAt ? new Date(b.decidedAt) : null,
      })),
    );
  });
}
