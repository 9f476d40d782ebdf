/**
 * How values read inside an Indonesian sentence: dates as "20 November 2026", instants in WIB, numbers
 * the id-ID way, and the hub's enum values (statuses, outcomes, kinds) in words. The English messages
 * carry the values as the API writes them; the Indonesian ones carry them as a person says them.
 */
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** A calendar day (YYYY-MM-DD, or the day of an ISO instant in Asia/Jakarta) as "20 November 2026". */
export function idDate(value: string): string {
  const day = /T/.test(value) ? jakarta(value)?.slice(0, 10) : value;
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return value;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** An instant as "20 November 2026 pukul 10.05 WIB" (Asia/Jakarta); a plain day as idDate. */
export function idDateTime(value: string): string {
  if (!/T/.test(value)) return idDate(value);
  const local = jakarta(value);
  if (!local) return value;
  return `${idDate(local.slice(0, 10))} pukul ${local.slice(11, 13)}.${local.slice(14, 16)} WIB`;
}

function jakarta(iso: string): string | null {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : new Date(at + 7 * 3_600_000).toISOString();
}

/** A number as JavaScript writes it ("1.5", "10000") as written in Indonesian: "1,5", "10.000". */
export function idNumber(value: string | number): string {
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 2 }) : String(value);
}

/** The hub's enum values in words (the API keeps the codes; a sentence says what they mean). */
export const ENUM_WORDS_ID: Readonly<Record<string, string>> = {
  // Orders, placements, referrals, clients, cases, diversion
  PENDING_PLACEMENT: 'menunggu penempatan',
  ACTIVE: 'aktif',
  COMPLETED: 'selesai',
  BREACHED: 'dinyatakan melanggar',
  REVOKED: 'dicabut',
  TRANSFERRED: 'dipindahkan',
  OPEN: 'terbuka',
  WITHDRAWN: 'ditarik',
  CLOSED: 'ditutup',
  REGISTERED: 'terdaftar',
  PRE_ADJUDICATION: 'pra-adjudikasi',
  ADJUDICATION: 'adjudikasi',
  POST_ADJUDICATION: 'pasca-adjudikasi',
  AFTERCARE: 'bimbingan lanjutan',
  NOT_ELIGIBLE: 'tidak memenuhi syarat',
  NOT_STARTED: 'belum dimulai',
  IN_PROGRESS: 'sedang berjalan',
  AGREED: 'tercapai kesepakatan',
  FAILED: 'gagal',
  // Protection cases
  INTAKE: 'penerimaan',
  ASSESSMENT: 'asesmen',
  INTERVENTION: 'intervensi',
  MONITORING: 'pemantauan',
  // Attendance
  ATTENDED: 'hadir',
  SENT_HOME: 'dipulangkan',
  ACCEPTABLE_ABSENCE: 'tidak hadir dengan alasan sah',
  UNACCEPTABLE_ABSENCE: 'tidak hadir tanpa alasan sah',
  // Order kinds
  KERJA_SOSIAL: 'pidana kerja sosial',
  PELAYANAN_MASYARAKAT: 'pidana pelayanan masyarakat',
  // Diversion triggers (SPPA Art. 29(1), 42(1), 52(2))
  INVESTIGATION_STARTED: 'dimulainya penyidikan',
  CASE_FILE_RECEIVED_BY_PROSECUTOR: 'diterimanya berkas perkara oleh penuntut umum',
  JUDGE_DESIGNATED: 'penetapan hakim',
  // Reporting duty
  OFFICE: 'datang ke kantor',
  PHONE: 'telepon',
  HOME_VISIT: 'kunjungan rumah',
  // Breach outcomes, units
  REPEAT_HOURS: 'mengulang jam',
  SERVE_REPLACED_PRISON: 'menjalani pidana penjara yang diganti',
  PAY_REPLACED_FINE: 'membayar denda yang diganti',
  NO_BREACH: 'tidak terbukti melanggar',
  hours: 'jam',
  months: 'bulan',
  rupiah: 'rupiah',
};

/** An enum value (or a list "A or B", "A, B") in words; an unknown value stays as it is. */
export function idWords(value: string): string {
  return value
    .split(/(\s+or\s+|,\s*)/)
    .map((part) => (/^\s+or\s+$/.test(part) ? ' atau ' : (ENUM_WORDS_ID[part] ?? part)))
    .join('');
}
