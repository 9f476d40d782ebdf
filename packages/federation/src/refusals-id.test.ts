import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { languageOf } from './language';
import { REFUSALS_ID, refusalMessage } from './refusals-id';
import { refusalWithValues } from './refusals-id-values';

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

describe('Indonesian refusals carry the values of the English message, read naturally', () => {
  /** Every refusal written with values in the source: its code and its English message with sample values. */
  function refusalsWithValues(): Array<{ code: string; english: string }> {
    const out: Array<{ code: string; english: string }> = [];
    const call = /userError\(\s*[^,]+?,\s*'([A-Z_0-9]+)',\s*`((?:[^`\\]|\\.)*)`/gs;
    const rule = /code:\s*'([A-Z_0-9]+)',\s*message:\s*`((?:[^`\\]|\\.)*)`/gs;
    for (const file of [...sources(join(ROOT, 'subgraphs')), ...sources(join(ROOT, 'packages'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of [...text.matchAll(call), ...text.matchAll(rule)]) {
        // Values as the source would fill them in: a date, a number, a status, a name.
        const english = m[2]!.replace(/\s+/g, ' ').replace(/\$\{([^}]*)\}/g, (_, expr: string) => sampleOf(expr));
        out.push({ code: m[1]!, english });
      }
    }
    return out;
  }
  function sampleOf(expr: string): string {
    if (/toLocaleString/.test(expr)) return '10.000.000';
    if (/Days\b|ageOn|\bage\b|[hH]ours|max|min|Months|credited|daily|sameDay|inUse|active|capacity|\/ 12/.test(expr)) return '7';
    if (/toISOString/.test(expr)) return '2026-11-20T03:05:00.000Z';
    if (/Date|date|On\b|startBy|deadline|lastDay|addMonths|startsOn|effectiveFrom|terminatedOn|triggeredOn/.test(expr))
      return '2026-11-20';
    if (/join/.test(expr)) return 'ASSESSMENT or CLOSED';
    if (/status|Status|stage|Stage|outcome|trigger/.test(expr)) return 'COMPLETED';
    if (/kind/.test(expr)) return 'PELAYANAN_MASYARAKAT';
    if (/unit/.test(expr)) return 'hours';
    if (/name|number|Number|Code|code|district|explanation/.test(expr)) return 'Masjid Al-Ikhlas';
    return '7';
  }

  it('has an entry for every refusal written with values, and no English left in its Indonesian', () => {
    const found = refusalsWithValues();
    expect(found.length).toBeGreaterThan(40);
    expect(found.filter((f) => refusalWithValues(f.code, f.english) === null)).toEqual([]);
    const english = /\b(the|is|was|must|only|not|of|this|and|hours|at most)\b/i;
    const said = found.map((f) => ({ ...f, id: refusalWithValues(f.code, f.english)! }));
    expect(
      said.filter((f) => english.test(f.id.replace(/"[^"]*"|\([^)]*UUID[^)]*\)/g, '').replace(/Masjid Al-Ikhlas/g, ''))),
    ).toEqual([]);
  });

  it('writes dates, statuses, hours and kinds the Indonesian way', () => {
    expect(refusalMessage('START_OUTSIDE_ORDER', 'The order runs from 2026-11-02 to 2027-05-01.', 'id')).toBe(
      'Masa putusan dari 2 November 2026 sampai 1 Mei 2027.',
    );
    expect(refusalMessage('PLACEMENT_NOT_ACTIVE', 'The placement is already COMPLETED.', 'id')).toBe(
      'Penempatan ini sudah berstatus selesai.',
    );
    expect(
      refusalMessage('ORDERED_HOURS_EXCEEDED', 'The order is for 40 hours and 38.5 are credited; at most 1.5 more.', 'id'),
    ).toBe('Putusan 40 jam dan 38,5 jam sudah tercatat; paling banyak 1,5 jam lagi.');
    expect(
      refusalMessage('HOURS_OUT_OF_RANGE', 'PELAYANAN_MASYARAKAT must be between 7 and 120 hours; 200 was given.', 'id'),
    ).toBe('Pidana pelayanan masyarakat antara 7 dan 120 jam; yang diisi 200 jam.');
    expect(refusalMessage('ALREADY_SUBMITTED', 'This report was submitted on 2026-11-20T03:05:00.000Z.', 'id')).toBe(
      'Litmas ini sudah diserahkan pada 20 November 2026 pukul 10.05 WIB.',
    );
    expect(
      refusalMessage(
        'INVALID_TRANSITION',
        'A order that is PENDING_PLACEMENT cannot become COMPLETED; it can become ACTIVE or REVOKED.',
        'id',
      ),
    ).toBe('Putusan berstatus menunggu penempatan tidak dapat menjadi selesai; yang dapat: aktif atau dicabut.');
    expect(
      refusalMessage(
        'NO_AGREEMENT_IN_FORCE',
        "The cooperation agreement PKS/01/2025 was terminated on 2026-11-29: a referred child's identity is not shared with DP3AP2KB until an agreement is in force.",
        'id',
      ),
    ).toBe(
      'Perjanjian kerja sama PKS/01/2025 telah diakhiri pada 29 November 2026: identitas anak yang dirujuk tidak dibagikan kepada DP3AP2KB sampai ada perjanjian kerja sama yang berlaku.',
    );
    // English is kept as written; a message of another shape falls back to the code's sentence.
    expect(refusalMessage('PLACEMENT_NOT_ACTIVE', 'The placement is already COMPLETED.', 'en')).toBe(
      'The placement is already COMPLETED.',
    );
    expect(refusalMessage('PLACEMENT_NOT_ACTIVE', 'Something else.', 'id')).toBe(REFUSALS_ID['PLACEMENT_NOT_ACTIVE']);
  });
});
