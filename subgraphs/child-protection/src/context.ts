import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, firstOfGroupLoader, groupLoader } from '@hub/db';
import type { SubgraphContext } from '@hub/server';
import { Caseworker } from './caseworker/caseworker.entity';
import { ChildIdentity, ProtectionCase } from './protection-case/protection-case.entity';
import { PsychosocialService } from './psychosocial-service/psychosocial-service.entity';
import { ReferralResponse } from './referral/referral-response.entity';
import { Assessment, InterventionPlan } from './assessment/assessment.entity';
import { ProtectionCaseEvent } from './case-history/case-event.entity';

/** Per-request state of the child-protection subgraph. */
export interface ChildProtectionContext extends SubgraphContext<ChildProtectionLoaders> {
  /** The hub gateway, to fetch a referral's facts as the caller. */
  gatewayUrl?: string;
}

/** Builds a request's loaders on its own entity manager fork. */
export function createLoaders(em: EntityManager) {
  return {
    caseworker: byIdLoader(em, Caseworker),
    protectionCase: byIdLoader(em, ProtectionCase),
    casesByClient: groupLoader(em, ProtectionCase, 'clientId', { openedAt: 'asc', id: 'asc' }),
    servicesByCase: groupLoader(em, PsychosocialService, 'protectionCaseId', { deliveredAt: 'asc', id: 'asc' }),
    childIdentity: new DataLoader<string, ChildIdentity | null>(async (ids) => {
      const rows = await em.find(ChildIdentity, { protectionCaseId: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.protectionCaseId === id) ?? null);
    }),
    responseByReferral: groupLoader(em, ReferralResponse, 'referralId', { decidedAt: 'asc' }),
    // Batched but not memoised: a mutation payload in the same request must see the assessment or plan it just wrote.
    assessmentsByCase: groupLoader(
      em,
      Assessment,
      'protectionCaseId',
      { assessedOn: 'asc', recordedAt: 'asc', id: 'asc' },
      { cache: false },
    ),
    interventionPlanByCase: firstOfGroupLoader(
      em,
      InterventionPlan,
      'protectionCaseId',
      { createdAt: 'desc', id: 'desc' },
      { cache: false },
    ),
    eventsByCase: groupLoader(em, ProtectionCaseEvent, 'protectionCaseId', { at: 'asc', id: 'asc' }, { cache: false }),
  };
}

/** The loaders of one request, one SQL statement per batch. */
export type ChildProtectionLoaders = ReturnType<typeof createLoaders>;
