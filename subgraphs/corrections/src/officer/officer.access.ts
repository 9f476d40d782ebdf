import { equals, recordScope } from '@hub/server';

/**
 * An officer's own work lists (Litmas due, decisions for children under 12, guidance plans): the head
 * of Bapas sees the office's, a PK their own (by the record's `officerId`).
 */
export function officerWorkScope<E extends { officerId: string | null }>() {
  return recordScope<E>({
    grants: [
      { roles: ['BAPAS_HEAD'], when: () => ({}) },
      { roles: ['PK_OFFICER'], when: (viewer) => (viewer.officerId ? ({ officerId: equals(viewer.officerId) } as never) : null) },
    ],
  });
}
