import type { MigrationEntry } from '@hub/db';
import { Migration20261127000000Initial } from './Migration20261127000000Initial';

/** Every committed migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: MigrationEntry[] = [{ name: 'Migration20261127000000Initial', class: Migration20261127000000Initial }];
