import type { CaseStageCode, ClientStatusCode, OrderStatusCode } from '../enums';

/** Where a client's status may go next (DOMAIN.md §3); anything else is refused. */
export const CLIENT_TRANSITIONS: Record<ClientStatusCode, ClientStatusCode[]> = {
  REGISTERED: ['PRE_ADJUDICATION', 'CLOSED'],
  PRE_ADJUDICATION: ['ADJUDICATION', 'CLOSED'],
  ADJUDICATION: ['POST_ADJUDICATION', 'CLOSED'],
  POST_ADJUDICATION: ['AFTERCARE', 'CLOSED'],
  AFTERCARE: ['CLOSED'],
  CLOSED: [],
};

/** Where a case's stage may go next; a diversion agreed before trial closes the case. */
export const STAGE_TRANSITIONS: Record<CaseStageCode, CaseStageCode[]> = {
  PRE_ADJUDICATION: ['ADJUDICATION', 'CLOSED'],
  ADJUDICATION: ['POST_ADJUDICATION', 'CLOSED'],
  POST_ADJUDICATION: ['AFTERCARE', 'CLOSED'],
  AFTERCARE: ['CLOSED'],
  CLOSED: [],
};

/** Where a community-service order's status may go next. */
export const ORDER_TRANSITIONS: Record<OrderStatusCode, OrderStatusCode[]> = {
  PENDING_PLACEMENT: ['ACTIVE', 'REVOKED'],
  ACTIVE: ['COMPLETED', 'BREACHED', 'REVOKED'],
  BREACHED: ['REVOKED', 'ACTIVE'],
  COMPLETED: [],
  REVOKED: [],
};

/** A refusal message naming the allowed next states, or null when the transition is allowed. */
export function transitionRefusal<S extends string>(table: Record<S, S[]>, from: S, to: S, what: string): string | null {
  if (table[from].includes(to)) return null;
  const allowed = table[from];
  return `A ${what} that is ${from} cannot become ${to}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}.`;
}
