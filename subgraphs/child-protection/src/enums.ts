import { enumObject } from '@hub/reference';
import { registerEnumType } from 'type-graphql';

export const CHILD_ROLES = ['IN_CONFLICT', 'VICTIM', 'WITNESS'] as const;
export type ChildRoleCode = (typeof CHILD_ROLES)[number];
export const ChildRole = enumObject(CHILD_ROLES);
registerEnumType(ChildRole, {
  name: 'ChildRole',
  description:
    "The child's role (ABH): in conflict with the law (*anak berkonflik*), victim (*anak korban*), witness (*anak saksi*).",
});

export const VIOLENCE_TYPES = ['PHYSICAL', 'PSYCHOLOGICAL', 'SEXUAL', 'EXPLOITATION', 'TRAFFICKING', 'NEGLECT', 'OTHER'] as const;
export type ViolenceTypeCode = (typeof VIOLENCE_TYPES)[number];
export const ViolenceType = enumObject(VIOLENCE_TYPES);
registerEnumType(ViolenceType, {
  name: 'ViolenceType',
  description: 'Violence type (*jenis kekerasan*), SIMFONI-PPA code list.',
});

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevelCode = (typeof RISK_LEVELS)[number];
export const RiskLevel = enumObject(RISK_LEVELS);
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Risk level (*tingkat risiko*); HIGH gets emergency services before assessment.',
});

export const PROTECTION_CASE_STATUSES = ['INTAKE', 'ASSESSMENT', 'INTERVENTION', 'MONITORING', 'CLOSED'] as const;
export type ProtectionCaseStatusCode = (typeof PROTECTION_CASE_STATUSES)[number];
export const ProtectionCaseStatus = enumObject(PROTECTION_CASE_STATUSES);
registerEnumType(ProtectionCaseStatus, {
  name: 'ProtectionCaseStatus',
  description:
    'Case management stage: intake (*penerimaan*), assessment (*asesmen*), intervention, monitoring (*pemantauan*), closed.',
});

export const PROFESSIONS = ['SOCIAL_WORKER', 'PSYCHOLOGIST', 'COUNSELLOR', 'LEGAL_AID'] as const;
export type ProfessionCode = (typeof PROFESSIONS)[number];
export const Profession = enumObject(PROFESSIONS);
registerEnumType(Profession, {
  name: 'Profession',
  description:
    'Profession of a caseworker: social worker (*pekerja sosial*), psychologist, counsellor (*konselor*), legal aid (*pendamping hukum*).',
});

export const INCIDENT_PLACES = ['HOUSEHOLD', 'SCHOOL', 'PUBLIC', 'WORKPLACE', 'ONLINE', 'OTHER'] as const;
export type IncidentPlaceCode = (typeof INCIDENT_PLACES)[number];
export const IncidentPlace = enumObject(INCIDENT_PLACES);
registerEnumType(IncidentPlace, {
  name: 'IncidentPlace',
  description:
    'Place of the incident (*tempat kejadian*), SIMFONI-PPA code list: household (*rumah tangga*), school or educational institution (*sekolah*), public facility (*fasilitas umum*), workplace (*tempat kerja*), online (*daring*), other (*lainnya*).',
});

export const PERPETRATOR_RELATIONSHIPS = [
  'PARENT',
  'RELATIVE',
  'SPOUSE',
  'PARTNER',
  'FRIEND',
  'TEACHER',
  'EMPLOYER',
  'NEIGHBOUR',
  'STRANGER',
  'OTHER',
] as const;
export type PerpetratorRelationshipCode = (typeof PERPETRATOR_RELATIONSHIPS)[number];
export const PerpetratorRelationship = enumObject(PERPETRATOR_RELATIONSHIPS);
registerEnumType(PerpetratorRelationship, {
  name: 'PerpetratorRelationship',
  description:
    "The perpetrator's relationship to the child (*hubungan pelaku dengan korban*), SIMFONI-PPA code list: parent (*orang tua*), relative (*keluarga/saudara*), spouse (*suami/istri*), partner (*pacar*), friend (*teman*), teacher (*guru*), employer (*majikan*), neighbour (*tetangga*), stranger (*orang tidak dikenal*), other (*lainnya*).",
});
