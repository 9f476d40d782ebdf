import type { AgencyCode, AgeBandCode, OrderKindCode, RoleCode, SexCode, WorkSiteKindCode } from '@hub/reference';

/** A demo user: the claims the token CLI mints for them (see packages/auth). */
export interface DemoUser {
  username: string;
  name: string;
  agency: AgencyCode;
  roles: RoleCode[];
  districts: string[];
  officerId?: string;
  caseworkerId?: string;
  providerId?: string;
}

export interface DemoOfficer {
  id: string;
  nip: string; // 18-digit civil-servant number
  name: string;
  office: string; // e.g. "Bapas Kelas I Jambi"
  districtCode: string;
}

export interface DemoOffense {
  id: string;
  code: string; // e.g. "THEFT"
  title: string; // English title
  titleId: string; // Indonesian title
  statute: string; // e.g. "KUHP (UU 1/2023)"
  article: string; // e.g. "Pasal 476"
  maxTermMonths: number;
}

export type ClientStatusCode = 'REGISTERED' | 'PRE_ADJUDICATION' | 'ADJUDICATION' | 'POST_ADJUDICATION' | 'AFTERCARE' | 'CLOSED';
export type ClientCategoryCode = 'CHILD_IN_CONFLICT' | 'ADULT';
export type CaseStageCode = 'PRE_ADJUDICATION' | 'ADJUDICATION' | 'POST_ADJUDICATION' | 'AFTERCARE' | 'CLOSED';
export type OrderStatusCode = 'PENDING_PLACEMENT' | 'ACTIVE' | 'COMPLETED' | 'BREACHED' | 'REVOKED';

export interface DemoClient {
  id: string;
  registerNumber: string;
  fullName: string;
  nik: string; // 16 digits, synthetic
  birthDate: string; // YYYY-MM-DD
  address: string;
  guardianName: string | null;
  sex: SexCode;
  districtCode: string;
  status: ClientStatusCode;
  category: ClientCategoryCode; // from the age at the first offence date
  officerId: string | null;
  registeredAt: string; // ISO instant
}

export interface DemoCase {
  id: string;
  caseNumber: string;
  clientId: string;
  offenseId: string;
  offenseDate: string;
  stage: CaseStageCode;
}

export interface DemoOrder {
  id: string;
  clientId: string;
  caseId: string;
  kind: OrderKindCode;
  orderedHours: number;
  maxHoursPerDay: number;
  /** Whether the judgment set the daily cap or the rule set's default applies (the rule set's dailyCap). */
  dailyCapSource: 'JUDGMENT' | 'RULE_SET_DEFAULT';
  startDate: string;
  deadline: string;
  courtDecisionNumber: string;
  status: OrderStatusCode;
  replacedPrisonMonths: number | null; // KUHP Art. 85(1): adults only
  replacedFineRupiah: number | null;
}

export type ChildRoleCode = 'IN_CONFLICT' | 'VICTIM' | 'WITNESS';
export type ViolenceTypeCode = 'PHYSICAL' | 'PSYCHOLOGICAL' | 'SEXUAL' | 'EXPLOITATION' | 'TRAFFICKING' | 'NEGLECT' | 'OTHER';
export type RiskLevelCode = 'LOW' | 'MEDIUM' | 'HIGH';
export type ProtectionCaseStatusCode = 'INTAKE' | 'ASSESSMENT' | 'INTERVENTION' | 'MONITORING' | 'CLOSED';
export type ProfessionCode = 'SOCIAL_WORKER' | 'PSYCHOLOGIST' | 'COUNSELLOR' | 'LEGAL_AID';

export interface DemoCaseworker {
  id: string;
  name: string;
  profession: ProfessionCode;
  districtCode: string;
}

export interface DemoProtectionCase {
  id: string;
  caseNumber: string; // per district and year, e.g. "PPA-1507-2026-0003"
  childRole: ChildRoleCode;
  clientId: string | null; // a Bapas client id for IN_CONFLICT children, null for victims/witnesses
  childAlias: string; // initials used inside DP3AP2KB lists, e.g. "R.A."
  childSex: SexCode;
  childAgeBand: AgeBandCode;
  districtCode: string;
  concerns: ViolenceTypeCode[];
  riskLevel: RiskLevelCode;
  status: ProtectionCaseStatusCode;
  caseworkerId: string | null;
  openedAt: string; // ISO instant
  closedAt: string | null;
}

