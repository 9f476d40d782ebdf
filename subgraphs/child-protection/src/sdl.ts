import { printSubgraphSchema } from '@apollo/subgraph';
import { buildChildProtectionSchema } from './schema';

// Prints this subgraph's SDL for `npm run schema:compose`; run in its own process (type-graphql keeps global metadata).
void buildChildProtectionSchema().then((schema) => process.stdout.write(printSubgraphSchema(schema)));
