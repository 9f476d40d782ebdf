import type { MigrationEntry } from '@hub/db';
import { Migration20261127000000Initial } from './Migration20261127000000Initial';
import { Migration20261127010000AccessLog } from './Migration20261127010000AccessLog';
import { Migration20261127020000PersonInitials } from './Migration20261127020000PersonInitials';
import { Migration20261127030000Attendance } from './Migration20261127030000Attendance';
import { Migration20261127040000SiteHistory } from './Migration20261127040000SiteHistory';
import { Migration20261129000000Indexes } from './Migration20261129000000Indexes';
import { Migration20261129000000PlacementScope } from './Migration20261129000000PlacementScope';
import { Migration20261129010000CallerCorrelation } from './Migration20261129010000CallerCorrelation';

/** Every committed migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: MigrationEntry[] = [
  { name: 'Migration20261127000000Initial', class: Migration20261127000000Initial },
  { name: 'Migration20261127010000AccessLog', class: Migration20261127010000AccessLog },
  { name: 'Migration20261127020000PersonInitials', class: Migration20261127020000PersonInitials },
  { name: 'Migration20261127030000Attendance', class: Migration20261127030000Attendance },
  { name: 'Migration20261127040000SiteHistory', class: Migration20261127040000SiteHistory },
  { name: 'Migration20261129000000Indexes', class: Migration20261129000000Indexes },
  { name: 'Migration20261129000000PlacementScope', class: Migration20261129000000PlacementScope },
  { name: 'Migration20261129010000CallerCorrelation', class: Migration20261129010000CallerCorrelation },
];
