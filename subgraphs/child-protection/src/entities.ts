import { Caseworker } from './caseworker/caseworker.entity';
import { ProtectionCase } from './protection-case/protection-case.entity';

/** Every table of the child-protection database, for MikroORM. */
export const entities = [Caseworker, ProtectionCase];
