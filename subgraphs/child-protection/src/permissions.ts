import { allow, type IRules } from 'graphql-shield';
import { BAPAS_CASE_ROLES, CHILD_PROTECTION_ROLES, RECORD_ROLES, COOPERATION_ROLES } from '@hub/auth';
import { FEDERATION_QUERY_RULES, roleRules, sharedTypeRules, type PersonalDataMap } from '@hub/server';

const roles = roleRules('child-protection');

// Coarse, per role and per type (DOMAIN.md §4); which records each viewer reaches is decided in
// protection-case.access.ts. Shield denies whatever is not listed.
const caseViewers = roles(...CHILD_PROTECTION_ROLES, ...BAPAS_CASE_ROLES);

const auditors = roles('AUDITOR');
// Aggregates only, small cells suppressed: the one thing analysts get.
const statisticsViewers = roles('ANALYST', 'CASE_MANAGER');
const cooperationViewers = roles(...COOPERATION_ROLES);

/** The child-protection permission map: every type the schema has, deny by default. */
export const permissions: IRules = {
  // The shared aggregate types (cells, breakdowns) are read by both; each query keeps its own rule.
  ...sharedTypeRules({ statisticsViewers: cooperationViewers, auditors }),
  Query: {
    ...FEDERATION_QUERY_RULES,
    childProtectionStatistics: statisticsViewers,
    childProtectionAccessLog: auditors,
    protectionCase: caseViewers,
    protectionCases: caseViewers,
    caseworkers: roles('CASE_MANAGER'),
  },
  Client: {
    id: roles(...RECORD_ROLES),
    protectionCases: caseViewers,
  },
  ProtectionCase: {
    '*': caseViewers,
    // A victim's or witness's identity: DP3AP2KB staff only (and the resolver checks the assignment).
    childFullName: roles(...CHILD_PROTECTION_ROLES),
    childBirthDate: roles(...CHILD_PROTECTION_ROLES),
    childAddress: roles(...CHILD_PROTECTION_ROLES),
    assessments: roles(...CHILD_PROTECTION_ROLES),
    interventionPlan: roles(...CHILD_PROTECTION_ROLES),
    history: roles(...CHILD_PROTECTION_ROLES),
    clinicalNotesVisible: roles(...CHILD_PROTECTION_ROLES),
  },
  PsychosocialService: caseViewers,
  Referral: {
    id: roles(...BAPAS_CASE_ROLES, ...CHILD_PROTECTION_ROLES),
    response: roles(...BAPAS_CASE_ROLES, ...CHILD_PROTECTION_ROLES),
  },
  ReferralResponse: roles(...BAPAS_CASE_ROLES, ...CHILD_PROTECTION_ROLES),
  Mutation: {
    openProtectionCase: roles('CASE_MANAGER', 'CASEWORKER'),
    recordAssessment: roles(...CHILD_PROTECTION_ROLES),
    setInterventionPlan: roles('CASE_MANAGER'),
    acceptReferral: roles('CASE_MANAGER'),
    declineReferral: roles('CASE_MANAGER'),
    recordPsychosocialService: roles(...CHILD_PROTECTION_ROLES),
    changeProtectionCaseStatus: roles(...CHILD_PROTECTION_ROLES),
    closeProtectionCase: roles(...CHILD_PROTECTION_ROLES),
    assignCaseworker: roles('CASE_MANAGER'),
    reopenProtectionCase: roles('CASE_MANAGER'),
  },
  ReferralResponsePayload: roles('CASE_MANAGER'),
  OpenProtectionCasePayload: roles('CASE_MANAGER', 'CASEWORKER'),
  CasePlanningPayload: roles(...CHILD_PROTECTION_ROLES),
  Assessment: roles(...CHILD_PROTECTION_ROLES),
  InterventionPlan: roles(...CHILD_PROTECTION_ROLES),
  RecordPsychosocialServicePayload: roles(...CHILD_PROTECTION_ROLES),
  ProtectionCasePayload: roles(...CHILD_PROTECTION_ROLES),
  ProtectionCaseConnection: allow,
  ProtectionCaseEdge: allow,
  ProtectionCaseEvent: roles(...CHILD_PROTECTION_ROLES),
  CaseworkerConnection: roles('CASE_MANAGER'),
  CaseworkerEdge: roles('CASE_MANAGER'),
  Caseworker: caseViewers,
  ChildProtectionStatistics: statisticsViewers,
  CooperationQuarter: cooperationViewers,
  ChildProtectionCooperation: cooperationViewers,
  ClientProcessingRecord: auditors,
};

/**
 * Personal data of this subgraph (DOMAIN.md §4): every value of these fields that a request returns
 * is written to the access log, one row per record.
 */
export const personalData: PersonalDataMap = {
  ClientProcessingRecord: ['childProtectionDocument'],
  PsychosocialService: ['clinicalNotes'],
  // A closing summary or a reason to reopen may speak of the child.
  ProtectionCaseEvent: ['note'],
  Assessment: ['needs', 'riskLevel'],
  ProtectionCase: [
    'childFullName',
    'childBirthDate',
    'childAddress',
    'childAlias',
    'childSex',
    'childAgeBand',
    'concerns',
    'riskLevel',
    'client',
  ],
  Client: ['protectionCases'],
};
