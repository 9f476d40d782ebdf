import { allow, type IRules } from 'graphql-shield';
import {
  BAPAS_CASE_ROLES,
  BAPAS_ROLES,
  CHILD_PROTECTION_ROLES,
  RECORD_ROLES,
  WORKSITE_ROLES,
  COOPERATION_ROLES,
} from '@hub/auth';
import { FEDERATION_QUERY_RULES, roleRules, sharedTypeRules, type PersonalDataMap } from '@hub/server';

/** A shield rule that passes when the viewer holds one of the roles. */
const roles = roleRules('corrections');

// Coarse, per role and per type (DOMAIN.md §4). Record-level checks (assignment, district, the
// identity set) live in client.access.ts and the services; shield denies whatever is not listed.
// Work-site staff are not here: they see the person only in their placement's limited snapshot.
const personViewers = roles(...BAPAS_ROLES, ...CHILD_PROTECTION_ROLES, 'PROSECUTOR');
const officerViewers = roles(...RECORD_ROLES);
const referralViewers = roles(...BAPAS_CASE_ROLES, ...CHILD_PROTECTION_ROLES);
// Case content (offence, diversion, Litmas) is Bapas's; the prosecutor supervises orders and hours only (KUHP Art. 85(8)).
const caseViewers = roles(...BAPAS_CASE_ROLES);
const supervisionViewers = roles(...BAPAS_CASE_ROLES, 'PROSECUTOR');
const orderViewers = roles(...BAPAS_CASE_ROLES, 'PROSECUTOR', ...WORKSITE_ROLES);

const auditors = roles('AUDITOR');
// Breach reports: the PK who files, the head, and the prosecutor who decides (KUHP Art. 85(7), 85(8)).
const breachViewers = roles(...BAPAS_CASE_ROLES, 'PROSECUTOR');
// The agreements themselves (parties, signatories, scope) are public to every agency of the hub.
const agreementViewers = roles(...BAPAS_ROLES, ...CHILD_PROTECTION_ROLES, 'PROSECUTOR', 'ANALYST', 'AUDITOR');
// Aggregates only, small cells suppressed: the one thing analysts get.
const statisticsViewers = roles('ANALYST', 'BAPAS_HEAD');
const cooperationViewers = roles(...COOPERATION_ROLES);

