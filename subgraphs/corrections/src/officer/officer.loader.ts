import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupCountLoader } from '@hub/db';

/** Active caseload per officer (clients assigned and not closed), one grouped SQL statement per batch. */
export function caseloadLoader(em: EntityManager): DataLoader<string, number> {
  return groupCountLoader(em, 'client', 'officer_id', (qb) => qb.whereNot('status', 'CLOSED'));
}
