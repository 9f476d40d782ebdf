import { testLeanReads } from '@hub/testing';
import { createChildProtectionApp } from '@hub/child-protection';

// Queries read plain rows (findLean, findLeanByKey) instead of managed entities: the resolvers must get the same values.
testLeanReads(createChildProtectionApp, 'child_protection_lean');
