import './tracing';
import { runSubgraph } from '@hub/server';
import { createWorksitesApp } from './app';

void runSubgraph('worksites', createWorksitesApp);
