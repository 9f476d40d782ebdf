import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchemaOf } from '@hub/server';
import { CaseLitmasResolver, LitmasMutations, LitmasResolver } from './litmas/litmas.resolver';
import {
  ClientSupervisionResolver,
  OfficerAssignmentResolver,
  SupervisionMutations,
  SupervisionResolver,
} from './supervision/supervision.resolver';
import { WorkloadResolver } from './workload/workload.resolver';
import { ProcessingRecordResolver, processingRecordReference } from './processing/processing-record.resolver';
import { CorrectionsStatisticsResolver } from './statistics/statistics.resolver';
import { ClientMutations, ClientResolver, clientReference } from './client/client.resolver';
import { OfficerResolver, officerReference } from './officer/officer.resolver';
import { CaseMutations, CaseResolver, caseReference } from './case/case.resolver';
import { FineConversionResolver, OrderMutations, OrderResolver, orderReference } from './order/order.resolver';
import { Officer } from './officer/officer.entity';
import { CaseFile } from './case/case.entity';
import { ReferralMutations, ReferralQueries, ReferralResolver, referralReference } from './referral/referral.resolver';
import { BreachMutations, BreachResolver, OrderBreachResolver } from './breach/breach.resolver';
import { AgreementMutations, AgreementResolver } from './agreement/agreement.resolver';
import { Under12Mutations, Under12Resolver } from './under12/under12.resolver';
import { CapacityBuildingEventMutations, CooperationResolver } from './cooperation/cooperation.resolver';
import { CooperationStatisticsResolver, cooperationQuarterReference } from './cooperation/cooperation-statistics.resolver';
import { ClientGuidanceResolver, GuidanceMutations, GuidanceResolver } from './guidance/guidance.resolver';

/** The corrections subgraph schema (without permissions; see permissions.ts). */
export function buildCorrectionsSchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchemaOf({
    accessLogQuery: 'correctionsAccessLog',
    resolvers: [
      ReferralMutations,
      ReferralQueries,
      FineConversionResolver,
      LitmasMutations,
      SupervisionMutations,
      GuidanceMutations,
      Under12Mutations,
      AgreementMutations,
      BreachMutations,
      SupervisionResolver,
      ClientSupervisionResolver,
      OfficerAssignmentResolver,
      WorkloadResolver,
      ClientMutations,
      CaseMutations,
      LitmasResolver,
      CaseLitmasResolver,
      OrderMutations,
      ProcessingRecordResolver,
      CorrectionsStatisticsResolver,
      ClientResolver,
      OfficerResolver,
      CaseResolver,
      OrderResolver,
      ReferralResolver,
      BreachResolver,
      OrderBreachResolver,
      AgreementResolver,
      Under12Resolver,
      CooperationStatisticsResolver,
      CooperationResolver,
      CapacityBuildingEventMutations,
      GuidanceResolver,
      ClientGuidanceResolver,
    ],
    orphanedTypes: [Officer, CaseFile],
    references: {
      ClientProcessingRecord: processingRecordReference,
      Client: clientReference,
      Officer: officerReference,
      Case: caseReference,
      CommunityServiceOrder: orderReference,
      Referral: referralReference,
      CooperationQuarter: cooperationQuarterReference,
    },
  });
}
