import { enumObject } from '@hub/reference';
import { registerEnumType } from 'type-graphql';
import { WORK_SITE_KINDS } from '@hub/reference';

export const PROVIDER_KINDS = ['RELIGIOUS', 'EDUCATION', 'HEALTH', 'SOCIAL', 'ENVIRONMENT', 'GOVERNMENT', 'CORRECTIONS'] as const;
export type ProviderKindCode = (typeof PROVIDER_KINDS)[number];
export const ProviderKind = enumObject(PROVIDER_KINDS);
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'Kind of work-site provider (*penyedia lokasi kerja sosial*).',
});

export const WorkSiteKind = enumObject(WORK_SITE_KINDS);
registerEnumType(WorkSiteKind, {
  name: 'WorkSiteKind',
  description:
    'Kind of work site (*lokasi kerja sosial*): mosque/musholla, church, school, pesantren, puskesmas/hospital, orphanage (*panti asuhan*), elderly home (*panti werdha*), social institution, park, waste bank/TPS3R, village office, library, Griya Abhipraya.',
});

export const PLACEMENT_STATUSES = ['ACTIVE', 'COMPLETED', 'TRANSFERRED', 'REVOKED'] as const;
export type PlacementStatusCode = (typeof PLACEMENT_STATUSES)[number];
export const PlacementStatus = enumObject(PLACEMENT_STATUSES);
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'Status of a placement at a work site (*penempatan*).',
});

export const ATTENDANCE_OUTCOMES = [
  'ATTENDED',
  'SENT_HOME',
  'ACCEPTABLE_ABSENCE',
  'UNACCEPTABLE_ABSENCE',
  'RESCHEDULED',
] as const;
export type AttendanceOutcomeCode = (typeof ATTENDANCE_OUTCOMES)[number];
export const AttendanceOutcome = enumObject(ATTENDANCE_OUTCOMES);
registerEnumType(AttendanceOutcome, {
  name: 'AttendanceOutcome',
  description:
    'Outcome of a day (*kehadiran*): attended, sent home for behaviour, acceptable absence (with reason), unacceptable absence (a breach signal, KUHP Art. 85(7)), rescheduled.',
});
