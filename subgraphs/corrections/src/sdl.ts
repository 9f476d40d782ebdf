import { printSubgraphSchema } from '@apollo/subgraph';
import { buildCorrectionsSchema } from './schema';

// Prints this subgraph's SDL for `npm run schema:compose`; run in its own process (type-graphql keeps global metadata).
void buildCorrectionsSchema().then((schema) => process.stdout.write(printSubgraphSchema(schema)));
