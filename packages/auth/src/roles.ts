import type { RoleCode } from '@hub/reference';

/** Role groups the permission maps are written with (DOMAIN.md §4). */
export const BAPAS_ROLES: RoleCode[] = ['BAPAS_HEAD', 'PK_OFFICER', 'BAPAS_REGISTRAR'];
export const BAPAS_CASE_ROLES: RoleCode[] = ['BAPAS_HEAD', 'PK_OFFICER'];
export const CHILD_PROTECTION_ROLES: RoleCode[] = ['CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST'];
export const WORKSITE_ROLES: RoleCode[] = ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'];
/** The agreement's joint monitoring (cooperation/): analysts and the parties' heads (Bapas, DP3AP2KB's case managers). */
export const COOPERATION_ROLES: RoleCode[] = ['ANALYST', 'BAPAS_HEAD', 'CASE_MANAGER'];
/** Roles that work with records of people (never ANALYST or AUDITOR). */
export const RECORD_ROLES: RoleCode[] = [...BAPAS_ROLES, ...CHILD_PROTECTION_ROLES, ...WORKSITE_ROLES, 'PROSECUTOR'];
