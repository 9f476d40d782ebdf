import { Migration } from '@mikro-orm/migrations';

/** Capacity-building and socialisation events held under the cooperation agreement. */
export class Migration20261129184000Cooperation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table capacity_building_event (
        id uuid primary key,
        held_on date not null,
        agency varchar(24) not null,
        district_code varchar(4) not null,
        kind varchar(24) not null check (kind in ('TRAINING', 'SOCIALISATION', 'COORDINATION_MEETING', 'EVALUATION_MEETING')),
        title text not null,
        participants integer not null check (participants between 1 and 10000)
      );
      create index capacity_building_event_held_on_index on capacity_building_event (held_on);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table capacity_building_event;');
  }
}
