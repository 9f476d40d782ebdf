import { allow, type IRules } from 'graphql-shield';
import { BAPAS_CASE_ROLES, WORKSITE_ROLES, COOPERATION_ROLES } from '@hub/auth';
import { FEDERATION_QUERY_RULES, roleRules, sharedTypeRules, type PersonalDataMap } from '@hub/server';

const roles = roleRules('worksites');

// Coarse, per role and per type (DOMAIN.md §4); which sites and placements each viewer reaches is
// decided in placement.access.ts. Shield denies whatever is not listed.
const worksiteViewers = roles(...BAPAS_CASE_ROLES, 'PROSECUTOR', ...WORKSITE_ROLES);

const auditors = roles('AUDITOR');
// Aggregates only, small cells suppressed: the one thing analysts get.
const statisticsViewers = roles('ANALYST', 'BAPAS_HEAD', 'PROSECUTOR', 'PROVIDER_ADMIN');
const cooperationViewers = roles(...COOPERATION_ROLES);

/** The worksites permission map: every type the schema has, deny by default. */
export const permissions: IRules = {
  ...sharedTypeRules({ statisticsViewers, auditors }),
  Query: {
    ...FEDERATION_QUERY_RULES,
    workSiteStatistics: statisticsViewers,
    worksitesAccessLog: auditors,
    workSite: worksiteViewers,
    workSites: worksiteViewers,
    placement: worksiteViewers,
  },
  CommunityServiceOrder: worksiteViewers,
  Provider: worksiteViewers,
  WorkSite: worksiteViewers,
  WorkSiteConnection: allow,
  WorkSiteEdge: allow,
  AvailabilitySlot: worksiteViewers,
  Placement: worksiteViewers,
  PlacementPerson: worksiteViewers,
  AttendanceRecord: worksiteViewers,
  Mutation: {
    recordAttendance: roles('SITE_SUPERVISOR', 'PK_OFFICER', 'BAPAS_HEAD'),
    placeOrder: roles('PK_OFFICER', 'BAPAS_HEAD'),
    registerProvider: roles('BAPAS_HEAD'),
    registerWorkSite: roles('PROVIDER_ADMIN', 'BAPAS_HEAD'),
    updateWorkSite: roles('PROVIDER_ADMIN', 'BAPAS_HEAD'),
    deactivateWorkSite: roles('PROVIDER_ADMIN', 'BAPAS_HEAD'),
    endPlacement: roles('PK_OFFICER', 'BAPAS_HEAD'),
  },
  PlaceOrderPayload: roles('PK_OFFICER', 'BAPAS_HEAD'),
  RegisterProviderPayload: roles('BAPAS_HEAD'),
  WorkSitePayload: roles('PROVIDER_ADMIN', 'BAPAS_HEAD'),
  EndPlacementPayload: roles('PK_OFFICER', 'BAPAS_HEAD'),
  RecordAttendancePayload: roles('SITE_SUPERVISOR', 'PK_OFFICER', 'BAPAS_HEAD'),
  WorkSiteStatistics: statisticsViewers,
  CooperationQuarter: cooperationViewers,
  WorkSitesCooperation: cooperationViewers,
  ClientProcessingRecord: auditors,
};

/**
 * Personal data of this subgraph (DOMAIN.md §4): every value of these fields that a request returns
 * is written to the access log, one row per record.
 */
export const personalData: PersonalDataMap = {
  ClientProcessingRecord: ['worksitesDocument'],
  Placement: ['person', 'attendance', 'hoursCredited'],
  CommunityServiceOrder: ['placements', 'hoursCompleted', 'hoursRemaining', 'onTrack', 'unacceptableAbsences', 'breachSignal'],
};