export type ProviderKindCode = 'RELIGIOUS' | 'EDUCATION' | 'HEALTH' | 'SOCIAL' | 'ENVIRONMENT' | 'GOVERNMENT' | 'CORRECTIONS';

export interface DemoProvider {
  id: string;
  name: string;
  kind: ProviderKindCode;
  districtCode: string;
}

export interface DemoAvailabilitySlot {
  weekday: number; // 1 = Monday … 7 = Sunday (ISO)
  startTime: string; // "08:00"
  endTime: string; // "12:00"
}

export interface DemoWorkSite {
  id: string;
  providerId: string;
  name: string;
  kind: WorkSiteKindCode;
  districtCode: string;
  address: string;
  activities: string[];
  capacity: number;
  childSuitable: boolean;
  requiresProtectiveEquipment: boolean;
  availability: DemoAvailabilitySlot[];
  active: boolean;
}

export type PlacementStatusCode = 'ACTIVE' | 'COMPLETED' | 'TRANSFERRED' | 'REVOKED';
export type AttendanceOutcomeCode = 'ATTENDED' | 'SENT_HOME' | 'ACCEPTABLE_ABSENCE' | 'UNACCEPTABLE_ABSENCE' | 'RESCHEDULED';

export interface DemoPlacement {
  id: string;
  orderId: string;
  siteId: string;
  supervisorName: string;
  startDate: string;
  status: PlacementStatusCode;
  // snapshot of the order's facts relied on when placing (ARCHITECTURE.md §3)
  orderKind: OrderKindCode;
  orderedHours: number;
  maxHoursPerDay: number;
  orderStartDate: string;
  orderDeadline: string;
  personIsChild: boolean;
  personDistrictCode: string;
}

export interface DemoAttendance {
  id: string;
  placementId: string;
  date: string;
  hours: number; // > 0 only when ATTENDED, ≤ the placement's maxHoursPerDay
  outcome: AttendanceOutcomeCode;
  activity: string | null;
  recordedAt: string; // ISO instant
}

export type LitmasPurposeCode = 'DIVERSION' | 'TRIAL' | 'GUIDANCE' | 'ASSIMILATION' | 'REINTEGRATION';
export type LitmasRequesterCode = 'INVESTIGATOR' | 'PROSECUTOR' | 'COURT' | 'CORRECTIONAL_INSTITUTION' | 'OTHER';

/** A social-inquiry report (Litmas) request, open or submitted. */
export interface DemoLitmas {
  id: string;
  caseId: string;
  purpose: LitmasPurposeCode;
  requester: string;
  requesterKind: LitmasRequesterCode;
  requestedAt: string; // ISO instant
  dueAt: string; // ISO instant
  dueBasis: string;
  officerId: string | null;
  submittedAt: string | null;
  recommendation: string | null;
}

export type ServiceNeedCode = 'PSYCHOSOCIAL_SUPPORT' | 'SHELTER' | 'FAMILY_SUPPORT' | 'EDUCATION' | 'HEALTH' | 'LEGAL_AID';

