import './tracing';
import { runSubgraph } from '@hub/server';
import { createChildProtectionApp } from './app';

void runSubgraph('child-protection', createChildProtectionApp);
