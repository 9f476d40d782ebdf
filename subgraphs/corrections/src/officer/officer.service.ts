import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Active caseload per officer (clients assigned and not closed), one grouped SQL statement per batch. */
export function caseloadLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader<string, number>(async (officerIds) => {
    const rows: Array<{ officer_id: string; n: string }> = await em
      .getConnection()
      .execute(
        `select officer_id, count(*) as n from client where officer_id = any(?) and status <> 'CLOSED' group by officer_id`,
        [[...officerIds]],
      );
    const counts = new Map(rows.map((r) => [r.officer_id, Number(r.n)]));
    return officerIds.map((id) => counts.get(id) ?? 0);
  });
}
