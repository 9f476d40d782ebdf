import { printSubgraphSchema } from '@apollo/subgraph';
import { buildWorksitesSchema } from './schema';

// Prints this subgraph's SDL for `npm run schema:compose`; run in its own process (type-graphql keeps global metadata).
void buildWorksitesSchema().then((schema) => process.stdout.write(printSubgraphSchema(schema)));
