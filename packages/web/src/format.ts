/** Dates in Asia/Jakarta (WIB) and numbers in id-ID, whatever the browser's own zone and language. */
export const TIME_ZONE = 'Asia/Jakarta';

function locale(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : 'id-ID';
}

/** A calendar date (YYYY-MM-DD) as "20 Nov 2026"; a date has no zone, so it is formatted at noon UTC. */
export function formatDate(date: string | null | undefined, lang = 'id'): string {
  if (!date) return '–';
  const d = new Date(date.length === 10 ? `${date}T12:00:00Z` : date);
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(
    d,
  );
}

/** An instant as "20 Nov 2026 14.05 WIB". */
export function formatDateTime(instant: string | null | undefined, lang = 'id'): string {
  if (!instant) return '–';
  const text = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(instant));
  return `${text} WIB`;
}

/** A number with id-ID grouping and decimals (1.234,5). */
export function formatNumber(value: number | null | undefined, lang = 'id'): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A published median or ratio, always with one decimal (2,0 hari), so it never reads as a bare small count. */
export function formatDecimal(value: number, lang = 'id'): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Rupiah without decimals (Rp10.000.000). */
export function formatRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}

/** Today's date in Asia/Jakarta as YYYY-MM-DD (the default for date inputs). */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from today (Asia/Jakarta) to a date or instant; negative when past. */
export function daysUntil(dateOrInstant: string, now: Date = new Date()): number {
  const target = dateOrInstant.length === 10 ? dateOrInstant : todayInJakarta(new Date(dateOrInstant));
  const a = Date.parse(`${todayInJakarta(now)}T00:00:00Z`);
  const b = Date.parse(`${target}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (the work-site catalogue's convention). */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
