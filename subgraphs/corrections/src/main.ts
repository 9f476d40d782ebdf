import './tracing';
import { runSubgraph } from '@hub/server';
import { createCorrectionsApp } from './app';

void runSubgraph('corrections', createCorrectionsApp);
