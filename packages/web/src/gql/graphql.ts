/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` (tanggal), in Asia/Jakarta. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with its zone (waktu), e.g. `2026-11-27T02:00:00.000Z`. */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Accept a Bapas referral: a protection case is opened for the child (case manager). */
export type AcceptReferralInput = {
  /** The caseworker or psychologist to assign. */
  caseworkerId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  riskLevel?: RiskLevel;
};

/** A page of the access log, newest first (Relay connection). */
export type AccessLogConnection = {
  edges: Array<AccessLogEdge>;
  nodes: Array<AccessLogEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An access-log entry in a page. */
export type AccessLogEdge = {
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One recorded access to a record's personal data (*log akses*, UU PDP Art. 31). */
export type AccessLogEntry = {
  /** Who (the token subject). */
  actor: Scalars['String']['output'];
  /** Their agency. */
  agency: Scalars['String']['output'];
  /** When the data was returned. */
  at: Scalars['DateTime']['output'];
  /** Correlation id of the request across the hub. */
  correlationId: Scalars['String']['output'];
  /** Which personal-data fields were returned. */
  fields: Array<Scalars['String']['output']>;
  /** The GraphQL operation name, if the client named it. */
  operation?: Maybe<Scalars['String']['output']>;
  /** Their roles, comma-separated. */
  role: Scalars['String']['output'];
  /** The record id. */
  subjectId: Scalars['ID']['output'];
  /** The record type, e.g. "Client". */
  subjectType: Scalars['String']['output'];
};

/** Filter for the access log: by record, by user, by time. */
export type AccessLogFilter = {
  /** Who accessed (token subject). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Record id. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Record type, e.g. "Client". */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Until this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AdvanceCaseStageInput = {
  caseId: Scalars['ID']['input'];
  stage: CaseStage;
};

/** Age band (*kelompok umur*): SIMFONI-PPA child bands 0-5, 6-12, 13-17, then adult bands. */
export type AgeBand =
  | 'AGE_0_5'
  | 'AGE_6_12'
  | 'AGE_13_17'
  | 'AGE_18_24'
  | 'AGE_25_39'
  | 'AGE_40_59'
  | 'AGE_60_PLUS';

/** An agency a client can be referred to. */
export type Agency =
  | 'DP3AP2KB';

/** A psychosocial assessment of the child (*asesmen psikososial*). */
export type Assessment = {
  assessedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  needs: Array<CareNeed>;
  riskLevel: RiskLevel;
};

export type AssignCaseworkerInput = {
  caseworkerId: Scalars['ID']['input'];
  protectionCaseId: Scalars['ID']['input'];
};

/** Assign a PK to a client (head of Bapas). */
export type AssignOfficerInput = {
  clientId: Scalars['ID']['input'];
  officerId: Scalars['ID']['input'];
  /** Why (kept in the assignment history). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of assignOfficer. */
export type AssignOfficerPayload = {
  client?: Maybe<Client>;
  userErrors: Array<UserError>;
};

/** Outcome of a day (*kehadiran*): attended, sent home for behaviour, acceptable absence (with reason), unacceptable absence (a breach signal, KUHP Art. 85(7)), rescheduled. */
export type AttendanceOutcome =
  | 'ACCEPTABLE_ABSENCE'
  | 'ATTENDED'
  | 'RESCHEDULED'
  | 'SENT_HOME'
  | 'UNACCEPTABLE_ABSENCE';

/** One day's attendance at a placement (*catatan kehadiran*). */
export type AttendanceRecord = {
  /** What the person did (*kegiatan*). */
  activity?: Maybe<Scalars['String']['output']>;
  /** The day worked (*tanggal*), Asia/Jakarta. */
  date: Scalars['Date']['output'];
  /** Hours credited that day (*jam*); above 0 only when attended. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Outcome of the day. */
  outcome: AttendanceOutcome;
  /** Reason, for an acceptable absence or a correction. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the supervisor recorded it. */
  recordedAt: Scalars['DateTime']['output'];
};

/** A weekly window when the site takes people (*jadwal*). */
export type AvailabilitySlot = {
  /** End time, HH:MM, Asia/Jakarta. */
  endTime: Scalars['String']['output'];
  /** Start time, HH:MM, Asia/Jakarta. */
  startTime: Scalars['String']['output'];
  /** ISO weekday: 1 = Monday (*Senin*) … 7 = Sunday (*Minggu*). */
  weekday: Scalars['Int']['output'];
};

/** A weekly availability window. */
export type AvailabilitySlotInput = {
  /** HH:MM */
  endTime: Scalars['String']['input'];
  /** HH:MM */
  startTime: Scalars['String']['input'];
  /** 1 = Monday … 7 = Sunday. */
  weekday: Scalars['Int']['input'];
};

/** A need found in the psychosocial assessment (*kebutuhan*). */
export type CareNeed =
  | 'ECONOMIC_SUPPORT'
  | 'EDUCATION'
  | 'FAMILY_SUPPORT'
  | 'HEALTH'
  | 'LEGAL_AID'
  | 'MENTAL_HEALTH'
  | 'SAFETY'
  | 'SHELTER';

/** A criminal case of a client (*perkara*), from the request for guidance onwards. */
export type Case = {
  /** Bapas case number (*nomor perkara*). */
  caseNumber: Scalars['String']['output'];
  /** The client the case is about. */
  client: Client;
  /** Diversion eligibility (computed, SPPA Art. 7) and progress. */
  diversion: Diversion;
  id: Scalars['ID']['output'];
  /** The offence charged (*tindak pidana*). */
  offense: Offense;
  /** Date of the offence (*tanggal tindak pidana*); the client category follows the age on it. */
  offenseDate: Scalars['Date']['output'];
  /** Social-inquiry reports of the case, oldest request first. */
  socialInquiryReports: Array<SocialInquiryReport>;
  /** Stage of the case (*tahap*). */
  stage: CaseStage;
  /** The day the current stage started. */
  stageStartedOn: Scalars['Date']['output'];
};

/** The result of a change to a case (stage or diversion). */
export type CasePayload = {
  case?: Maybe<Case>;
  userErrors: Array<UserError>;
};

/** The result of recordAssessment or setInterventionPlan. */
export type CasePlanningPayload = {
  protectionCase?: Maybe<ProtectionCase>;
  userErrors: Array<UserError>;
};

/** Stage of the criminal case (*tahap perkara*). */
export type CaseStage =
  | 'ADJUDICATION'
  | 'AFTERCARE'
  | 'CLOSED'
  | 'POST_ADJUDICATION'
  | 'PRE_ADJUDICATION';

/** A DP3AP2KB / UPTD PPA caseworker (*pendamping*): social worker, psychologist, counsellor or legal aid. */
export type Caseworker = {
  /** District the caseworker serves. */
  district: District;
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Profession. */
  profession: Profession;
};

export type ChangeClientStatusInput = {
  clientId: Scalars['ID']['input'];
  status: ClientStatus;
};

/** The result of changeClientStatus. */
export type ChangeClientStatusPayload = {
  client?: Maybe<Client>;
  userErrors: Array<UserError>;
};

export type ChangeOrderStatusInput = {
  orderId: Scalars['ID']['input'];
  status: OrderStatus;
};

/** The result of changeOrderStatus. */
export type ChangeOrderStatusPayload = {
  communityServiceOrder?: Maybe<CommunityServiceOrder>;
  userErrors: Array<UserError>;
};

export type ChangeProtectionCaseStatusInput = {
  protectionCaseId: Scalars['ID']['input'];
  /** The next stage; CLOSED through closeProtectionCase. */
  status: ProtectionCaseStatus;
};

/** The child's identity, kept at DP3AP2KB only. */
export type ChildIdentityInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate: Scalars['Date']['input'];
  fullName: Scalars['String']['input'];
  guardianName?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
};

/** Aggregate counts of protection cases (*statistik kasus*) in SIMFONI-PPA categories, with small cells suppressed (DOMAIN.md §4). */
export type ChildProtectionStatistics = {
  byAgeBand: StatisticBreakdown;
  byChildRole: StatisticBreakdown;
  byDistrict: StatisticBreakdown;
  byRiskLevel: StatisticBreakdown;
  byStatus: StatisticBreakdown;
  /** A case with several concerns counts under each: cells do not add up to the total. */
  byViolenceType: StatisticBreakdown;
  /** Counts from 1 to this minus 1 are suppressed. */
  threshold: Scalars['Int']['output'];
  /** All cases matching the filter; null when suppressed. */
  total?: Maybe<Scalars['Int']['output']>;
  totalSuppressed: Scalars['Boolean']['output'];
};

/** The child's role (ABH): in conflict with the law (*anak berkonflik*), victim (*anak korban*), witness (*anak saksi*). */
export type ChildRole =
  | 'IN_CONFLICT'
  | 'VICTIM'
  | 'WITNESS';

/** A person under Bapas guidance (owned by the corrections subgraph). */
export type Client = {
  /** Home address (*alamat*); identity set. */
  address?: Maybe<Scalars['String']['output']>;
  /** Age band today (Asia/Jakarta); part of the limited view. */
  ageBand: AgeBand;
  /** Birth date (*tanggal lahir*); identity set. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Cases of the client, oldest offence first. */
  cases: Array<Case>;
  /** Child in conflict with the law or adult, from the age at the offence date. */
  category: ClientCategory;
  /** Community-service orders of the client, oldest first. */
  communityServiceOrders: Array<CommunityServiceOrder>;
  /** Full name for FULL access, initials for LIMITED (*nama tampilan*). */
  displayName: Scalars['String']['output'];
  /** District of residence (*kabupaten/kota*). */
  district: District;
  /** Full name (*nama lengkap*); identity set (SPPA Art. 19): null unless FULL. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Parent or guardian's name (*nama orang tua/wali*); identity set. */
  guardianName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** FULL or LIMITED: why identity fields may be null. */
  identityAccess: IdentityAccess;
  /** National identity number (*NIK*), 16 digits; identity set. */
  nik?: Maybe<Scalars['String']['output']>;
  /** The assigned PK, if one is assigned. */
  officer?: Maybe<Officer>;
  /** PK assignments of the client, oldest first, the current one last. */
  officerAssignments: Array<OfficerAssignment>;
  /** The child's protection cases at DP3AP2KB that the viewer may see (*kasus perlindungan*). */
  protectionCases: Array<ProtectionCase>;
  /** Referrals of the client to other agencies, oldest first (*rujukan*). */
  referrals: Array<Referral>;
  /** Bapas register number (*nomor register*). */
  registerNumber: Scalars['String']['output'];
  /** Sex (*jenis kelamin*). */
  sex: Sex;
  /** Lifecycle status (*status klien*). */
  status: ClientStatus;
  /** Supervision sessions, newest first; `last` limits how many. */
  supervisionSessions: Array<SupervisionSession>;
};


/** A person under Bapas guidance (owned by the corrections subgraph). */
export type ClientSupervisionSessionsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** From the age at the offence date: CHILD_IN_CONFLICT (*anak berkonflik dengan hukum*, 12 to under 18, SPPA Art. 1) or ADULT (*klien dewasa*). */
export type ClientCategory =
  | 'ADULT'
  | 'CHILD_IN_CONFLICT';

/** A page of clients (Relay connection). */
export type ClientConnection = {
  edges: Array<ClientEdge>;
  /** The records of the page, without cursors. */
  nodes: Array<Client>;
  pageInfo: PageInfo;
  /** How many records match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A client in a page of clients. */
export type ClientEdge = {
  /** Opaque cursor of this record. */
  cursor: Scalars['String']['output'];
  node: Client;
};

/** Filter for the client list. */
export type ClientFilter = {
  /** Child in conflict with the law or adult. */
  category?: InputMaybe<ClientCategory>;
  /** BPS district code, e.g. "1507". */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Only clients assigned to this PK. */
  officerId?: InputMaybe<Scalars['ID']['input']>;
  /** Text search: the start of the register number; also the name, for viewers who see full identities (head of Bapas, PK). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Lifecycle status. */
  status?: InputMaybe<ClientStatus>;
};

/** A client's processing record (UU PDP Art. 32); DP3AP2KB's part. */
export type ClientProcessingRecord = {
  /** Every recorded access to the client's data at DP3AP2KB, oldest first. */
  childProtectionAccessLog: Array<AccessLogEntry>;
  /** Everything DP3AP2KB stores about the client, as a JSON document: their protection cases. */
  childProtectionDocument: Scalars['String']['output'];
  /** Every recorded access to the client's data at Bapas, oldest first. */
  correctionsAccessLog: Array<AccessLogEntry>;
  /** Everything Bapas stores about the client, as a JSON document: client, cases, orders, referrals. */
  correctionsDocument: Scalars['String']['output'];
  /** When this record was produced. */
  generatedAt: Scalars['DateTime']['output'];
  /** The client's id. */
  id: Scalars['ID']['output'];
  /** The client's community-service order ids. */
  orderIds: Array<Scalars['ID']['output']>;
  /** Every recorded access to the client's placements and hours, oldest first. */
  worksitesAccessLog: Array<AccessLogEntry>;
  /** Everything the work sites store about the client, as a JSON document: placements and attendance. */
  worksitesDocument: Scalars['String']['output'];
};

/** Where the client (*klien*) is in Bapas guidance: registered, pre-adjudication (*pra-ajudikasi*), adjudication (*ajudikasi*), post-adjudication (*pasca-ajudikasi*), aftercare (*bimbingan lanjutan*), closed. */
export type ClientStatus =
  | 'ADJUDICATION'
  | 'AFTERCARE'
  | 'CLOSED'
  | 'POST_ADJUDICATION'
  | 'PRE_ADJUDICATION'
  | 'REGISTERED';

export type CloseProtectionCaseInput = {
  protectionCaseId: Scalars['ID']['input'];
  reason: ClosureReason;
  /** Closing summary. */
  summary: Scalars['String']['input'];
};

/** Why a protection case is closed. */
export type ClosureReason =
  | 'GOALS_MET'
  | 'MOVED_AWAY'
  | 'OTHER'
  | 'TRANSFERRED';

/** A community-service order (*pidana kerja sosial* for adults, KUHP Art. 85; *pidana pelayanan masyarakat* for children, SPPA Art. 76). */
export type CommunityServiceOrder = {
  /** Breach signal for the PK and the prosecutor: unacceptable absences reached the threshold of the rule set (KUHP Art. 85(7)). */
  breachSignal: Scalars['Boolean']['output'];
  /** The case the order was imposed in. */
  case: Case;
  /** The person who must do the hours. */
  client: Client;
  /** Court decision number (*nomor putusan*). */
  courtDecisionNumber: Scalars['String']['output'];
  /** Last day to complete the hours (at most 6 months after the start, KUHP Art. 85(5)). */
  deadline: Scalars['Date']['output'];
  /** Hours credited so far across all sites (*jam terlaksana*). */
  hoursCompleted: Scalars['Float']['output'];
  /** Hours still owed (*sisa jam*). */
  hoursRemaining: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Kind of order, which follows the age at the offence date. */
  kind: OrderKind;
  /** Legal basis, e.g. "KUHP Pasal 85" (*dasar hukum*). */
  legalBasis: Scalars['String']['output'];
  /** Daily cap of hours (KUHP Art. 85(5): 8 for adults; lower for children). */
  maxHoursPerDay: Scalars['Int']['output'];
  /** Whether the remaining hours still fit before the deadline at the daily cap, counting working days (Mon–Sat) from today. */
  onTrack: Scalars['Boolean']['output'];
  /** Hours ordered by the court (*jumlah jam*). */
  orderedHours: Scalars['Int']['output'];
  /** Placements of the order at work sites, oldest first (*penempatan*). */
  placements: Array<Placement>;
  /** First day the hours may be worked. */
  startDate: Scalars['Date']['output'];
  /** Status of the order. */
  status: OrderStatus;
  /** Unacceptable absences recorded on the order, across sites (corrections count, not what they replace). */
  unacceptableAbsences: Scalars['Int']['output'];
};

/** A page of community-service orders (Relay connection). */
export type CommunityServiceOrderConnection = {
  edges: Array<CommunityServiceOrderEdge>;
  nodes: Array<CommunityServiceOrder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An order in a page of orders. */
export type CommunityServiceOrderEdge = {
  cursor: Scalars['String']['output'];
  node: CommunityServiceOrder;
};

/** Aggregate counts of Bapas clients (*statistik klien*), with small cells suppressed (DOMAIN.md §4). */
export type CorrectionsStatistics = {
  byAgeBand: StatisticBreakdown;
  byCategory: StatisticBreakdown;
  byDistrict: StatisticBreakdown;
  bySex: StatisticBreakdown;
  byStatus: StatisticBreakdown;
  /** Counts from 1 to this minus 1 are suppressed. */
  threshold: Scalars['Int']['output'];
  /** All clients matching the filter; null when suppressed. */
  total?: Maybe<Scalars['Int']['output']>;
  totalSuppressed: Scalars['Boolean']['output'];
};

/** Decline a Bapas referral, with the reason. */
export type DeclineReferralInput = {
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};

/** A kabupaten/kota of Jambi province (*kabupaten/kota*), identified by its BPS code. */
export type District = {
  /** BPS code, e.g. "1507". */
  code: Scalars['String']['output'];
  /** Name, e.g. "Tanjung Jabung Barat". */
  name: Scalars['String']['output'];
};

/** Diversion (*diversi*, SPPA Art. 7): eligibility computed from the offence, and its progress. */
export type Diversion = {
  /** Last day of the current stage: start + 30 days (SPPA Art. 29, 42, 52). */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** True when diversion is mandatory: threatened term under 7 years and not a repeat offence (SPPA Art. 7(2)). */
  eligible: Scalars['Boolean']['output'];
  /** Why diversion is or is not required, in words, citing the article. */
  reason: Scalars['String']['output'];
  /** Last day diversion may start at this stage: the stage start + 7 days (SPPA Art. 7, 29); null when not applicable. */
  startBy?: Maybe<Scalars['Date']['output']>;
  /** Date diversion started at the current stage. */
  startedAt?: Maybe<Scalars['Date']['output']>;
  /** State of the diversion process. */
  status: DiversionStatus;
};

/** Diversion ended in an agreement (*kesepakatan diversi*) or failed. */
export type DiversionOutcome =
  | 'AGREED'
  | 'FAILED';

/** State of diversion (*diversi*, SPPA Art. 7). */
export type DiversionStatus =
  | 'AGREED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'NOT_ELIGIBLE'
  | 'NOT_STARTED';

/** End a placement. */
export type EndPlacementInput = {
  /** Last day at the site. */
  endDate: Scalars['Date']['input'];
  outcome: PlacementEndOutcome;
  placementId: Scalars['ID']['input'];
};

/** The result of endPlacement. */
export type EndPlacementPayload = {
  placement?: Maybe<Placement>;
  userErrors: Array<UserError>;
};

/** An unpaid fine converted to community-service hours (KUHP Art. 82), with its arithmetic. */
export type FineConversion = {
  /** The arithmetic in words, with the article and the rule-set version. */
  explanation: Scalars['String']['output'];
  fineRupiah: Scalars['Int']['output'];
  /** Hours, within 8–240; null when the fine may not be converted. */
  hours?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

/** Which view of a person's identity the viewer gets: FULL, or LIMITED (identity fields null, initials only; SPPA Art. 19). */
export type IdentityAccess =
  | 'FULL'
  | 'LIMITED';

/** The intervention plan (*rencana intervensi*): goals and planned services. */
export type InterventionPlan = {
  createdAt: Scalars['DateTime']['output'];
  goals: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  plannedServices: Array<ServiceKind>;
};

/** Issue a community-service order on a court decision. */
export type IssueCommunityServiceOrderInput = {
  caseId: Scalars['ID']['input'];
  /** The person consented after the sentence was explained (KUHP Art. 85(2)). */
  consentGiven: Scalars['Boolean']['input'];
  /** Court decision number (*nomor putusan*). */
  courtDecisionNumber: Scalars['String']['input'];
  /** At most 6 months after the start (KUHP Art. 85(5)). */
  deadline: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Fine the court imposed and replaced, in rupiah (adults: at most category II). */
  imposedFineRupiah?: InputMaybe<Scalars['Int']['input']>;
  /** Prison term the court imposed and replaced, in months (adults: at most 6). */
  imposedPrisonMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Hours ordered by the court. */
  orderedHours: Scalars['Int']['input'];
  startDate: Scalars['Date']['input'];
};

/** The result of issueCommunityServiceOrder. */
export type IssueCommunityServiceOrderPayload = {
  communityServiceOrder?: Maybe<CommunityServiceOrder>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** Purpose of a social-inquiry report: diversion (*diversi*), trial (*sidang*), guidance (*pembimbingan*), assimilation (*asimilasi*), reintegration (*integrasi*: parole, conditional leave). */
export type LitmasPurpose =
  | 'ASSIMILATION'
  | 'DIVERSION'
  | 'GUIDANCE'
  | 'REINTEGRATION'
  | 'TRIAL';

export type Mutation = {
  /** Accepts an open referral for the case manager's district: the referral's facts are fetched through the gateway with the caller's token, and a protection case is opened, once. */
  acceptReferral: ReferralResponsePayload;
  /** Moves the case to its next stage; diversion is due again within 7 days of a new stage (SPPA Art. 7). */
  advanceCaseStage: CasePayload;
  /** Assigns a caseworker or psychologist of the district (case manager). */
  assignCaseworker: ProtectionCasePayload;
  /** Assigns a PK to a client (head of Bapas); the previous assignment is kept as history. */
  assignOfficer: AssignOfficerPayload;
  /** Moves the client's status along its lifecycle; invalid transitions are refused. */
  changeClientStatus: ChangeClientStatusPayload;
  /** Moves an order along its lifecycle (pending placement → active → completed / breached / revoked). */
  changeOrderStatus: ChangeOrderStatusPayload;
  /** Moves a case to its next stage; a high-risk case goes to emergency services before assessment. */
  changeProtectionCaseStatus: ProtectionCasePayload;
  /** Closes a case with its reason and summary; it is read-only until reopened. */
  closeProtectionCase: ProtectionCasePayload;
  /** Deactivates a site: no new placements; its placements and history stay. */
  deactivateWorkSite: WorkSitePayload;
  /** Declines an open referral, with the reason (case manager). */
  declineReferral: ReferralResponsePayload;
  /** Ends a placement as completed, transferred or revoked (PK or head); its records stay. */
  endPlacement: EndPlacementPayload;
  /** Issues a community-service order: the kind follows the age at the offence, and every rule of the rule set in force is checked. */
  issueCommunityServiceOrder: IssueCommunityServiceOrderPayload;
  /** Opens a case for a client (assigned PK or head); diversion eligibility follows from the offence. */
  openCase: OpenCasePayload;
  /** Opens a case for a child victim or witness; high risk is flagged for emergency services before assessment. */
  openProtectionCase: OpenProtectionCasePayload;
  /** Places an order at a site (PK or head). The order's facts are fetched through the gateway with the caller's token and kept as a snapshot. An order already placed moves, its hours carried along. */
  placeOrder: PlaceOrderPayload;
  /** Records a psychosocial assessment (assigned caseworker or psychologist, or the case manager); an intake moves to assessment. */
  recordAssessment: CasePlanningPayload;
  /** Records one day's attendance. The idempotency key is required: a retry returns the first result and writes nothing. Two submissions for the same person at once cannot together pass the daily cap. */
  recordAttendance: RecordAttendancePayload;
  /** Records the outcome of a diversion in progress. */
  recordDiversionOutcome: CasePayload;
  /** Records a service (assigned caseworker or psychologist, or the case manager). A closed case is read-only. */
  recordPsychosocialService: RecordPsychosocialServicePayload;
  /** Records a supervision session (assigned PK or head). */
  recordSupervisionSession: RecordSupervisionSessionPayload;
  /** Refers a client to DP3AP2KB (assigned PK or head); one open referral per client and agency. */
  referClient: ReferralPayload;
  /** Registers a client (head of Bapas or registrar). The category follows the age at the offence date. */
  registerClient: RegisterClientPayload;
  /** Registers a work-site provider (head of Bapas, under the cooperation agreement). */
  registerProvider: RegisterProviderPayload;
  /** Registers a work site (the provider's admin, or the head of Bapas). */
  registerWorkSite: WorkSitePayload;
  /** Records a request for a Litmas; it is due 3×24 hours later (PP 65/2015). */
  requestSocialInquiryReport: SocialInquiryReportPayload;
  /** Sets the intervention plan (case manager); an assessed case moves to intervention. */
  setInterventionPlan: CasePlanningPayload;
  /** Records the start of diversion; it must start within 7 days of the stage and lasts at most 30 days (SPPA Art. 7, 29, 42, 52). */
  startDiversion: CasePayload;
  /** Submits a Litmas with its recommendation (assigned PK or head). */
  submitSocialInquiryReport: SocialInquiryReportPayload;
  /** Updates a site; the earlier version is kept. Capacity cannot drop below the places in use. */
  updateWorkSite: WorkSitePayload;
  /** Withdraws an open referral (assigned PK or head): the sharing of the identity ends. */
  withdrawReferral: ReferralPayload;
};


export type MutationAcceptReferralArgs = {
  input: AcceptReferralInput;
};


export type MutationAdvanceCaseStageArgs = {
  input: AdvanceCaseStageInput;
};


export type MutationAssignCaseworkerArgs = {
  input: AssignCaseworkerInput;
};


export type MutationAssignOfficerArgs = {
  input: AssignOfficerInput;
};


export type MutationChangeClientStatusArgs = {
  input: ChangeClientStatusInput;
};


export type MutationChangeOrderStatusArgs = {
  input: ChangeOrderStatusInput;
};


export type MutationChangeProtectionCaseStatusArgs = {
  input: ChangeProtectionCaseStatusInput;
};


export type MutationCloseProtectionCaseArgs = {
  input: CloseProtectionCaseInput;
};


export type MutationDeactivateWorkSiteArgs = {
  siteId: Scalars['ID']['input'];
};


export type MutationDeclineReferralArgs = {
  input: DeclineReferralInput;
};


export type MutationEndPlacementArgs = {
  input: EndPlacementInput;
};


export type MutationIssueCommunityServiceOrderArgs = {
  input: IssueCommunityServiceOrderInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationOpenProtectionCaseArgs = {
  input: OpenProtectionCaseInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDiversionOutcomeArgs = {
  input: RecordDiversionOutcomeInput;
};


export type MutationRecordPsychosocialServiceArgs = {
  input: RecordPsychosocialServiceInput;
};


export type MutationRecordSupervisionSessionArgs = {
  input: RecordSupervisionSessionInput;
};


export type MutationReferClientArgs = {
  input: ReferClientInput;
};


export type MutationRegisterClientArgs = {
  input: RegisterClientInput;
};


export type MutationRegisterProviderArgs = {
  input: RegisterProviderInput;
};


export type MutationRegisterWorkSiteArgs = {
  input: RegisterWorkSiteInput;
};


export type MutationRequestSocialInquiryReportArgs = {
  input: RequestSocialInquiryReportInput;
};


export type MutationSetInterventionPlanArgs = {
  input: SetInterventionPlanInput;
};


export type MutationStartDiversionArgs = {
  input: StartDiversionInput;
};


export type MutationSubmitSocialInquiryReportArgs = {
  input: SubmitSocialInquiryReportInput;
};


export type MutationUpdateWorkSiteArgs = {
  input: UpdateWorkSiteInput;
};


export type MutationWithdrawReferralArgs = {
  input: WithdrawReferralInput;
};

/** An offence (*tindak pidana*) from the reference catalogue, with its maximum threatened term. */
export type Offense = {
  /** Article (*pasal*), e.g. "Pasal 476". */
  article: Scalars['String']['output'];
  /** Stable code, e.g. "THEFT". */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Maximum threatened prison term in months (*ancaman pidana penjara*). */
  maxTermMonths: Scalars['Int']['output'];
  /** Statute (*undang-undang*), e.g. "KUHP (UU 1/2023)". */
  statute: Scalars['String']['output'];
  /** Title in English. */
  title: Scalars['String']['output'];
  /** Title in Bahasa Indonesia (*nama tindak pidana*). */
  titleId: Scalars['String']['output'];
};

/** The head of Bapas's view of the office (*beban kerja kantor*). */
export type OfficeWorkload = {
  /** Cases whose diversion must start or end within the next 7 days. */
  diversionDeadlines: Array<Case>;
  officers: Array<OfficerLoad>;
  ordersByStatus: Array<OrderStatusCount>;
  /** Litmas past their due time, oldest due first. */
  overdueSocialInquiryReports: Array<SocialInquiryReport>;
};

/** A probation officer of Bapas (*Pembimbing Kemasyarakatan*, PK). */
export type Officer = {
  /** Clients assigned to this officer whose guidance is not closed (*beban kerja*). */
  activeCaseload: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Full name of the officer. */
  name: Scalars['String']['output'];
  /** Civil-servant number (*NIP*), 18 digits. */
  nip: Scalars['String']['output'];
  /** Office (*kantor*), e.g. "Bapas Kelas I Jambi". */
  office: Scalars['String']['output'];
};

/** One assignment of a PK to the client (*penunjukan PK*); reassignments keep the history. */
export type OfficerAssignment = {
  assignedAt: Scalars['DateTime']['output'];
  /** Who assigned (the head of Bapas). */
  assignedBy: Scalars['String']['output'];
  /** When a reassignment ended it. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The PK assigned. */
  officer?: Maybe<Officer>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** One officer's load. */
export type OfficerLoad = {
  /** Clients assigned and not closed. */
  activeCaseload: Scalars['Int']['output'];
  officer: Officer;
  /** Litmas requested and not yet submitted. */
  openSocialInquiryReports: Scalars['Int']['output'];
  /** Of those, past their due time. */
  overdueSocialInquiryReports: Scalars['Int']['output'];
};

/** Open a case for a client (*pembukaan perkara*). */
export type OpenCaseInput = {
  /** Case number (*nomor perkara*), e.g. the police report number; unique. */
  caseNumber: Scalars['String']['input'];
  clientId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Code from the offence catalogue, e.g. "THEFT". */
  offenseCode: Scalars['String']['input'];
  offenseDate: Scalars['Date']['input'];
  /** A repeat offence (*pengulangan*): no diversion (SPPA Art. 7(2)(b)). */
  repeatOffense?: Scalars['Boolean']['input'];
};

/** The result of openCase. */
export type OpenCasePayload = {
  case?: Maybe<Case>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** Intake of a child victim, witness or child in conflict (*penerimaan pengaduan*). */
export type OpenProtectionCaseInput = {
  child: ChildIdentityInput;
  childRole: ChildRole;
  concerns: Array<ViolenceType>;
  districtCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** One of PARENT, RELATIVE, PARTNER, TEACHER, NEIGHBOUR, STRANGER, OTHER. */
  perpetratorRelationship?: InputMaybe<Scalars['String']['input']>;
  /** One of HOUSEHOLD, SCHOOL, PUBLIC, WORKPLACE, ONLINE, OTHER. */
  place?: InputMaybe<Scalars['String']['input']>;
  riskLevel: RiskLevel;
};

/** The result of openProtectionCase. */
export type OpenProtectionCasePayload = {
  protectionCase?: Maybe<ProtectionCase>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** Filter for the community-service order list. */
export type OrderFilter = {
  /** BPS district code where the order is executed. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrderKind>;
  status?: InputMaybe<OrderStatus>;
};

/** KERJA_SOSIAL: community service for adults (*pidana kerja sosial*, KUHP Art. 85); PELAYANAN_MASYARAKAT: community service for children (*pidana pelayanan masyarakat*, SPPA Art. 76). */
export type OrderKind =
  | 'KERJA_SOSIAL'
  | 'PELAYANAN_MASYARAKAT';

/** Status of a community-service order. */
export type OrderStatus =
  | 'ACTIVE'
  | 'BREACHED'
  | 'COMPLETED'
  | 'PENDING_PLACEMENT'
  | 'REVOKED';

/** Orders in one status. */
export type OrderStatusCount = {
  count: Scalars['Int']['output'];
  status: OrderStatus;
};

/** Relay page information (*informasi halaman*). */
export type PageInfo = {
  /** Cursor of the last record of the page; pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more records follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when records precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first record of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Place a community-service order at a work site (the PK). */
export type PlaceOrderInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
  /** First day at the site; within the order period. */
  startDate: Scalars['Date']['input'];
  supervisorName?: InputMaybe<Scalars['String']['input']>;
};

/** The result of placeOrder. */
export type PlaceOrderPayload = {
  placement?: Maybe<Placement>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** A community-service order placed at a work site (*penempatan*). */
export type Placement = {
  /** Attendance records, by date (*daftar hadir*). */
  attendance: Array<AttendanceRecord>;
  /** Hours credited at this site (*jam terlaksana*). */
  hoursCredited: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The order being served. */
  order: CommunityServiceOrder;
  /** The person, in the limited view: work-site staff never see more. */
  person: PlacementPerson;
  /** The work site. */
  site: WorkSite;
  /** First day at this site. */
  startDate: Scalars['Date']['output'];
  /** Status of the placement. */
  status: PlacementStatus;
  /** Name of the site supervisor (*pengawas lapangan*). */
  supervisorName?: Maybe<Scalars['String']['output']>;
};

/** How a placement ends. */
export type PlacementEndOutcome =
  | 'COMPLETED'
  | 'REVOKED'
  | 'TRANSFERRED';

/** The person doing the hours, in the limited view (*tampilan terbatas*): initials, district, child or adult. */
export type PlacementPerson = {
  /** Initials only (SPPA Art. 19). */
  displayName: Scalars['String']['output'];
  /** District of residence. */
  district: District;
  /** Always LIMITED here. */
  identityAccess: IdentityAccess;
  /** True when the order is a child's (*pelayanan masyarakat*). */
  isChild: Scalars['Boolean']['output'];
};

/** Status of a placement at a work site (*penempatan*). */
export type PlacementStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'REVOKED'
  | 'TRANSFERRED';

/** Profession of a caseworker: social worker (*pekerja sosial*), psychologist, counsellor (*konselor*), legal aid (*pendamping hukum*). */
export type Profession =
  | 'COUNSELLOR'
  | 'LEGAL_AID'
  | 'PSYCHOLOGIST'
  | 'SOCIAL_WORKER';

/** A child-protection case (*kasus perlindungan anak*) handled by DP3AP2KB / UPTD PPA. */
export type ProtectionCase = {
  /** Assessments, oldest first (DP3AP2KB staff on the case). */
  assessments: Array<Assessment>;
  /** Case number per district and year (*nomor kasus*), e.g. "PPA-1507-2026-0003". */
  caseNumber: Scalars['String']['output'];
  /** The assigned caseworker (*pendamping*). */
  caseworker?: Maybe<Caseworker>;
  /** The child's address; staff working on the case only. */
  childAddress?: Maybe<Scalars['String']['output']>;
  /** Age band of the child at intake (SIMFONI-PPA). */
  childAgeBand: AgeBand;
  /** Initials of the child (*inisial*), the only name this case shows. */
  childAlias: Scalars['String']['output'];
  /** The child's birth date; staff working on the case only. */
  childBirthDate?: Maybe<Scalars['Date']['output']>;
  /** The child's name (victims and witnesses); staff working on the case only. */
  childFullName?: Maybe<Scalars['String']['output']>;
  /** Whether the child is in conflict with the law, a victim or a witness. */
  childRole: ChildRole;
  /** Sex of the child. */
  childSex: Sex;
  /** The Bapas client, when the child is one (set through a referral). */
  client?: Maybe<Client>;
  /** When the case was closed, if it is. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was closed: GOALS_MET, TRANSFERRED, MOVED_AWAY, OTHER. */
  closureReason?: Maybe<Scalars['String']['output']>;
  /** Concerns (*jenis kekerasan*), SIMFONI-PPA violence types. */
  concerns: Array<ViolenceType>;
  /** District of the case (*kabupaten/kota*). */
  district: District;
  /** High risk: emergency services were flagged before assessment. */
  emergencyServices: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The current intervention plan. */
  interventionPlan?: Maybe<InterventionPlan>;
  /** When the case was opened (*tanggal penerimaan*). */
  openedAt: Scalars['DateTime']['output'];
  /** Perpetrator relationship (SIMFONI-PPA: PARENT, RELATIVE, PARTNER, TEACHER, NEIGHBOUR, STRANGER, OTHER). */
  perpetratorRelationship?: Maybe<Scalars['String']['output']>;
  /** Where it happened (SIMFONI-PPA place: HOUSEHOLD, SCHOOL, PUBLIC, WORKPLACE, ONLINE, OTHER). */
  place?: Maybe<Scalars['String']['output']>;
  /** Risk level. */
  riskLevel: RiskLevel;
  /** How many services were delivered (what Bapas follows, without their content). */
  serviceCount: Scalars['Int']['output'];
  /** Services delivered, oldest first. */
  services: Array<PsychosocialService>;
  /** Case management stage. */
  status: ProtectionCaseStatus;
};

/** A page of protection cases (Relay connection). */
export type ProtectionCaseConnection = {
  edges: Array<ProtectionCaseEdge>;
  nodes: Array<ProtectionCase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A protection case in a page of cases. */
export type ProtectionCaseEdge = {
  cursor: Scalars['String']['output'];
  node: ProtectionCase;
};

/** Filter for the protection case list. */
export type ProtectionCaseFilter = {
  childRole?: InputMaybe<ChildRole>;
  /** BPS district code. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProtectionCaseStatus>;
};

/** The result of a change to a protection case. */
export type ProtectionCasePayload = {
  protectionCase?: Maybe<ProtectionCase>;
  userErrors: Array<UserError>;
};

/** Case management stage: intake (*penerimaan*), assessment (*asesmen*), intervention, monitoring (*pemantauan*), closed. */
export type ProtectionCaseStatus =
  | 'ASSESSMENT'
  | 'CLOSED'
  | 'INTAKE'
  | 'INTERVENTION'
  | 'MONITORING';

/** An organisation that offers community-service work sites (*penyedia lokasi kerja sosial*). */
export type Provider = {
  /** District of the provider. */
  district: District;
  id: Scalars['ID']['output'];
  /** Kind of organisation. */
  kind: ProviderKind;
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /** Sites the provider offers. */
  sites: Array<WorkSite>;
};

/** Kind of work-site provider (*penyedia lokasi kerja sosial*). */
export type ProviderKind =
  | 'CORRECTIONS'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'GOVERNMENT'
  | 'HEALTH'
  | 'RELIGIOUS'
  | 'SOCIAL';

/** A psychosocial service delivered to the child (*layanan psikososial*). Clinical notes: the assigned psychologist only. */
export type PsychosocialService = {
  /** Whether the child attended. */
  attended: Scalars['Boolean']['output'];
  /** Clinical notes: null for everyone but the psychologist assigned to the case. */
  clinicalNotes?: Maybe<Scalars['String']['output']>;
  deliveredAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ServiceKind;
  /** Who delivered it. */
  provider?: Maybe<Caseworker>;
};

export type Query = {
  /** This agency's access log (AUDITOR only): who saw which record's personal data, when, and through which operation. */
  childProtectionAccessLog: AccessLogConnection;
  /** Protection cases by child role, violence type, risk, status, district and age band; small cells suppressed. */
  childProtectionStatistics: ChildProtectionStatistics;
  /** One client by id, if the viewer may see it. */
  client?: Maybe<Client>;
  /** A client's processing record, for the auditor (UU PDP Art. 32). */
  clientProcessingRecord?: Maybe<ClientProcessingRecord>;
  /** The clients the viewer may see, filtered, a page at a time. */
  clients: ClientConnection;
  /** One community-service order by id, if the viewer may see it. */
  communityServiceOrder?: Maybe<CommunityServiceOrder>;
  /** The community-service orders the viewer may see, a page at a time. */
  communityServiceOrders: CommunityServiceOrderConnection;
  /** This agency's access log (AUDITOR only): who saw which record's personal data, when, and through which operation. */
  correctionsAccessLog: AccessLogConnection;
  /** Clients by district, category, status, age band and sex; counts from 1 to k-1 suppressed. For analysts and the head of Bapas. */
  correctionsStatistics: CorrectionsStatistics;
  /** Converts an unpaid fine to community-service hours at the rate in force (KUHP Art. 82), showing the arithmetic. */
  fineToHours: FineConversion;
  /** Referrals to DP3AP2KB for the viewer's own districts (case managers and caseworkers), newest first. */
  incomingReferrals: ReferralConnection;
  /** The office's workload, for the head of Bapas: caseload per PK, overdue Litmas, orders by status, diversion deadlines. */
  officeWorkload: OfficeWorkload;
  /** One placement by id, if the viewer may see it. */
  placement?: Maybe<Placement>;
  /** One protection case by id, if the viewer may see it. */
  protectionCase?: Maybe<ProtectionCase>;
  /** The protection cases the viewer may see, a page at a time. */
  protectionCases: ProtectionCaseConnection;
  /** One referral: for DP3AP2KB staff of the referred district, and for whoever may see the client at Bapas. */
  referral?: Maybe<Referral>;
  /** Open Litmas that are overdue or due within `dueWithinHours` (default 24): a PK's own, the head's whole office. */
  socialInquiryReportsDue: Array<SocialInquiryReport>;
  /** One work site by id, if the viewer may see it. */
  workSite?: Maybe<WorkSite>;
  /** Placements and hours delivered by site kind and district, and capacity in use; small cells suppressed. */
  workSiteStatistics: WorkSiteStatistics;
  /** The work-site catalogue the viewer may see, filtered, a page at a time. */
  workSites: WorkSiteConnection;
  /** This agency's access log (AUDITOR only): who saw which record's personal data, when, and through which operation. */
  worksitesAccessLog: AccessLogConnection;
};


export type QueryChildProtectionAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChildProtectionStatisticsArgs = {
  filter?: InputMaybe<StatisticsFilter>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientProcessingRecordArgs = {
  clientId: Scalars['ID']['input'];
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunityServiceOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityServiceOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCorrectionsAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCorrectionsStatisticsArgs = {
  filter?: InputMaybe<StatisticsFilter>;
};


export type QueryFineToHoursArgs = {
  fineRupiah: Scalars['Int']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryIncomingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtectionCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtectionCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialInquiryReportsDueArgs = {
  dueWithinHours?: Scalars['Int']['input'];
};


export type QueryWorkSiteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkSiteStatisticsArgs = {
  filter?: InputMaybe<StatisticsFilter>;
};


export type QueryWorkSitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkSiteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorksitesAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordAssessmentInput = {
  assessedOn: Scalars['Date']['input'];
  needs: Array<CareNeed>;
  protectionCaseId: Scalars['ID']['input'];
  riskLevel: RiskLevel;
};

/** One day's attendance at a placement, from the site supervisor (or the PK). */
export type RecordAttendanceInput = {
  activity?: InputMaybe<Scalars['String']['input']>;
  /** The day worked, Asia/Jakarta. */
  date: Scalars['Date']['input'];
  /** Hours worked, in quarter hours; 0 unless attended. */
  hours: Scalars['Float']['input'];
  /** Required: a phone that retries must send the same key, so hours are never counted twice. */
  idempotencyKey: Scalars['String']['input'];
  outcome: AttendanceOutcome;
  placementId: Scalars['ID']['input'];
  /** Required for an acceptable absence; useful for a correction. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The record this one corrects (a correction never edits in place). */
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of recordAttendance. */
export type RecordAttendancePayload = {
  attendance?: Maybe<AttendanceRecord>;
  placement?: Maybe<Placement>;
  /** True when this was a retry of a request already recorded: nothing was written again. */
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type RecordDiversionOutcomeInput = {
  caseId: Scalars['ID']['input'];
  outcome: DiversionOutcome;
};

/** A psychosocial service delivered to the child. */
export type RecordPsychosocialServiceInput = {
  attended: Scalars['Boolean']['input'];
  /** Clinical notes: only the assigned psychologist may write (and read) them. */
  clinicalNotes?: InputMaybe<Scalars['String']['input']>;
  deliveredAt: Scalars['DateTime']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ServiceKind;
  protectionCaseId: Scalars['ID']['input'];
};

/** The result of recordPsychosocialService. */
export type RecordPsychosocialServicePayload = {
  replayed: Scalars['Boolean']['output'];
  service?: Maybe<PsychosocialService>;
  userErrors: Array<UserError>;
};

/** Record a supervision session. */
export type RecordSupervisionSessionInput = {
  clientId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SupervisionSessionKind;
  /** Where (for a home visit, the address: identity data). */
  place: Scalars['String']['input'];
  /** What was discussed and agreed. */
  summary: Scalars['String']['input'];
};

/** The result of recordSupervisionSession. */
export type RecordSupervisionSessionPayload = {
  replayed: Scalars['Boolean']['output'];
  session?: Maybe<SupervisionSession>;
  userErrors: Array<UserError>;
};

/** Refer a client to DP3AP2KB (*rujukan*): this shares the child's identity with the referred district while it is open. */
export type ReferClientInput = {
  clientId: Scalars['ID']['input'];
  /** District of the receiving office; the client's district by default. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (at least 10 characters). */
  reason: Scalars['String']['input'];
  /** Services needed, from the fixed list. */
  services: Array<ServiceNeed>;
};

/** A referral of a client by Bapas (owned by corrections). */
export type Referral = {
  /** The client referred. */
  client: Client;
  id: Scalars['ID']['output'];
  /** Why the client is referred (*alasan rujukan*). */
  reason: Scalars['String']['output'];
  /** DP3AP2KB's response: decision, by whom, when, why, and the case opened. */
  response?: Maybe<ReferralResponse>;
  /** When Bapas sent it. */
  sentAt: Scalars['DateTime']['output'];
  /** The PK who sent it. */
  sentBy: Officer;
  /** Services needed (*layanan yang dibutuhkan*). */
  services: Array<ServiceNeed>;
  /** Status of the referral. */
  status: ReferralStatus;
  /** The receiving agency. */
  toAgency: Agency;
  /** Why it was withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** When Bapas withdrew it (the sharing ends then). */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of referrals (Relay connection). */
export type ReferralConnection = {
  edges: Array<ReferralEdge>;
  nodes: Array<Referral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** DP3AP2KB accepted the referral (a case is opened) or declined it. */
export type ReferralDecision =
  | 'ACCEPTED'
  | 'DECLINED';

/** A referral in a page. */
export type ReferralEdge = {
  cursor: Scalars['String']['output'];
  node: Referral;
};

/** Filter for incoming referrals. */
export type ReferralFilter = {
  /** OPEN by default. */
  status?: InputMaybe<ReferralStatus>;
};

/** The result of referClient or withdrawReferral. */
export type ReferralPayload = {
  referral?: Maybe<Referral>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** DP3AP2KB's response to a Bapas referral (*tanggapan rujukan*). */
export type ReferralResponse = {
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided (the case manager). */
  decidedBy: Scalars['String']['output'];
  decision: ReferralDecision;
  /** The protection case opened, when accepted (if the viewer may see it). */
  protectionCase?: Maybe<ProtectionCase>;
  /** Why (required when declined). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** The result of acceptReferral or declineReferral. */
export type ReferralResponsePayload = {
  /** True when the referral had already been answered: nothing new was written. */
  replayed: Scalars['Boolean']['output'];
  response?: Maybe<ReferralResponse>;
  userErrors: Array<UserError>;
};

/** OPEN while the receiving agency may act on it (and see the identity); WITHDRAWN by Bapas; CLOSED once handled. */
export type ReferralStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'WITHDRAWN';

/** A new client (*registrasi klien*). */
export type RegisterClientInput = {
  address: Scalars['String']['input'];
  birthDate: Scalars['Date']['input'];
  /** BPS district code of residence, e.g. "1507". */
  districtCode: Scalars['String']['input'];
  /** Full name as on the civil registry. */
  fullName: Scalars['String']['input'];
  /** Parent or guardian; required for a child. */
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** Makes a retry safe: the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** NIK: 16 digits. */
  nik: Scalars['String']['input'];
  /** Date of the offence: the category follows the age on this date. */
  offenseDate: Scalars['Date']['input'];
  /** Bapas register number, unique. */
  registerNumber: Scalars['String']['input'];
  sex: Sex;
};

/** The result of registerClient. */
export type RegisterClientPayload = {
  client?: Maybe<Client>;
  /** True when this was a replay of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** A work-site provider (*penyedia*). */
export type RegisterProviderInput = {
  districtCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ProviderKind;
  name: Scalars['String']['input'];
};

/** The result of registerProvider. */
export type RegisterProviderPayload = {
  provider?: Maybe<Provider>;
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type RegisterWorkSiteInput = {
  activities: Array<Scalars['String']['input']>;
  address: Scalars['String']['input'];
  availability: Array<AvailabilitySlotInput>;
  capacity: Scalars['Int']['input'];
  childSuitable: Scalars['Boolean']['input'];
  districtCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: WorkSiteKind;
  name: Scalars['String']['input'];
  /** The provider confirms the work is not commercial (KUHP Art. 85(3)). */
  nonCommercialConfirmed: Scalars['Boolean']['input'];
  providerId: Scalars['ID']['input'];
  requiresProtectiveEquipment: Scalars['Boolean']['input'];
};

/** A request for a social-inquiry report (*permintaan Litmas*). */
export type RequestSocialInquiryReportInput = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  purpose: LitmasPurpose;
  /** When the request arrived; now by default. The deadline runs from it. */
  requestedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who asks: police, prosecutor, court or correctional institution, with the letter number. */
  requester: Scalars['String']['input'];
};

/** Risk level (*tingkat risiko*); HIGH gets emergency services before assessment. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Psychosocial service (*layanan*): counselling, psychological assessment, family counselling, group support, shelter stay (*rumah aman*), accompaniment at police or court, legal aid, health referral. */
export type ServiceKind =
  | 'ACCOMPANIMENT_POLICE_COURT'
  | 'COUNSELLING'
  | 'FAMILY_COUNSELLING'
  | 'GROUP_SUPPORT'
  | 'HEALTH_REFERRAL'
  | 'LEGAL_AID'
  | 'PSYCHOLOGICAL_ASSESSMENT'
  | 'SHELTER_STAY';

/** A service a referral asks for: psychosocial support (*pendampingan psikososial*), shelter (*rumah aman*), family support, education, health, legal aid. */
export type ServiceNeed =
  | 'EDUCATION'
  | 'FAMILY_SUPPORT'
  | 'HEALTH'
  | 'LEGAL_AID'
  | 'PSYCHOSOCIAL_SUPPORT'
  | 'SHELTER';

export type SetInterventionPlanInput = {
  goals: Scalars['String']['input'];
  plannedServices: Array<ServiceKind>;
  protectionCaseId: Scalars['ID']['input'];
};

/** Sex as on the civil registry (*jenis kelamin*). */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A social-inquiry report (*Litmas*), due 3×24 hours after the request (PP 65/2015). */
export type SocialInquiryReport = {
  /** When the report is due: the request + 3×24 hours (configurable per purpose). */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Not submitted by its due time, or submitted late. */
  overdue: Scalars['Boolean']['output'];
  /** Why the report was requested. */
  purpose: LitmasPurpose;
  /** The PK's recommendation (*rekomendasi*). */
  recommendation?: Maybe<Scalars['String']['output']>;
  /** When the request arrived. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for it (police, prosecutor, court, correctional institution). */
  requester: Scalars['String']['output'];
  /** When the PK submitted it. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The result of requestSocialInquiryReport or submitSocialInquiryReport. */
export type SocialInquiryReportPayload = {
  replayed: Scalars['Boolean']['output'];
  report?: Maybe<SocialInquiryReport>;
  userErrors: Array<UserError>;
};

export type StartDiversionInput = {
  caseId: Scalars['ID']['input'];
  /** The day the diversion deliberation started. */
  startedOn: Scalars['Date']['input'];
};

/** Counts of one population by one dimension, with small cells suppressed. */
export type StatisticBreakdown = {
  cells: Array<StatisticCell>;
  /** The dimension, e.g. "district". */
  dimension: Scalars['String']['output'];
};

/** One cell of an aggregate (*sel statistik*): the count, or null when it is suppressed as too small. */
export type StatisticCell = {
  /** How many; null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Code of the category, e.g. "1507" or "CHILD_IN_CONFLICT". */
  key: Scalars['String']['output'];
  /** Readable name of the category. */
  label: Scalars['String']['output'];
  /** True when the count is hidden: too small, or it would let a small count be recomputed. */
  suppressed: Scalars['Boolean']['output'];
  /** A sum carried with the count (e.g. hours), suppressed with it. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Filter for aggregate statistics. */
export type StatisticsFilter = {
  /** Only this district (BPS code). */
  districtCode?: InputMaybe<Scalars['String']['input']>;
};

/** Submit a social-inquiry report. */
export type SubmitSocialInquiryReportInput = {
  /** The PK's recommendation (*rekomendasi*). */
  recommendation: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};

/** A supervision session of the PK with the client (*pembimbingan*). Place and summary are for FULL viewers only. */
export type SupervisionSession = {
  /** The day of the session. */
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: SupervisionSessionKind;
  /** Where; FULL viewers only (a home address identifies the child). */
  place?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Summary; FULL viewers only. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** How the PK met the client: at the office (*wajib lapor*), a home visit (*kunjungan rumah*), or by phone. */
export type SupervisionSessionKind =
  | 'HOME_VISIT'
  | 'OFFICE_VISIT'
  | 'PHONE';

export type UpdateWorkSiteInput = {
  activities: Array<Scalars['String']['input']>;
  address: Scalars['String']['input'];
  availability: Array<AvailabilitySlotInput>;
  capacity: Scalars['Int']['input'];
  childSuitable: Scalars['Boolean']['input'];
  districtCode: Scalars['String']['input'];
  kind: WorkSiteKind;
  name: Scalars['String']['input'];
  /** The provider confirms the work is not commercial (KUHP Art. 85(3)). */
  nonCommercialConfirmed: Scalars['Boolean']['input'];
  requiresProtectiveEquipment: Scalars['Boolean']['input'];
  siteId: Scalars['ID']['input'];
};

/** A refusal the user can fix (*kesalahan masukan*): the field, a stable code, the rule in words, and the article of law where one applies. */
export type UserError = {
  /** The article of law, e.g. "KUHP Art. 85(4)". */
  article?: Maybe<Scalars['String']['output']>;
  /** Stable code, e.g. "HOURS_OUT_OF_RANGE". */
  code: Scalars['String']['output'];
  /** The input field, e.g. "input.orderedHours". */
  field?: Maybe<Scalars['String']['output']>;
  /** The rule in words a PK understands. */
  message: Scalars['String']['output'];
};

/** Violence type (*jenis kekerasan*), SIMFONI-PPA code list. */
export type ViolenceType =
  | 'EXPLOITATION'
  | 'NEGLECT'
  | 'OTHER'
  | 'PHYSICAL'
  | 'PSYCHOLOGICAL'
  | 'SEXUAL'
  | 'TRAFFICKING';

/** Withdraw an open referral; the receiving agency loses the full view of the child. */
export type WithdrawReferralInput = {
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};

/** A place where community service is done (*lokasi kerja sosial*). */
export type WorkSite = {
  /** False once the site is deactivated; its history is kept. */
  active: Scalars['Boolean']['output'];
  /** Placements active at the site now (capacity in use). */
  activePlacements: Scalars['Int']['output'];
  /** Activities offered (*kegiatan*), e.g. "cleaning the yard". */
  activities: Array<Scalars['String']['output']>;
  /** Address of the site (*alamat lokasi*). */
  address: Scalars['String']['output'];
  /** Weekly availability windows. */
  availability: Array<AvailabilitySlot>;
  /** How many people the site can take at once (*kapasitas*). */
  capacity: Scalars['Int']['output'];
  /** Suitable for children (*layak anak*): only such sites may take a child's order. */
  childSuitable: Scalars['Boolean']['output'];
  /** District of the site. */
  district: District;
  id: Scalars['ID']['output'];
  /** Kind of site. */
  kind: WorkSiteKind;
  /** Name of the site. */
  name: Scalars['String']['output'];
  /** The provider confirmed the work is not commercial (KUHP Art. 85(3)). */
  nonCommercialConfirmed: Scalars['Boolean']['output'];
  /** Placements at the site, optionally by status: the site supervisor's list. */
  placements: Array<Placement>;
  /** The organisation that offers the site. */
  provider: Provider;
  /** Personal protective equipment (*APD*) is needed. */
  requiresProtectiveEquipment: Scalars['Boolean']['output'];
};


/** A place where community service is done (*lokasi kerja sosial*). */
export type WorkSitePlacementsArgs = {
  status?: InputMaybe<PlacementStatus>;
};

/** A page of work sites (Relay connection). */
export type WorkSiteConnection = {
  edges: Array<WorkSiteEdge>;
  nodes: Array<WorkSite>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A site in a page of sites. */
export type WorkSiteEdge = {
  cursor: Scalars['String']['output'];
  node: WorkSite;
};

/** Filter for the work-site catalogue. */
export type WorkSiteFilter = {
  /** Only active (true) or deactivated (false) sites. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only sites open on this weekday (1 = Monday … 7 = Sunday). */
  availableOn?: InputMaybe<Scalars['Int']['input']>;
  /** Only sites suitable (true) or not suitable (false) for children. */
  childSuitable?: InputMaybe<Scalars['Boolean']['input']>;
  /** BPS district code. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Only sites with a free place now. */
  hasFreeCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<WorkSiteKind>;
};

/** Kind of work site (*lokasi kerja sosial*): mosque/musholla, church, school, pesantren, puskesmas/hospital, orphanage (*panti asuhan*), elderly home (*panti werdha*), social institution, park, waste bank/TPS3R, village office, library, Griya Abhipraya. */
export type WorkSiteKind =
  | 'CHURCH'
  | 'ELDERLY_HOME'
  | 'GRIYA_ABHIPRAYA'
  | 'HEALTH_CENTRE'
  | 'LIBRARY'
  | 'MOSQUE'
  | 'ORPHANAGE'
  | 'PARK'
  | 'PESANTREN'
  | 'SCHOOL'
  | 'SOCIAL_INSTITUTION'
  | 'VILLAGE_OFFICE'
  | 'WASTE_BANK';

/** The result of a change to a work site. */
export type WorkSitePayload = {
  replayed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
  workSite?: Maybe<WorkSite>;
};

/** Placements, hours delivered and capacity in use (*statistik kerja sosial*), with small cells suppressed (DOMAIN.md §4). */
export type WorkSiteStatistics = {
  /** Active sites. */
  activeSites: Scalars['Int']['output'];
  /** Placements per district of the site; `value` is the hours delivered there. */
  byDistrict: StatisticBreakdown;
  /** Placements per site kind; `value` is the hours delivered there. */
  bySiteKind: StatisticBreakdown;
  /** Places offered by the active sites. */
  capacity: Scalars['Int']['output'];
  /** Places in use by active placements. */
  capacityInUse: Scalars['Int']['output'];
  /** All placements matching the filter; null when suppressed. */
  placements?: Maybe<Scalars['Int']['output']>;
  placementsSuppressed: Scalars['Boolean']['output'];
  /** Counts from 1 to this minus 1 are suppressed. */
  threshold: Scalars['Int']['output'];
};

export type Join__Graph =
  | 'CHILD_PROTECTION'
  | 'CORRECTIONS'
  | 'WORKSITES';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type CorrectionsLogQueryVariables = Exact<{
  filter?: InputMaybe<AccessLogFilter>;
}>;


export type CorrectionsLogQuery = { correctionsAccessLog: { totalCount: number, nodes: Array<{ at: string, actor: string, role: string, subjectType: string, subjectId: string, fields: Array<string>, operation?: string | null, correlationId: string }> } };

export type ChildProtectionLogQueryVariables = Exact<{
  filter?: InputMaybe<AccessLogFilter>;
}>;


export type ChildProtectionLogQuery = { childProtectionAccessLog: { totalCount: number, nodes: Array<{ at: string, actor: string, role: string, subjectType: string, subjectId: string, fields: Array<string>, operation?: string | null, correlationId: string }> } };

export type WorksitesLogQueryVariables = Exact<{
  filter?: InputMaybe<AccessLogFilter>;
}>;


export type WorksitesLogQuery = { worksitesAccessLog: { totalCount: number, nodes: Array<{ at: string, actor: string, role: string, subjectType: string, subjectId: string, fields: Array<string>, operation?: string | null, correlationId: string }> } };

export type ProcessingRecordQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type ProcessingRecordQuery = { clientProcessingRecord?: { id: string, generatedAt: string, correctionsDocument: string, childProtectionDocument: string, worksitesDocument: string, correctionsAccessLog: Array<{ at: string, actor: string, role: string, fields: Array<string>, operation?: string | null }>, childProtectionAccessLog: Array<{ at: string, actor: string, role: string, fields: Array<string>, operation?: string | null }>, worksitesAccessLog: Array<{ at: string, actor: string, role: string, fields: Array<string>, operation?: string | null }> } | null };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { clients: { totalCount: number, nodes: Array<{ id: string, registerNumber: string, displayName: string, identityAccess: IdentityAccess, category: ClientCategory, status: ClientStatus, ageBand: AgeBand, district: { name: string }, cases: Array<{ id: string, caseNumber: string, stage: CaseStage, diversion: { status: DiversionStatus, startBy?: string | null, deadline?: string | null }, socialInquiryReports: Array<{ id: string, purpose: LitmasPurpose, dueAt: string, submittedAt?: string | null, overdue: boolean }> }>, communityServiceOrders: Array<{ id: string, status: OrderStatus, deadline: string, onTrack: boolean, breachSignal: boolean }> }> } };

export type RequestLitmasMutationVariables = Exact<{
  input: RequestSocialInquiryReportInput;
}>;


export type RequestLitmasMutation = { requestSocialInquiryReport: { report?: { id: string, dueAt: string } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type SubmitLitmasMutationVariables = Exact<{
  input: SubmitSocialInquiryReportInput;
}>;


export type SubmitLitmasMutation = { submitSocialInquiryReport: { report?: { id: string, submittedAt?: string | null } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type RecordSessionMutationVariables = Exact<{
  input: RecordSupervisionSessionInput;
}>;


export type RecordSessionMutation = { recordSupervisionSession: { session?: { id: string } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type ReferClientMutationVariables = Exact<{
  input: ReferClientInput;
}>;


export type ReferClientMutation = { referClient: { referral?: { id: string, status: ReferralStatus } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type WithdrawReferralMutationVariables = Exact<{
  input: WithdrawReferralInput;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { referral?: { id: string, status: ReferralStatus } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type IssueOrderMutationVariables = Exact<{
  input: IssueCommunityServiceOrderInput;
}>;


export type IssueOrderMutation = { issueCommunityServiceOrder: { communityServiceOrder?: { id: string } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { placement?: { id: string, site: { name: string } } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type SitePickerQueryVariables = Exact<{
  filter?: InputMaybe<WorkSiteFilter>;
}>;


export type SitePickerQuery = { workSites: { nodes: Array<{ id: string, name: string, kind: WorkSiteKind, address: string, capacity: number, activePlacements: number, childSuitable: boolean, district: { name: string } }> } };

export type ClientViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientViewQuery = { client?: { id: string, registerNumber: string, displayName: string, identityAccess: IdentityAccess, fullName?: string | null, nik?: string | null, birthDate?: string | null, address?: string | null, guardianName?: string | null, sex: Sex, ageBand: AgeBand, category: ClientCategory, status: ClientStatus, district: { code: string, name: string }, officer?: { id: string, name: string } | null, cases: Array<{ id: string, caseNumber: string, offenseDate: string, stage: CaseStage, offense: { titleId: string, article: string, statute: string }, diversion: { eligible: boolean, reason: string, status: DiversionStatus, startBy?: string | null, startedAt?: string | null, deadline?: string | null }, socialInquiryReports: Array<{ id: string, purpose: LitmasPurpose, requester: string, requestedAt: string, dueAt: string, submittedAt?: string | null, recommendation?: string | null, overdue: boolean }> }>, supervisionSessions: Array<{ id: string, heldOn: string, kind: SupervisionSessionKind, place?: string | null, summary?: string | null }>, communityServiceOrders: Array<{ id: string, kind: OrderKind, orderedHours: number, maxHoursPerDay: number, startDate: string, deadline: string, courtDecisionNumber: string, status: OrderStatus, legalBasis: string, hoursCompleted: number, hoursRemaining: number, onTrack: boolean, breachSignal: boolean, unacceptableAbsences: number, placements: Array<{ id: string, status: PlacementStatus, startDate: string, hoursCredited: number, supervisorName?: string | null, site: { id: string, name: string, district: { name: string } } }> }>, referrals: Array<{ id: string, status: ReferralStatus, services: Array<ServiceNeed>, reason: string, sentAt: string, withdrawnAt?: string | null, withdrawalReason?: string | null, response?: { decision: ReferralDecision, decidedAt: string, reason?: string | null, protectionCase?: { caseNumber: string, status: ProtectionCaseStatus, serviceCount: number } | null } | null }>, protectionCases: Array<{ id: string, caseNumber: string, status: ProtectionCaseStatus, serviceCount: number }> } | null };

export type OfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeQuery = { officeWorkload: { officers: Array<{ activeCaseload: number, openSocialInquiryReports: number, overdueSocialInquiryReports: number, officer: { id: string, name: string, nip: string } }>, overdueSocialInquiryReports: Array<{ id: string, purpose: LitmasPurpose, requester: string, dueAt: string }>, ordersByStatus: Array<{ status: OrderStatus, count: number }>, diversionDeadlines: Array<{ id: string, caseNumber: string, diversion: { status: DiversionStatus, startBy?: string | null, deadline?: string | null }, client: { id: string, registerNumber: string, displayName: string } }> }, unassigned: { nodes: Array<{ id: string, registerNumber: string, displayName: string, officer?: { id: string, name: string } | null }> } };

export type AssignOfficerMutationVariables = Exact<{
  input: AssignOfficerInput;
}>;


export type AssignOfficerMutation = { assignOfficer: { client?: { id: string, officer?: { name: string } | null } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type RegisterClientMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type RegisterClientMutation = { registerClient: { client?: { id: string, registerNumber: string } | null, userErrors: Array<{ field?: string | null, code: string, message: string, article?: string | null }> } };

export type ProsecutorOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProsecutorOrdersQuery = { communityServiceOrders: { totalCount: number, nodes: Array<{ id: string, kind: OrderKind, status: OrderStatus, courtDecisionNumber: string, orderedHours: number, startDate: string, deadline: string, hoursCompleted: number, hoursRemaining: number, onTrack: boolean, breachSignal: boolean, unacceptableAbsences: number, client: { registerNumber: string, displayName: string, district: { name: string } } }> } };


export const CorrectionsLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionsLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionsAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionsLogQuery, CorrectionsLogQueryVariables>;
export const ChildProtectionLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildProtectionLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childProtectionAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}}]}}]}}]}}]} as unknown as DocumentNode<ChildProtectionLogQuery, ChildProtectionLogQueryVariables>;
export const WorksitesLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorksitesLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksitesAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}}]}}]}}]}}]} as unknown as DocumentNode<WorksitesLogQuery, WorksitesLogQueryVariables>;
export const ProcessingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientProcessingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionsDocument"}},{"kind":"Field","name":{"kind":"Name","value":"childProtectionDocument"}},{"kind":"Field","name":{"kind":"Name","value":"worksitesDocument"}},{"kind":"Field","name":{"kind":"Name","value":"correctionsAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childProtectionAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksitesAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessingRecordQuery, ProcessingRecordQueryVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identityAccess"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"diversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialInquiryReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityServiceOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"breachSignal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const RequestLitmasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLitmas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSocialInquiryReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSocialInquiryReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<RequestLitmasMutation, RequestLitmasMutationVariables>;
export const SubmitLitmasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLitmas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSocialInquiryReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSocialInquiryReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitLitmasMutation, SubmitLitmasMutationVariables>;
export const RecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const ReferClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<ReferClientMutation, ReferClientMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const IssueOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCommunityServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCommunityServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityServiceOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<IssueOrderMutation, IssueOrderMutationVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const SitePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkSiteFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"activePlacements"}},{"kind":"Field","name":{"kind":"Name","value":"childSuitable"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SitePickerQuery, SitePickerQueryVariables>;
export const ClientViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identityAccess"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nik"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offenseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"offense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"statute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialInquiryReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requester"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityServiceOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderedHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxHoursPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"breachSignal"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCredited"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorName"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"protectionCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}}]}}]}}]}}]} as unknown as DocumentNode<ClientViewQuery, ClientViewQueryVariables>;
export const OfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeWorkload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"openSocialInquiryReports"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSocialInquiryReports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueSocialInquiryReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requester"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ordersByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diversionDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"diversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unassigned"},"name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REGISTERED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeQuery, OfficeQueryVariables>;
export const AssignOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<AssignOfficerMutation, AssignOfficerMutationVariables>;
export const RegisterClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterClientMutation, RegisterClientMutationVariables>;
export const ProsecutorOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProsecutorOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityServiceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderedHours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"breachSignal"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProsecutorOrdersQuery, ProsecutorOrdersQueryVariables>;