import { hasAnyRole, type Viewer } from '@hub/auth';
import { equals, oneOf, present, recordScope, type Grant } from '@hub/server';
import type { ProtectionCase } from './protection-case.entity';

/** DP3AP2KB staff reach a case by district (case managers) or by assignment (caseworkers and psychologists). */
const STAFF: Grant<ProtectionCase>[] = [
  { roles: ['CASE_MANAGER'], when: (viewer) => ({ districtCode: oneOf(viewer.districts) }) },
  {
    roles: ['CASEWORKER', 'PSYCHOLOGIST'],
    when: (viewer) => (viewer.caseworkerId ? { caseworkerId: equals(viewer.caseworkerId) } : null),
  },
];

/**
 * THE rule for protection cases reached directly (`protectionCases`, `protectionCase(id)`) and for
 * working on one (its mutations, assessments, plan, the child's identity): case managers of its
 * district, the caseworker or psychologist assigned. Bapas staff reach none this way: this subgraph
 * does not know which PK guides which client.
 */
export const protectionCaseScope = recordScope<ProtectionCase>({ grants: STAFF });

/**
 * Cases reached from Bapas through a client or a referral that corrections has already authorised
 * (`Client.protectionCases`, `Referral.response`, `_entities`): DP3AP2KB staff as above, and Bapas case
 * staff for a child in conflict with the law who is a Bapas client. Child victims' and witnesses'
 * records never reach Bapas (DOMAIN.md §4).
 */
export const protectionCaseReferenceScope = recordScope<ProtectionCase>({
  grants: [
    ...STAFF,
    { roles: ['BAPAS_HEAD', 'PK_OFFICER'], when: () => ({ childRole: equals('IN_CONFLICT'), clientId: present }) },
  ],
});

/** Whether the viewer works on this case (the direct scope, for one case). */
export function worksOnCase(viewer: Viewer, pc: ProtectionCase): boolean {
  return protectionCaseScope.allows(viewer, pc);
}

/** Reopening a closed case: the case manager of the case's district. */
export function canReopenCase(viewer: Viewer, pc: ProtectionCase): boolean {
  return hasAnyRole(viewer, 'CASE_MANAGER') && worksOnCase(viewer, pc);
}

/** Clinical notes: the psychologist assigned to the case, and no one else (DOMAIN.md §4). */
export function canReadClinicalNotes(viewer: Viewer, pc: Pick<ProtectionCase, 'caseworkerId'>): boolean {
  return hasAnyRole(viewer, 'PSYCHOLOGIST') && !!viewer.caseworkerId && pc.caseworkerId === viewer.caseworkerId;
}
