import type { MigrationEntry } from '@hub/db';
import { Migration20261127000000Initial } from './Migration20261127000000Initial';
import { Migration20261127010000AccessLog } from './Migration20261127010000AccessLog';
import { Migration20261127020000Referral } from './Migration20261127020000Referral';
import { Migration20261127030000Workflows } from './Migration20261127030000Workflows';
import { Migration20261127040000Guidance } from './Migration20261127040000Guidance';
import { Migration20261129000000Indexes } from './Migration20261129000000Indexes';
import { Migration20261129010000CallerCorrelation } from './Migration20261129010000CallerCorrelation';
import { Migration20261129180000LawCorrections } from './Migration20261129180000LawCorrections';
import { Migration20261129181000Breach } from './Migration20261129181000Breach';
import { Migration20261129182000Agreement } from './Migration20261129182000Agreement';
import { Migration20261129183000Under12 } from './Migration20261129183000Under12';
import { Migration20261129184000Cooperation } from './Migration20261129184000Cooperation';
import { Migration20261129185000Guidance } from './Migration20261129185000Guidance';
import { Migration20261129190000RecordKey } from './Migration20261129190000RecordKey';
import { Migration20261129200000ReferralClosure } from './Migration20261129200000ReferralClosure';
import { Migration20261206000000ClientTally } from './Migration20261206000000ClientTally';

/** Every committed migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: MigrationEntry[] = [
  { name: 'Migration20261127000000Initial', class: Migration20261127000000Initial },
  { name: 'Migration20261127010000AccessLog', class: Migration20261127010000AccessLog },
  { name: 'Migration20261127020000Referral', class: Migration20261127020000Referral },
  { name: 'Migration20261127030000Workflows', class: Migration20261127030000Workflows },
  { name: 'Migration20261127040000Guidance', class: Migration20261127040000Guidance },
  { name: 'Migration20261129000000Indexes', class: Migration20261129000000Indexes },
  { name: 'Migration20261129010000CallerCorrelation', class: Migration20261129010000CallerCorrelation },
  { name: 'Migration20261129180000LawCorrections', class: Migration20261129180000LawCorrections },
  { name: 'Migration20261129181000Breach', class: Migration20261129181000Breach },
  { name: 'Migration20261129182000Agreement', class: Migration20261129182000Agreement },
  { name: 'Migration20261129183000Under12', class: Migration20261129183000Under12 },
  { name: 'Migration20261129184000Cooperation', class: Migration20261129184000Cooperation },
  { name: 'Migration20261129185000Guidance', class: Migration20261129185000Guidance },
  { name: 'Migration20261129190000RecordKey', class: Migration20261129190000RecordKey },
  { name: 'Migration20261129200000ReferralClosure', class: Migration20261129200000ReferralClosure },
  { name: 'Migration20261206000000ClientTally', class: Migration20261206000000ClientTally },
];
