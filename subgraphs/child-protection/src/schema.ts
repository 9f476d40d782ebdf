import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchemaOf } from '@hub/server';
import { CaseServicesResolver, ServiceMutations, ServiceResolver } from './psychosocial-service/psychosocial-service.resolver';
import { ReferralMutations, ReferralResolver, ReferralResponseResolver, referralReference } from './referral/referral.resolver';
import { ReferralRef } from './referral/referral.ref';
import { AssessmentMutations, AssessmentResolver } from './assessment/assessment.resolver';
import {
  ClientProcessingRecordRef,
  ProcessingRecordResolver,
  processingRecordReference,
} from './processing/processing-record.resolver';
import { ChildProtectionStatisticsResolver } from './statistics/statistics.resolver';
import {
  ProtectionCaseMutations,
  ProtectionCaseResolver,
  protectionCaseReference,
} from './protection-case/protection-case.resolver';
import { ClientProtectionResolver, clientReference } from './client/client.resolver';
import { CaseworkerResolver, caseworkerReference } from './caseworker/caseworker.resolver';
import { Caseworker } from './caseworker/caseworker.entity';
import { CaseHistoryResolver } from './case-history/case-history.resolver';
import { CooperationQuarterRef, cooperationQuarterRefReference } from '@hub/federation';
import { CooperationQuarterResolver } from './cooperation/cooperation';

/** The child-protection subgraph schema (without permissions; see permissions.ts). */
export function buildChildProtectionSchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchemaOf({
    accessLogQuery: 'childProtectionAccessLog',
    resolvers: [
      AssessmentResolver,
      AssessmentMutations,
      ServiceMutations,
      ReferralMutations,
      ProtectionCaseMutations,
      ServiceResolver,
      CaseServicesResolver,
      ReferralResolver,
      ReferralResponseResolver,
      ProcessingRecordResolver,
      ChildProtectionStatisticsResolver,
      ProtectionCaseResolver,
      ClientProtectionResolver,
      CaseworkerResolver,
      CaseHistoryResolver,
      CooperationQuarterResolver,
    ],
    orphanedTypes: [ReferralRef, ClientProcessingRecordRef, Caseworker, CooperationQuarterRef],
    references: {
      ClientProcessingRecord: processingRecordReference,
      Referral: referralReference,
      ProtectionCase: protectionCaseReference,
      Client: clientReference,
      Caseworker: caseworkerReference,
      CooperationQuarter: cooperationQuarterRefReference,
    },
  });
}
