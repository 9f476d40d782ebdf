import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { languageOf } from './language';
import { REFUSALS_ID, refusalMessage } from './refusals-id';

const ROOT = resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && path.includes('/src/')) out.push(path);
  }
  return out;
}

describe('refusals in Bahasa Indonesia (default) and English', () => {
  it('picks the language from Accept-Language: Indonesian when absent, unknown or preferred', () => {
    expect(languageOf(undefined)).toBe('id');
    expect(languageOf('')).toBe('id');
    expect(languageOf('fr-FR')).toBe('id');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(languageOf('en;q=0.5,id;q=0.8')).toBe('id');
    expect(languageOf('id;q=0.2, en-GB;q=0.7')).toBe('en');
  });

  it('has an Indonesian message for every refusal code in the source', () => {
    const codes = new Set<string>();
    for (const file of [...sources(join(ROOT, 'subgraphs')), ...sources(join(ROOT, 'packages'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/userError\(\s*[^,]+?,\s*'([A-Z][A-Z_0-9]+)'/gs)) codes.add(m[1]!);
      // Rule modules return violations that become refusals.
      if (/rules\.ts$/.test(file)) for (const m of text.matchAll(/code: '([A-Z][A-Z_0-9]+)'/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(100);
    expect([...codes].filter((c) => !REFUSALS_ID[c]).sort()).toEqual([]);
  });

  it('keeps English as written and falls back to it only for a code without a translation', () => {
    expect(refusalMessage('INVALID_NIK', 'NIK has 16 digits.', 'en')).toBe('NIK has 16 digits.');
    expect(refusalMessage('INVALID_NIK', 'NIK has 16 digits.', 'id')).toBe('NIK terdiri atas 16 angka.');
  });
});
