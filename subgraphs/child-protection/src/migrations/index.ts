import type { MigrationEntry } from '@hub/db';
import { Migration20261127000000Initial } from './Migration20261127000000Initial';
import { Migration20261127010000AccessLog } from './Migration20261127010000AccessLog';
import { Migration20261127020000CaseWork } from './Migration20261127020000CaseWork';
import { Migration20261127030000ChildIdentity } from './Migration20261127030000ChildIdentity';
import { Migration20261127040000Assessment } from './Migration20261127040000Assessment';
import { Migration20261129000000Indexes } from './Migration20261129000000Indexes';
import { Migration20261129010000CallerCorrelation } from './Migration20261129010000CallerCorrelation';
import { Migration20261201000000CaseHistory } from './Migration20261201000000CaseHistory';

/** Every committed migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: MigrationEntry[] = [
  { name: 'Migration20261127000000Initial', class: Migration20261127000000Initial },
  { name: 'Migration20261127010000AccessLog', class: Migration20261127010000AccessLog },
  { name: 'Migration20261127020000CaseWork', class: Migration20261127020000CaseWork },
  { name: 'Migration20261127030000ChildIdentity', class: Migration20261127030000ChildIdentity },
  { name: 'Migration20261127040000Assessment', class: Migration20261127040000Assessment },
  { name: 'Migration20261129000000Indexes', class: Migration20261129000000Indexes },
  { name: 'Migration20261129010000CallerCorrelation', class: Migration20261129010000CallerCorrelation },
  { name: 'Migration20261201000000CaseHistory', class: Migration20261201000000CaseHistory },
];
