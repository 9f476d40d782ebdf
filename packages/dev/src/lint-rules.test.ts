import { ESLint } from 'eslint';
import path from 'node:path';

// The repository's own eslint.config.js, applied to source text placed at a given path. It is handed
// in as an object: ESLint's own loader imports it dynamically, which jest's module system does not run.
const root = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(root, 'eslint.config.js')) as ESLint.Options['overrideConfig'];
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}`);
}

describe('the lint rules that keep the subgraphs apart', () => {
  it('refuses a subgraph importing another by package name', async () => {
    const code = "import { permissions } from '@hub/worksites';\nexport const p = permissions;\n";
    expect(await messagesFor('subgraphs/corrections/src/client/x.ts', code)).toContain('no-restricted-imports');
  });

  it('refuses a subgraph importing another by a relative path', async () => {
    const code = "import { entities } from '../../../child-protection/src/entities';\nexport const e = entities;\n";
    expect(await messagesFor('subgraphs/worksites/src/site/x.ts', code)).toContain('no-restricted-imports');
  });

  it('refuses a shared package importing a subgraph', async () => {
    const code = "import { entities } from '../../../subgraphs/corrections/src/entities';\nexport const e = entities;\n";
    expect(await messagesFor('packages/server/src/x.ts', code)).toContain('no-restricted-imports');
  });

  it('lets a subgraph import its own modules and the shared packages', async () => {
    const code =
      "import { entities } from '../entities';\nimport { roleRules } from '@hub/server';\nexport const e = [entities, roleRules];\n";
    expect(await messagesFor('subgraphs/corrections/src/client/x.ts', code)).toEqual([]);
  });

  it('warns when a source file passes 300 lines', async () => {
    const code = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await messagesFor('subgraphs/corrections/src/client/x.ts', code)).toContain('max-lines');
  });
});
