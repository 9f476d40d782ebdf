import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchemaOf } from '@hub/server';
import { AttendanceMutations } from './attendance/attendance.resolver';

import {
  ClientProcessingRecordRef,
  ProcessingRecordResolver,
  processingRecordReference,
} from './processing/processing-record.resolver';
import { WorkSiteStatisticsResolver } from './statistics/statistics.resolver';
import { OrderLedgerResolver, orderReference } from './order/order.resolver';
import { PlacementMutations, PlacementResolver, placementReference } from './placement/placement.resolver';
import { SiteMutations, WorkSiteResolver, workSiteReference } from './site/site.resolver';
import { ProviderMutations, ProviderResolver, providerReference } from './provider/provider.resolver';
import { Provider } from './provider/provider.entity';
import { AttendanceRecord } from './attendance/attendance.entity';
import { CooperationQuarterRef, cooperationQuarterRefReference } from '@hub/federation';
import { CooperationQuarterResolver } from './cooperation/cooperation';

/** The worksites subgraph schema (without permissions; see permissions.ts). */
export function buildWorksitesSchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchemaOf({
    accessLogQuery: 'worksitesAccessLog',
    resolvers: [
      SiteMutations,
      PlacementMutations,
      AttendanceMutations,
      ProcessingRecordResolver,
      WorkSiteStatisticsResolver,
      OrderLedgerResolver,
      PlacementResolver,
      WorkSiteResolver,
      ProviderResolver,
      CooperationQuarterResolver,
      ProviderMutations,
    ],
    orphanedTypes: [ClientProcessingRecordRef, Provider, AttendanceRecord, CooperationQuarterRef],
    references: {
      ClientProcessingRecord: processingRecordReference,
      CommunityServiceOrder: orderReference,
      Placement: placementReference,
      WorkSite: workSiteReference,
      Provider: providerReference,
      CooperationQuarter: cooperationQuarterRefReference,
    },
  });
}
