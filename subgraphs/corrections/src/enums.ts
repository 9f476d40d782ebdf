import { enumObject } from '@hub/reference';
import { registerEnumType } from 'type-graphql';
import { ORDER_KINDS } from '@hub/reference';

export const CLIENT_STATUSES = [
  'REGISTERED',
  'PRE_ADJUDICATION',
  'ADJUDICATION',
  'POST_ADJUDICATION',
  'AFTERCARE',
  'CLOSED',
] as const;
export type ClientStatusCode = (typeof CLIENT_STATUSES)[number];
export const ClientStatus = enumObject(CLIENT_STATUSES);
registerEnumType(ClientStatus, {
  name: 'ClientStatus',
  description:
    'Where the client (*klien*) is in Bapas guidance: registered, pre-adjudication (*pra-ajudikasi*), adjudication (*ajudikasi*), post-adjudication (*pasca-ajudikasi*), aftercare (*bimbingan lanjutan*), closed.',
});

export const CLIENT_CATEGORIES = ['CHILD_IN_CONFLICT', 'ADULT'] as const;
export type ClientCategoryCode = (typeof CLIENT_CATEGORIES)[number];
export const ClientCategory = enumObject(CLIENT_CATEGORIES);
registerEnumType(ClientCategory, {
  name: 'ClientCategory',
  description:
    'From the age at the offence date: CHILD_IN_CONFLICT (*anak berkonflik dengan hukum*, 12 to under 18, SPPA Art. 1) or ADULT (*klien dewasa*).',
});

export const CASE_STAGES = ['PRE_ADJUDICATION', 'ADJUDICATION', 'POST_ADJUDICATION', 'AFTERCARE', 'CLOSED'] as const;
export type CaseStageCode = (typeof CASE_STAGES)[number];
export const CaseStage = enumObject(CASE_STAGES);
registerEnumType(CaseStage, { name: 'CaseStage', description: 'Stage of the criminal case (*tahap perkara*).' });

export const DIVERSION_STATUSES = ['NOT_ELIGIBLE', 'NOT_STARTED', 'IN_PROGRESS', 'AGREED', 'FAILED'] as const;
export type DiversionStatusCode = (typeof DIVERSION_STATUSES)[number];
export const DiversionStatus = enumObject(DIVERSION_STATUSES);
registerEnumType(DiversionStatus, { name: 'DiversionStatus', description: 'State of diversion (*diversi*, SPPA Art. 7).' });

export const OrderKind = enumObject(ORDER_KINDS);
registerEnumType(OrderKind, {
  name: 'OrderKind',
  description:
    'KERJA_SOSIAL: community service for adults (*pidana kerja sosial*, KUHP Art. 85); PELAYANAN_MASYARAKAT: community service for children (*pidana pelayanan masyarakat*, SPPA Art. 76).',
});

export const ORDER_STATUSES = ['PENDING_PLACEMENT', 'ACTIVE', 'COMPLETED', 'BREACHED', 'REVOKED'] as const;
export type OrderStatusCode = (typeof ORDER_STATUSES)[number];
export const OrderStatus = enumObject(ORDER_STATUSES);
registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Status of a community-service order.' });
