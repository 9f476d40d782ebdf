import { Migration } from '@mikro-orm/migrations';

/**
 * How many clients there are per district, status and category, kept by statement triggers on client
 * (transition tables: one upsert per statement, also for COPY), so the exact `totalCount` of the
 * client list is a lookup of a few rows instead of a count of up to a million.
 */
export class Migration20261206000000ClientTally extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table client_tally (
        district_code varchar(4) not null,
        status varchar(20) not null,
        category varchar(20) not null,
        clients bigint not null check (clients >= 0),
        primary key (district_code, status, category)
      );
      comment on table client_tally is 'Clients per district, status and category; kept by the client_tally_* triggers on client.';

      create function client_tally_apply() returns trigger language plpgsql as $tally$
      begin
        -- Each statement's rows, +1 for a new row and -1 for an old one, netted per group and applied in
        -- key order (two statements that touch the same groups lock them in the same order).
        if tg_op = 'INSERT' then
          insert into client_tally (district_code, status, category, clients)
            select district_code, status, category, count(*) from new_rows group by 1, 2, 3 order by 1, 2, 3
            on conflict (district_code, status, category) do update set clients = client_tally.clients + excluded.clients;
        elsif tg_op = 'UPDATE' then
          -- Groups that lost rows already have a tally row; groups that gained may not.
          with changes as (
            select district_code, status, category, sum(change) as n from (
              select district_code, status, category, 1 as change from new_rows
              union all
              select district_code, status, category, -1 as change from old_rows
            ) each_row group by 1, 2, 3 having sum(change) <> 0
          ), fewer as (
            update client_tally t set clients = t.clients + c.n from changes c
              where c.n < 0 and (t.district_code, t.status, t.category) = (c.district_code, c.status, c.category)
          )
          insert into client_tally (district_code, status, category, clients)
            select district_code, status, category, n from changes where n > 0 order by 1, 2, 3
            on conflict (district_code, status, category) do update set clients = client_tally.clients + excluded.clients;
        elsif tg_op = 'DELETE' then
          update client_tally t set clients = t.clients - gone.n
            from (select district_code, status, category, count(*) as n from old_rows group by 1, 2, 3 order by 1, 2, 3) gone
            where (t.district_code, t.status, t.category) = (gone.district_code, gone.status, gone.category);
        else
          delete from client_tally;
        end if;
        return null;
      end
      $tally$;

      create trigger client_tally_insert after insert on client
        referencing new table as new_rows for each statement execute function client_tally_apply();
      create trigger client_tally_update after update on client
        referencing old table as old_rows new table as new_rows for each statement execute function client_tally_apply();
      create trigger client_tally_delete after delete on client
        referencing old table as old_rows for each statement execute function client_tally_apply();
      create trigger client_tally_truncate after truncate on client
        for each statement execute function client_tally_apply();

      insert into client_tally (district_code, status, category, clients)
        select district_code, status, category, count(*) from client group by 1, 2, 3;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger client_tally_insert on client;
      drop trigger client_tally_update on client;
      drop trigger client_tally_delete on client;
      drop trigger client_tally_truncate on client;
      drop function client_tally_apply();
      drop table client_tally;
    `);
  }
}
