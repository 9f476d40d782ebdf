import type { EntityManager } from '@mikro-orm/postgresql';
import { insertCopies, seedOnce } from '@hub/db';
import { demoId, type DemoWorld } from '@hub/demo';
import { ageBandFor, ageOn, initialsOf, jakartaDate } from '@hub/reference';
import { Caseworker } from './caseworker/caseworker.entity';
import { ProtectionCase } from './protection-case/protection-case.entity';
import { ReferralResponse } from './referral/referral-response.entity';
import { PsychosocialService } from './psychosocial-service/psychosocial-service.entity';
import { ProtectionCaseEvent } from './case-history/case-event.entity';

/**
 * Writes the child-protection part of the demo world (synthetic children only) when the database has
 * no caseworker yet; returns whether it wrote anything. One transaction: all or nothing.
 */
export async function seedChildProtection(em: EntityManager, world: DemoWorld): Promise<boolean> {
  return seedOnce(em, Caseworker, async (tx) => {
    await insertCopies(tx, Caseworker, world.caseworkers);
    const referralOf = new Map(
      world.referralResponses.filter((r) => r.protectionCaseId).map((r) => [r.protectionCaseId!, r.referralId]),
    );
    await tx.insertMany(
      ProtectionCase,
      world.protectionCases.map((p) => ({
        ...p,
        referralId: referralOf.get(p.id) ?? null,
        openedAt: new Date(p.openedAt),
        closedAt: p.closedAt ? new Date(p.closedAt) : null,
      })),
    );
    const referrals = new Map(world.referrals.map((r) => [r.id, r]));
    const clients = new Map(world.clients.map((c) => [c.id, c]));
    await tx.insertMany(
      ReferralResponse,
      world.referralResponses.map((r) => {
        const referral = referrals.get(r.referralId)!;
        const client = clients.get(referral.clientId)!;
        return {
          ...r,
          decidedAt: new Date(r.decidedAt),
          // What the decision relied on, in the shape acceptReferral keeps (the referral's facts as Bapas gave them).
          referralSnapshot: {
            id: referral.id,
            toAgency: 'DP3AP2KB',
            status: 'OPEN',
            services: referral.services,
            reason: referral.reason,
            sentAt: referral.sentAt,
            client: {
              id: client.id,
              displayName: initialsOf(client.fullName),
              sex: client.sex,
              ageBand: ageBandFor(ageOn(client.birthDate, jakartaDate(new Date(referral.sentAt)))),
              district: { code: referral.districtCode },
            },
          },
        };
      }),
    );
    // The closures of the demo's closed cases, as closeProtectionCase records them.
    await tx.insertMany(
      ProtectionCaseEvent,
      world.protectionCases
        .filter((p) => p.status === 'CLOSED' && p.closedAt)
        .map((p, i) => ({
          id: demoId('case-event', i + 1),
          protectionCaseId: p.id,
          kind: 'CLOSED' as const,
          at: new Date(p.closedAt!),
          actor: 'seed',
          actorName: 'seed',
          closureReason: null,
          note: null,
        })),
    );
    await tx.insertMany(
      PsychosocialService,
      world.services.map((s) => ({ ...s, deliveredAt: new Date(s.deliveredAt), recordedAt: new Date(s.recordedAt) })),
    );
  });
}