/** A Bapas referral of a client to DP3AP2KB (corrections), answered or not. */
export interface DemoReferral {
  id: string;
  clientId: string;
  districtCode: string;
  services: ServiceNeedCode[];
  reason: string;
  sentAt: string; // ISO instant
  sentByOfficerId: string;
  status: 'OPEN' | 'WITHDRAWN' | 'CLOSED';
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

/** DP3AP2KB's answer to a referral (child-protection). */
export interface DemoReferralResponse {
  id: string;
  referralId: string;
  decision: 'ACCEPTED' | 'DECLINED';
  decidedBy: string;
  decidedAt: string; // ISO instant
  reason: string | null;
  protectionCaseId: string | null;
}

export type ServiceKindCode =
  | 'COUNSELLING'
  | 'CLINICAL_PSYCHOLOGIST'
  | 'MEDIATION'
  | 'PSYCHOLOGICAL_ASSESSMENT'
  | 'FAMILY_COUNSELLING'
  | 'GROUP_SUPPORT'
  | 'SHELTER_STAY'
  | 'ACCOMPANIMENT_POLICE_COURT'
  | 'LEGAL_AID'
  | 'HEALTH_REFERRAL';

/** A psychosocial service delivered in a protection case (child-protection). */
export interface DemoService {
  id: string;
  protectionCaseId: string;
  kind: ServiceKindCode;
  deliveredAt: string; // ISO instant
  providerId: string; // a caseworker id
  attended: boolean;
  clinicalNotes: string | null; // only on a psychologist's sessions
  recordedAt: string;
}

/** A PK's breach report on an order and, once decided, the prosecutor's outcome (corrections). */
export interface DemoBreachReport {
  id: string;
  orderId: string;
  districtCode: string;
  filedByOfficerId: string;
  filedAt: string; // ISO instant
  unacceptableAbsences: number;
  absenceDates: string[];
  reasons: string;
  status: 'FILED' | 'DECIDED';
  outcome: 'REPEAT_HOURS' | 'SERVE_REPLACED_PRISON' | 'PAY_REPLACED_FINE' | 'NO_BREACH' | null;
  legalBasis: string | null;
  amount: number | null;
  decisionReference: string | null;
  outcomeNotes: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A cooperation agreement (PKS) as data (corrections). */
export interface DemoAgreement {
  id: string;
  number: string;
  title: string;
  signedOn: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  districtCodes: string[];
  parties: { agency: string; name: string; districtCode: string | null }[];
  signatories: { name: string; position: string; agency: string }[];
  services: string[];
  dataSharing: {
    fromAgency: string;
    toAgency: string;
    data: ('CLIENT_IDENTITY' | 'REFERRAL' | 'SERVICE_STATUS' | 'ORDER_PROGRESS' | 'AGGREGATE_STATISTICS')[];
    purpose: string;
  }[];
}

/** A decision for a child under 12 (SPPA Art. 21), not a client (corrections). */
export interface DemoUnder12Decision {
  id: string;
  childFullName: string;
  childBirthDate: string;
  sex: SexCode;
  guardianName: string | null;
  districtCode: string;
  offenseDate: string;
  offenseDescription: string;
  investigator: string;
  officerId: string;
  socialWorker: string;
  decidedOn: string;
  outcome: 'RETURN_TO_PARENTS' | 'PROGRAMME';
  institution: string | null;
  programmeMonths: number | null;
  reviewOn: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** A capacity-building or socialisation event under the agreement (corrections). */
export interface DemoCapacityEvent {
  id: string;
  heldOn: string;
  agency: string;
  districtCode: string;
  kind: 'TRAINING' | 'SOCIALISATION' | 'COORDINATION_MEETING' | 'EVALUATION_MEETING';
  title: string;
  participants: number;
}

/** A guidance plan with its reporting duty, and the reports made (corrections). */
export interface DemoGuidancePlan {
  id: string;
  clientId: string;
  officerId: string;
  startsOn: string;
  endsOn: string;
  reportEveryDays: number;
  goals: string;
}

export interface DemoGuidanceReport {
  id: string;
  planId: string;
  dueOn: string;
  reportedOn: string;
  mode: 'OFFICE' | 'PHONE' | 'HOME_VISIT';
}

/** Everything the demo seeds, in all three databases, consistent by id. */
export interface DemoWorld {
  today: string; // the Asia/Jakarta date the world was generated for
  users: DemoUser[];
  officers: DemoOfficer[];
  offenses: DemoOffense[];
  clients: DemoClient[];
  cases: DemoCase[];
  orders: DemoOrder[];
  caseworkers: DemoCaseworker[];
  protectionCases: DemoProtectionCase[];
  providers: DemoProvider[];
  workSites: DemoWorkSite[];
  placements: DemoPlacement[];
  attendance: DemoAttendance[];
  socialInquiryReports: DemoLitmas[];
  referrals: DemoReferral[];
  referralResponses: DemoReferralResponse[];
  services: DemoService[];
  breachReports: DemoBreachReport[];
  agreements: DemoAgreement[];
  under12Decisions: DemoUnder12Decision[];
  capacityEvents: DemoCapacityEvent[];
  guidancePlans: DemoGuidancePlan[];
  guidanceReports: DemoGuidanceReport[];
}
