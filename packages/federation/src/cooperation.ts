import { DISTRICTS, isDistrictCode } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';

/**
 * The joint monitoring table of the cooperation agreement (README, "Joint monitoring"): one row per
 * district and quarter, owned by corrections (`CooperationQuarter`), to which each agency adds its
 * own part through `_entities`. What every agency needs to agree on lives here: the key, the quarter
 * of a day (Asia/Jakarta), and how a median or a ratio is published.
 */
export interface CooperationQuarterKey {
  year: number;
  districtCode: string;
  quarter: number;
}

/** Years the table answers for: the agreement was signed in December 2025. */
export const COOPERATION_FIRST_YEAR = 2025;
const LAST_YEAR = 2100;

/** The text key of a row, e.g. "2026:1507:4" (for maps and loaders). */
export function cooperationKeyText(k: CooperationQuarterKey): string {
  return `${k.year}:${k.districtCode}:${k.quarter}`;
}

/** The key a text key stands for (the inverse of `cooperationKeyText`). */
export function cooperationKeyOfText(text: string): CooperationQuarterKey {
  const [year, districtCode, quarter] = text.split(':');
  return { year: Number(year), districtCode: districtCode ?? '', quarter: Number(quarter) };
}

/** Whether a representation names a real row: a year from 2025, a Jambi district, a quarter 1 to 4. */
export function isCooperationQuarterKey(k: Partial<CooperationQuarterKey>): k is CooperationQuarterKey {
  return (
    Number.isInteger(k.year) &&
    k.year! >= COOPERATION_FIRST_YEAR &&
    k.year! <= LAST_YEAR &&
    Number.isInteger(k.quarter) &&
    k.quarter! >= 1 &&
    k.quarter! <= 4 &&
    typeof k.districtCode === 'string' &&
    isDistrictCode(k.districtCode)
  );
}

/** Refuses a year or district the table cannot answer for, naming the argument. */
export function validateCooperationArguments(year: number, districtCode: string | null | undefined): void {
  if (!Number.isInteger(year) || year < COOPERATION_FIRST_YEAR || year > LAST_YEAR)
    throw new BadUserInputError('year', `Give a year from ${COOPERATION_FIRST_YEAR} to ${LAST_YEAR}.`);
  if (districtCode && !isDistrictCode(districtCode))
    throw new BadUserInputError('districtCode', `"${districtCode}" is not a Jambi district code (e.g. 1507).`);
}

/**
 * The rows of a year: every quarter of the district asked for, or of every Jambi district. The same
 * rows whatever is in the databases, so that a row's existence tells nothing, and each row is
 * computed from its own district's and quarter's records only, so that it is the same in every answer.
 */
export function cooperationRows(year: number, districtCode: string | null | undefined): CooperationQuarterKey[] {
  const districts = districtCode ? [districtCode] : DISTRICTS.map((d) => d.code);
  return districts.flatMap((d) => [1, 2, 3, 4].map((quarter) => ({ year, districtCode: d, quarter })));
}

/** The quarter (1 to 4) of a calendar day written YYYY-MM-DD. */
export function quarterOfDay(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

/** The first day of a quarter and the first day after it (YYYY-MM-DD). */
export function quarterDays(year: number, quarter: number): { from: string; until: string } {
  const month = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const until = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  return { from, until };
}

/** The instants a year starts and ends in Asia/Jakarta (the end excluded). */
export function yearInstants(year: number): { from: Date; until: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+07:00`), until: new Date(`${year + 1}-01-01T00:00:00+07:00`) };
}

/** The median of the values (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A median published the way the hub publishes figures about people: only when it describes at least
 * k of them (otherwise null: from one to k-1 values the median would be one person's own value, or
 * nearly), rounded to one decimal.
 */
export function publishMedian(values: readonly number[], k: number): number | null {
  if (values.length < k) return null;
  const m = median(values);
  return m === null ? null : Math.round(m * 10) / 10;
}

/**
 * A ratio (e.g. services per child) published only when its population (the denominator, people) is
 * at least k, rounded to one decimal; null otherwise.
 */
export function publishRatio(numerator: number, population: number, k: number): number | null {
  if (population < k || population === 0) return null;
  return Math.round((numerator / population) * 10) / 10;
}
