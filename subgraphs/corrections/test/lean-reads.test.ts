import { testLeanReads } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';

// Queries read plain rows (findLean, findLeanByKey) instead of managed entities: the resolvers must get the same values.
testLeanReads(createCorrectionsApp, 'corrections_lean');
