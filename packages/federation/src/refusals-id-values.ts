import { idDate, idDateTime, idNumber, idWords } from '@hub/errors';

/**
 * Indonesian refusals that carry the values of their English message (dates, hours, statuses, names),
 * read the way a person says them: "20 November 2026", "1,5 jam", "selesai" rather than COMPLETED.
 * Each entry matches the English message a subgraph wrote and says it again in Bahasa Indonesia; a
 * refusal whose English message matches none falls back to the code's sentence in refusals-id.ts. A
 * unit test fails when a refusal written with values in the source matches no entry here.
 */
type Say = (m: RegExpExecArray) => string;

const THE_ID: Readonly<Record<string, string>> = { client: 'Klien', case: 'Perkara', order: 'Putusan' };
const AGREEMENT_HOW_ID: Readonly<Record<string, string>> = {
  'was terminated on': 'telah diakhiri pada',
  'lapsed after': 'telah berakhir masa berlakunya setelah',
  'is in force only from': 'baru berlaku mulai',
};

const d = idDate;
const w = idWords;
const n = idNumber;

export const REFUSAL_VALUES_ID: Readonly<Record<string, ReadonlyArray<readonly [RegExp, Say]>>> = {
  ALREADY_ASSIGNED: [[/^(.+) is already the client's PK\.$/, (m) => `${m[1]} sudah menjadi PK klien ini.`]],
  ALREADY_DECIDED: [[/^The outcome was recorded on (\S+)\.$/, (m) => `Hasilnya sudah dicatat pada ${idDateTime(m[1]!)}.`]],
  ALREADY_STARTED: [[/^Diversion is (\w+) at this stage\.$/, (m) => `Diversi pada tahap ini ${w(m[1]!)}.`]],
  ALREADY_SUBMITTED: [
    [/^This report was submitted on (\S+)\.$/, (m) => `Litmas ini sudah diserahkan pada ${idDateTime(m[1]!)}.`],
  ],
  ALREADY_TERMINATED: [[/^It was terminated on (\S+)\.$/, (m) => `Perjanjian ini sudah diakhiri pada ${d(m[1]!)}.`]],
  AMOUNT_OUT_OF_RANGE: [
    [
      /^All or part: from 1 to (\S+) (hours|months|rupiah)\.$/,
      (m) =>
        m[2] === 'rupiah'
          ? `Seluruh atau sebagian: dari Rp1 sampai Rp${m[1]}.`
          : `Seluruh atau sebagian: dari 1 sampai ${m[1]} ${w(m[2]!)}.`,
    ],
  ],
  BEFORE_START: [[/^It came into force on (\S+)\.$/, (m) => `Perjanjian ini mulai berlaku pada ${d(m[1]!)}.`]],
  CAPACITY_IN_USE: [
    [
      /^(\d+) places are in use; capacity cannot be lower\.$/,
      (m) => `${m[1]} tempat sedang terisi; kapasitas tidak boleh lebih kecil.`,
    ],
  ],
  CORRECTION_CHANGES_DATE: [
    [
      /^A correction keeps the day of the record it corrects \((\S+)\)\.$/,
      (m) => `Koreksi harus untuk hari yang sama dengan catatan yang dikoreksi (${d(m[1]!)}).`,
    ],
  ],
  DAILY_CAP_EXCEEDED: [
    [
      /^At most (\S+) hours a day across all sites, the order's daily cap \(never above 8\); (\S+) already recorded on (\S+)\.$/,
      (m) =>
        `Paling lama ${n(m[1]!)} jam sehari di semua lokasi, sesuai batas harian putusan (tidak pernah lebih dari 8 jam); pada ${d(m[3]!)} sudah tercatat ${n(m[2]!)} jam.`,
    ],
  ],
  DAILY_CAP_OUT_OF_RANGE: [
    [
      /^The daily cap the judgment sets must be 1 to (\S+) hours; (\S+) was given\.$/,
      (m) => `Batas jam harian yang ditetapkan putusan adalah 1 sampai ${n(m[1]!)} jam; yang diisi ${n(m[2]!)}.`,
    ],
  ],
  DATE_OUT_OF_RANGE: [
    [
      /^The absences fall between the order's start \((\S+)\) and today\.$/,
      (m) => `Tanggal ketidakhadiran berada antara mulainya putusan (${d(m[1]!)}) dan hari ini.`,
    ],
    [
      /^The end falls between the start \((\S+)\) and today\.$/,
      (m) => `Tanggal selesai berada antara tanggal mulai (${d(m[1]!)}) dan hari ini.`,
    ],
    [
      /^The judge's designation falls between the current stage's start \((\S+)\) and today\.$/,
      (m) => `Penetapan hakim berada antara mulainya tahap saat ini (${d(m[1]!)}) dan hari ini.`,
    ],
    [
      /^The start must be between the stage's legal trigger \((\S+)\) and today\.$/,
      (m) => `Tanggal mulai harus antara pemicu hukum tahap ini (${d(m[1]!)}) dan hari ini.`,
    ],
  ],
  DIVERSION_PERIOD_EXCEEDED: [
    [
      /^Diversion lasts at most (\d+) days at a stage: it ended on (\S+); record it as FAILED\.$/,
      (m) =>
        `Diversi paling lama ${m[1]} hari pada setiap tahap: masanya berakhir pada ${d(m[2]!)}; catat sebagai gagal (FAILED).`,
    ],
  ],
  DIVERSION_START_LATE: [
    [
      /^Diversion must start within (\d+) days of the legal trigger \((\S+)\): by (\S+) at the latest\.$/,
      (m) => `Diversi wajib dimulai paling lama ${m[1]} hari sejak pemicu hukumnya (${d(m[2]!)}): selambatnya ${d(m[3]!)}.`,
    ],
  ],
  DUPLICATE_CASE_NUMBER: [[/^Case number (.+) is already in use\.$/, (m) => `Nomor perkara ${m[1]} sudah dipakai.`]],
  DUPLICATE_NUMBER: [[/^Agreement (.+) is registered already\.$/, (m) => `Perjanjian ${m[1]} sudah terdaftar.`]],
  DUPLICATE_REGISTER_NUMBER: [[/^Register number (.+) is already in use\.$/, (m) => `Nomor register ${m[1]} sudah dipakai.`]],
  END_OUT_OF_RANGE: [
    [/^The end must be between (\S+) and today\.$/, (m) => `Tanggal berakhir harus antara ${d(m[1]!)} dan hari ini.`],
  ],
  FINE_TOO_HIGH: [
    [
      /^Only an unpaid fine of at most Rp(\S+) \(category II\) may be replaced by community service\.$/,
      (m) => `Hanya denda yang tidak dibayar paling banyak Rp${m[1]} (kategori II) yang dapat diganti pidana kerja sosial.`,
    ],
  ],
  HOURS_NOT_AS_CONVERTED: [
    [
      /^The unpaid fine converts to (\d+) hours: /,
      (m) =>
        `Denda yang tidak dibayar dikonversi menjadi ${m[1]} jam (Rp50.000 atau sisanya dihitung 1 jam): jumlah jam putusan harus sama.`,
    ],
  ],
  HOURS_ONLY_WHEN_ATTENDED: [
    [
      /^Only an attended day credits hours; (\w+) credits 0\.$/,
      (m) => `Hanya hari hadir yang dihitung jamnya; "${w(m[1]!)}" dihitung 0 jam.`,
    ],
  ],
  HOURS_OUT_OF_RANGE: [
    [
      /^(\w+) must be between (\d+) and (\d+) hours; (\S+) was given\.$/,
      (m) => {
        const kind = w(m[1]!);
        return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} antara ${m[2]} dan ${m[3]} jam; yang diisi ${n(m[4]!)} jam.`;
      },
    ],
  ],
  INVALID_MODE: [[/^Use one of (.+)\.$/, (m) => `Gunakan salah satu: ${m[1]} (${w(m[1]!)}).`]],
  INVALID_TRANSITION: [
    [/^A case in (\w+) can go to (.+)\.$/, (m) => `Kasus berstatus ${w(m[1]!)} hanya dapat berpindah ke ${w(m[2]!)}.`],
    [
      /^A (client|case|order) that is (\w+) cannot become (\w+); it can become (.+)\.$/,
      (m) => `${THE_ID[m[1]!]} berstatus ${w(m[2]!)} tidak dapat menjadi ${w(m[3]!)}; yang dapat: ${w(m[4]!)}.`,
    ],
    [
      /^A (client|case|order) that is (\w+) cannot become (\w+); it is final\.$/,
      (m) => `${THE_ID[m[1]!]} berstatus ${w(m[2]!)} tidak dapat menjadi ${w(m[3]!)}; status ini sudah final.`,
    ],
  ],
  MEASURES_ONLY: [
    [
      /^The child was (\d+) at the offence; under (\d+) only measures \(tindakan\) may be imposed, not community service\.$/,
      (m) =>
        `Anak berumur ${m[1]} tahun saat tindak pidana; di bawah ${m[2]} tahun hanya dapat dikenai tindakan, bukan pidana pelayanan masyarakat.`,
    ],
  ],
  NO_AGREEMENT_IN_FORCE: [
    [
      /^No cooperation agreement covers sharing a referred child's identity with DP3AP2KB in district (\d+)\.$/,
      (m) =>
        `Tidak ada perjanjian kerja sama yang mencakup pembagian identitas anak yang dirujuk kepada DP3AP2KB di kabupaten/kota ${m[1]}.`,
    ],
    [
      /^The cooperation agreement (.+) (was terminated on|lapsed after|is in force only from) (\S+): a referred child's identity is not shared with DP3AP2KB until an agreement is in force\.$/,
      (m) =>
        `Perjanjian kerja sama ${m[1]} ${AGREEMENT_HOW_ID[m[2]!]} ${d(m[3]!)}: identitas anak yang dirujuk tidak dibagikan kepada DP3AP2KB sampai ada perjanjian kerja sama yang berlaku.`,
    ],
  ],
  NOT_ELIGIBLE: [
    [
      /^Diversion is not available for this case: threatened term of (\S+) years or more, or a repeat offence\.$/,
      (m) =>
        `Diversi tidak tersedia untuk perkara ini: ancaman pidana ${n(m[1]!)} tahun atau lebih, atau pengulangan tindak pidana.`,
    ],
  ],
  NOT_A_REPORTING_DAY: [
    [/^Reporting days are every (\d+) days from (\S+)\.$/, (m) => `Jadwal wajib lapor setiap ${m[1]} hari sejak ${d(m[2]!)}.`],
  ],
  NOT_UNDER_12: [
    [
      /^The child was (\d+) at the offence: from (\d+) a child is registered as a client/,
      (m) => `Anak berumur ${m[1]} tahun saat tindak pidana: mulai ${m[2]} tahun anak didaftarkan sebagai klien.`,
    ],
  ],
  OFFENCE_TOO_SERIOUS: [
    [
      /^The offence is threatened with (\d+) months; community service needs a threat under (\S+) years\.$/,
      (m) =>
        `Tindak pidana ini diancam pidana penjara ${m[1]} bulan; pidana kerja sosial hanya untuk ancaman kurang dari ${n(m[2]!)} tahun.`,
    ],
  ],
  ORDERED_HOURS_EXCEEDED: [
    [
      /^The order is for (\S+) hours and (\S+) are credited; at most (\S+) more\.$/,
      (m) => `Putusan ${n(m[1]!)} jam dan ${n(m[2]!)} jam sudah tercatat; paling banyak ${n(m[3]!)} jam lagi.`,
    ],
  ],
  ORDER_NOT_ACTIVE: [
    [
      /^The order is (\w+); only a pending or active order can be placed\.$/,
      (m) => `Putusan berstatus ${w(m[1]!)}; hanya putusan yang menunggu penempatan atau aktif yang dapat ditempatkan.`,
    ],
    [
      /^The order is (\w+); only an active order is reported\.$/,
      (m) => `Putusan berstatus ${w(m[1]!)}; hanya putusan yang aktif yang dapat dilaporkan.`,
    ],
  ],
  OUTCOME_NOT_AVAILABLE: [
    [
      /^A (\w+) order replaces no prison term or fine: /,
      (m) =>
        `${w(m[1]!).replace(/^p/, 'P')} tidak menggantikan pidana penjara atau denda: akibat pelanggaran hanya mengulang jam.`,
    ],
  ],
  OUTSIDE_PLACEMENT: [
    [/^The placement runs from (\S+) to (\S+)\.$/, (m) => `Penempatan berlangsung dari ${d(m[1]!)} sampai ${d(m[2]!)}.`],
  ],
  PERIOD_TOO_LONG: [
    [
      /^The hours must be done within (\d+) months of the start: the deadline may be (\S+) at the latest\.$/,
      (m) => `Jam kerja sosial diselesaikan paling lama ${m[1]} bulan sejak mulai: batas waktunya selambatnya ${d(m[2]!)}.`,
    ],
  ],
  PLACEMENT_NOT_ACTIVE: [[/^The placement is (?:already )?(\w+)\.$/, (m) => `Penempatan ini sudah berstatus ${w(m[1]!)}.`]],
  PROGRAMME_TOO_LONG: [[/^A programme lasts 1 to (\d+) months\.$/, (m) => `Program berlangsung 1 sampai ${m[1]} bulan.`]],
  REFERRAL_NOT_OPEN: [
    [
      /^The referral is (\w+); only an open referral can be (answered|closed)\.$/,
      (m) => `Rujukan berstatus ${w(m[1]!)}; hanya rujukan terbuka yang dapat ${m[2] === 'answered' ? 'ditanggapi' : 'ditutup'}.`,
    ],
  ],
  REVIEW_OUT_OF_RANGE: [
    [
      /^Bapas evaluates the programme before it ends: after (\S+) and by (\S+)\.$/,
      (m) => `Bapas mengevaluasi program sebelum program berakhir: setelah ${d(m[1]!)} dan selambatnya ${d(m[2]!)}.`,
    ],
  ],
  SENTENCE_TOO_HEAVY: [
    [
      /^Community service replaces a prison term of at most (\d+) months or a fine of at most Rp(\S+) \(category II\); give the sentence imposed\.$/,
      (m) =>
        `Pidana kerja sosial menggantikan pidana penjara paling lama ${m[1]} bulan atau denda paling banyak Rp${m[2]} (kategori II); isi pidana yang dijatuhkan.`,
    ],
  ],
  SITE_FULL: [
    [/^(.+) is full \((\d+) of (\d+) places in use\)\.$/, (m) => `${m[1]} sudah penuh (${m[2]} dari ${m[3]} tempat terisi).`],
  ],
  SITE_INACTIVE: [[/^(.+) is no longer active\.$/, (m) => `${m[1]} sudah tidak aktif.`]],
  SITE_NOT_CHILD_SUITABLE: [
    [
      /^(.+) is not suitable for children; a child's order needs a child-suitable site\.$/,
      (m) => `${m[1]} tidak layak untuk anak; putusan anak memerlukan lokasi yang layak anak.`,
    ],
  ],
  START_OUTSIDE_ORDER: [[/^The order runs from (\S+) to (\S+)\.$/, (m) => `Masa putusan dari ${d(m[1]!)} sampai ${d(m[2]!)}.`]],
  UNDER_AGE_OF_RESPONSIBILITY: [
    [
      /^The (?:client|person) was (\d+) at the offence; under (\d+) there is no criminal responsibility and Bapas does not register them as a client/,
      (m) =>
        `Anak berumur ${m[1]} tahun saat tindak pidana; di bawah ${m[2]} tahun anak tidak dapat dimintai pertanggungjawaban pidana dan bukan klien Bapas: catat keputusan bersama penyidik dan pekerja sosial profesional (recordUnder12Decision).`,
    ],
    [
      /^The (?:client|person) was (\d+) at the offence; under (\d+) there is no criminal responsibility: /,
      (m) =>
        `Anak berumur ${m[1]} tahun saat tindak pidana; di bawah ${m[2]} tahun anak tidak dapat dimintai pertanggungjawaban pidana: catat keputusan untuk anak di bawah 12 tahun.`,
    ],
  ],
  REASON_REQUIRED: [
    [
      /^Write why the case is reopened \(at least (\d+) characters\)\.$/,
      (m) => `Tuliskan alasan kasus dibuka kembali (paling sedikit ${m[1]} karakter).`,
    ],
  ],
  UNKNOWN_DISTRICT: [
    [
      /^"(.*)" is not a Jambi district code/,
      (m) => `"${m[1]}" bukan kode kabupaten/kota di Provinsi Jambi (misalnya 1507 Tanjung Jabung Barat).`,
    ],
  ],
  UNKNOWN_OFFENSE: [
    [/^"(.*)" is not in the offence catalogue: (.+)\.$/, (m) => `"${m[1]}" tidak ada dalam katalog tindak pidana: ${m[2]}.`],
  ],
  WRONG_STAGE: [
    [
      /^(\w+) belongs to the (\w+) stage; the case is (\w+)\.$/,
      (m) => `Pemicu "${w(m[1]!)}" milik tahap ${w(m[2]!)}; perkara ini pada tahap ${w(m[3]!)}.`,
    ],
  ],
};

/** The Indonesian refusal carrying the English message's values, or null when no entry matches. */
export function refusalWithValues(code: string, english: string): string | null {
  for (const [pattern, say] of REFUSAL_VALUES_ID[code] ?? []) {
    const m = pattern.exec(english);
    if (m) return say(m);
  }
  return null;
}
