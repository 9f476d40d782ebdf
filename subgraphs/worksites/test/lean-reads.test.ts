import { testLeanReads } from '@hub/testing';
import { createWorksitesApp } from '@hub/worksites';

// Queries read plain rows (findLean, findLeanByKey) instead of managed entities: the resolvers must get the same values.
testLeanReads(createWorksitesApp, 'worksites_lean');