/** The corrections permission map: every type the schema has, deny by default. */
export const permissions: IRules = {
  // The shared aggregate types (cells, breakdowns) are read by both; each query keeps its own rule.
  ...sharedTypeRules({ statisticsViewers: cooperationViewers, auditors }),
  Query: {
    ...FEDERATION_QUERY_RULES,
    incomingReferrals: roles(...CHILD_PROTECTION_ROLES),
    referral: referralViewers,
    officeWorkload: roles('BAPAS_HEAD'),
    socialInquiryReportsDue: caseViewers,
    fineToHours: supervisionViewers,
    clientProcessingRecord: auditors,
    correctionsStatistics: statisticsViewers,
    correctionsAccessLog: auditors,
    breachReports: breachViewers,
    cooperationAgreements: agreementViewers,
    under12Decisions: caseViewers,
    cooperationStatistics: cooperationViewers,
    missedGuidanceReports: caseViewers,
    capacityBuildingEvents: agreementViewers,
    client: personViewers,
    clients: personViewers,
    communityServiceOrder: supervisionViewers,
    communityServiceOrders: supervisionViewers,
  },
  Client: {
    '*': personViewers,
    cases: caseViewers,
    communityServiceOrders: supervisionViewers,
    referrals: referralViewers,
    supervisionSessions: caseViewers,
    officerAssignments: caseViewers,
    identityAccessReason: personViewers,
    guidancePlan: caseViewers,
  },
  Mutation: {
    registerClient: roles('BAPAS_HEAD', 'BAPAS_REGISTRAR'),
    assignOfficer: roles('BAPAS_HEAD'),
    openCase: caseViewers,
    requestSocialInquiryReport: caseViewers,
    submitSocialInquiryReport: caseViewers,
    issueCommunityServiceOrder: caseViewers,
    referClient: caseViewers,
    withdrawReferral: caseViewers,
    closeDeclinedReferral: roles('CASE_MANAGER'),
    recordSupervisionSession: caseViewers,
    changeClientStatus: caseViewers,
    advanceCaseStage: caseViewers,
    startDiversion: caseViewers,
    recordDiversionOutcome: caseViewers,
    changeOrderStatus: caseViewers,
    recordDiversionTrigger: caseViewers,
    fileBreachReport: caseViewers,
    recordBreachOutcome: roles('PROSECUTOR'),
    registerCooperationAgreement: roles('BAPAS_HEAD'),
    terminateCooperationAgreement: roles('BAPAS_HEAD'),
    recordUnder12Decision: caseViewers,
    recordCapacityBuildingEvent: roles('BAPAS_HEAD'),
    setGuidancePlan: caseViewers,
    recordGuidanceReport: caseViewers,
  },
  ReferralPayload: caseViewers,
  CloseDeclinedReferralPayload: roles('CASE_MANAGER'),
  ReferralConnection: allow,
  ReferralEdge: allow,
  RecordSupervisionSessionPayload: caseViewers,
  SupervisionSession: caseViewers,
  OfficerAssignment: caseViewers,
  ChangeClientStatusPayload: caseViewers,
  CasePayload: caseViewers,
  ChangeOrderStatusPayload: caseViewers,
  OfficeWorkload: roles('BAPAS_HEAD'),
  OfficerLoad: roles('BAPAS_HEAD'),
  OrderStatusCount: roles('BAPAS_HEAD'),
  RegisterClientPayload: roles('BAPAS_HEAD', 'BAPAS_REGISTRAR'),
  AssignOfficerPayload: roles('BAPAS_HEAD'),
  OpenCasePayload: caseViewers,
  SocialInquiryReportPayload: caseViewers,
  IssueCommunityServiceOrderPayload: caseViewers,
  SocialInquiryReport: caseViewers,
  FineConversion: supervisionViewers,
  ClientConnection: allow,
  ClientEdge: allow,
  Officer: officerViewers,
  Referral: referralViewers,
  Case: caseViewers,
  Offense: caseViewers,
  Diversion: caseViewers,
  CommunityServiceOrder: {
    '*': orderViewers,
    client: supervisionViewers,
    case: caseViewers,
    courtDecisionNumber: supervisionViewers,
    // What the judgment replaced and weighed is for Bapas and the prosecutor, not for work-site staff.
    dailyCapSource: supervisionViewers,
    replacedPrisonMonths: supervisionViewers,
    replacedFineRupiah: supervisionViewers,
    fineConversion: supervisionViewers,
    considerations: supervisionViewers,
    breachReports: breachViewers,
  },
  BreachReport: breachViewers,
  CooperationAgreement: agreementViewers,
  Under12Decision: caseViewers,
  CooperationStatistics: cooperationViewers,
  GuidancePlan: caseViewers,
  GuidanceReport: caseViewers,
  GuidancePayload: caseViewers,
  MissedGuidanceReport: caseViewers,
  CooperationQuarter: cooperationViewers,
  CapacityBuildingEvent: agreementViewers,
  CapacityBuildingEventPayload: roles('BAPAS_HEAD'),
  Under12DecisionPayload: caseViewers,
  AgreementParty: agreementViewers,
  AgreementSignatory: agreementViewers,
  DataSharingScope: agreementViewers,
  CooperationAgreementPayload: roles('BAPAS_HEAD'),
  BreachReportPayload: breachViewers,
  BreachReportConnection: breachViewers,
  BreachReportEdge: breachViewers,
  JudgmentConsiderations: supervisionViewers,
  CommunityServiceOrderConnection: allow,
  CommunityServiceOrderEdge: allow,
  CorrectionsStatistics: statisticsViewers,
  ClientProcessingRecord: auditors,
};

/**
 * Personal data of this subgraph (DOMAIN.md §4): every value of these fields that a request returns
 * is written to the access log, one row per record.
 */
export const personalData: PersonalDataMap = {
  ClientProcessingRecord: ['correctionsDocument'],
  SocialInquiryReport: ['recommendation'],
  SupervisionSession: ['place', 'summary'],
  Client: ['displayName', 'fullName', 'nik', 'birthDate', 'address', 'guardianName', 'cases', 'communityServiceOrders'],
  CommunityServiceOrder: ['considerations'],
  BreachReport: ['absenceDates', 'reasons', 'outcomeNotes'],
  Under12Decision: ['childFullName', 'childBirthDate', 'guardianName', 'offenseDescription'],
};
