import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_UNAVAILABLE_MESSAGE, MASKED_MESSAGE } from './mask';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { indonesianOf, localizedMessage } from './messages-id';
import { idDate, idDateTime, idNumber, idWords } from './indonesian';

const ROOT = resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'web'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && path.includes('/src/')) out.push(path);
  }
  return out;
}

// A string or template literal; a template's values become "1" (every entry accepts a value there).
const LITERAL = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + '`(?:[^`\\\\]|\\\\.)*`)';
const sample = (literal: string) =>
  literal
    .slice(1, -1)
    .replace(/\$\{[^}]*\}/g, '1')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ');

/** Every message the source throws or refuses with before GraphQL runs, as the caller would read it. */
function thrownMessages(): Array<{ file: string; message: string }> {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [new RegExp(String.raw`new (?:ForbiddenError|UnauthenticatedError|ConflictError)\(\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
    [new RegExp(String.raw`new NotFoundError\(\s*${LITERAL}`, 'g'), (m) => `${sample(m[1]!)} was not found.`],
    [new RegExp(String.raw`new (?:BadUserInputError|HubError)\(\s*[^,()]+,\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
    [new RegExp(String.raw`super\(\s*${LITERAL}\s*\)`, 'g'), (m) => sample(m[1]!)],
    [new RegExp(String.raw`new GraphQLError\(\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
    // HTTP refusals: { status, code, message } objects, reply(status, code, message), refusalBody(code, message)
    [new RegExp(String.raw`message:\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
    [new RegExp(String.raw`reply\(\s*\d+,\s*'[A-Z_]+',\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
    [new RegExp(String.raw`refusalBody\(\s*'[A-Z_]+',\s*${LITERAL}`, 'g'), (m) => sample(m[1]!)],
  ];
  const out: Array<{ file: string; message: string }> = [];
  const files = ['packages', 'subgraphs', 'gateway'].flatMap((d) => sources(join(ROOT, d)));
  for (const file of files) {
    // Refusals in userErrors, rule violations and the access-log rows have their own catalogue or none.
    // Configuration errors are printed for the operator at start, in English.
    if (/rules\.ts$|refusals-id|messages-id|telemetry|\/config\/|\/dev\/|\/testing\/|\/demo\//.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const [pattern, toMessage] of patterns) {
      for (const m of text.matchAll(pattern))
        out.push({ file: file.slice(ROOT.length + 1), message: toMessage(m as RegExpExecArray) });
    }
  }
  // Errors that never reach anyone: control flow inside a transaction, a status for the log.
  const internal = [/^refused$/, /^HTTP 1$/];
  return out.filter((f) => !internal.some((i) => i.test(f.message)));
}

describe('errors in Bahasa Indonesia (the default) and English', () => {
  it('has an Indonesian sentence for every message the source throws or refuses with', () => {
    const found = thrownMessages();
    expect(found.length).toBeGreaterThan(60);
    expect(found.filter((f) => indonesianOf(f.message) === null)).toEqual([]);
    // Nothing English left in the sentence (a noun missing from the not-found list, say).
    const english = /\b(the|is|was|must|only|not|of|this|and)\b/i;
    expect(found.map((f) => indonesianOf(f.message)!).filter((id) => english.test(id.replace(/`[^`]*`|\S+\.\S+/g, '')))).toEqual(
      [],
    );
  });

  it("covers the errors' default messages and those written at run time", () => {
    for (const message of [
      new ForbiddenError().message,
      new UnauthenticatedError().message,
      MASKED_MESSAGE,
      DATABASE_UNAVAILABLE_MESSAGE,
      'Data from the work-site providers is unavailable right now; the rest of the answer is sent.',
      'Data from DP3AP2KB is unavailable right now; the rest of the answer is sent.',
      'Data from Bapas Kelas I Jambi is unavailable right now; the rest of the answer is sent.',
      'Syntax Error: Document contains more than 5000 tokens. Parsing aborted.',
    ])
      expect([message, indonesianOf(message)]).not.toEqual([message, null]);
  });

  it('keeps English as written, gives Indonesian by default, and leaves a message already in Indonesian alone', () => {
    const english = 'Too many requests at once from this account (at most 4 at a time); wait for an answer before sending more.';
    expect(localizedMessage(english, 'en')).toBe(english);
    expect(localizedMessage(english, 'id')).toBe(
      'Terlalu banyak permintaan sekaligus dari akun ini (paling banyak 4 bersamaan); tunggu jawaban sebelum mengirim lagi.',
    );
    expect(localizedMessage('The client was not found.', 'id')).toBe('Klien tidak ditemukan.');
    expect(
      localizedMessage('Data from the work-site providers is unavailable right now; the rest of the answer is sent.', 'id'),
    ).toBe('Data penyedia lokasi kerja sosial sedang tidak tersedia; bagian lain dari jawaban tetap dikirim.');
    const indonesian = 'Klien tidak ditemukan.';
    expect(localizedMessage(indonesian, 'id')).toBe(indonesian);
  });

  it('writes values the way they are read in Indonesian: dates, instants in WIB, numbers, enum values', () => {
    expect(idDate('2026-11-20')).toBe('20 November 2026');
    expect(idDate('2026-01-05')).toBe('5 Januari 2026');
    // 20:30 UTC is already the next day in Jakarta.
    expect(idDate('2026-11-20T20:30:00.000Z')).toBe('21 November 2026');
    expect(idDateTime('2026-11-20T03:05:00.000Z')).toBe('20 November 2026 pukul 10.05 WIB');
    expect(idNumber('1.5')).toBe('1,5');
    expect(idNumber(10000)).toBe('10.000');
    expect(idWords('COMPLETED')).toBe('selesai');
    expect(idWords('ASSESSMENT or CLOSED')).toBe('asesmen atau ditutup');
    expect(idWords('OFFICE, PHONE, HOME_VISIT')).toBe('datang ke kantor, telepon, kunjungan rumah');
    expect(idWords('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
