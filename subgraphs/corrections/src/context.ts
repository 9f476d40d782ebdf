import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, firstOfGroupLoader, groupLoader } from '@hub/db';
import type { SubgraphContext } from '@hub/server';
import { Client } from './client/client.entity';
import { Officer } from './officer/officer.entity';
import { CaseFile } from './case/case.entity';
import { Offense } from './case/offense.entity';
import { CommunityServiceOrder } from './order/order.entity';
import { Referral } from './referral/referral.entity';
import { SocialInquiryReport } from './litmas/litmas.entity';
import { SupervisionSession } from './supervision/supervision.entity';
import { OfficerAssignment } from './client/officer-assignment.entity';
import { caseloadLoader } from './officer/officer.loader';
import { BreachReport } from './breach/breach.entity';
import { CooperationAgreement } from './agreement/agreement.entity';
import { GuidancePlan, GuidanceReport } from './guidance/guidance.entity';

/** Per-request state of the corrections subgraph. */
export type CorrectionsContext = SubgraphContext<CorrectionsLoaders>;

/** Builds a request's loaders on its own entity manager fork. */
export function createLoaders(em: EntityManager) {
  return {
    client: byIdLoader(em, Client),
    officer: byIdLoader(em, Officer),
    offense: byIdLoader(em, Offense),
    caseFile: byIdLoader(em, CaseFile),
    order: byIdLoader(em, CommunityServiceOrder),
    casesByClient: groupLoader(em, CaseFile, 'clientId', { offenseDate: 'asc', id: 'asc' }),
    ordersByClient: groupLoader(em, CommunityServiceOrder, 'clientId', { startDate: 'asc', id: 'asc' }),
    referralsByClient: groupLoader(em, Referral, 'clientId', { sentAt: 'asc', id: 'asc' }),
    referral: byIdLoader(em, Referral),
    litmasByCase: groupLoader(em, SocialInquiryReport, 'caseId', { requestedAt: 'asc', id: 'asc' }),
    sessionsByClient: groupLoader(em, SupervisionSession, 'clientId', { heldOn: 'asc', recordedAt: 'asc' }),
    assignmentsByClient: groupLoader(em, OfficerAssignment, 'clientId', { assignedAt: 'asc', id: 'asc' }),
    activeCaseload: caseloadLoader(em),
    breachesByOrder: groupLoader(em, BreachReport, 'orderId', { filedAt: 'asc', id: 'asc' }),
    /** Not cached: a guidance mutation's payload shows what it just wrote. */
    guidancePlanByClient: firstOfGroupLoader(em, GuidancePlan, 'clientId', { id: 'asc' }, { cache: false }),
    guidanceReportsByPlan: groupLoader(em, GuidanceReport, 'planId', { dueOn: 'asc', id: 'asc' }, { cache: false }),
    /** Every cooperation agreement (a handful), read once per request. */
    agreements: new DataLoader(async (keys: readonly 'all'[]) => {
      const all = await em.find(CooperationAgreement, {}, { orderBy: { effectiveFrom: 'desc', id: 'asc' } });
      return keys.map(() => all);
    }),
  };
}

/** The loaders of one request: every relation is resolved through them, one SQL statement per batch. */
export type CorrectionsLoaders = ReturnType<typeof createLoaders>;
