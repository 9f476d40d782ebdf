import type { Language } from './language';

/**
 * Bahasa Indonesia for every error the hub throws or answers with (not the refusals in `userErrors`,
 * which have their own catalogue in packages/federation): FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, the
 * 429 and the other HTTP refusals, the query limits, "answer too large", AGENCY_UNAVAILABLE and
 * SERVICE_UNAVAILABLE. The English message is written where the error is thrown; this catalogue gives
 * its Indonesian sentence, values carried over. Codes never change. A unit test fails when a message
 * thrown in the source has no entry here (`messages-id.test.ts`).
 *
 * GraphQL's own parse and validation messages (unknown fields, wrong variable types) are for the
 * author of a query and name schema identifiers; they stay in English.
 */
type Translation = string | ((m: RegExpExecArray) => string);

const NOUNS_ID: Readonly<Record<string, string>> = {
  'The site of this placement': 'Lokasi penempatan ini',
  'The work site': 'Lokasi kerja sosial',
  'The provider of this site': 'Penyedia lokasi ini',
  'The social-inquiry report': 'Litmas',
  'The order of this report': 'Putusan yang dilaporkan',
  'The agreement': 'Perjanjian kerja sama',
  'The case of this order': 'Perkara putusan ini',
  'The offence of this case': 'Tindak pidana perkara ini',
  'The client': 'Klien',
  'The referral': 'Rujukan',
  'The officer who sent this referral': 'PK pengirim rujukan ini',
};

const THIS_ID: Readonly<Record<string, string>> = { order: 'putusan ini', case: 'perkara ini', referral: 'rujukan ini' };

const AGENCY_NAMES_ID: Readonly<Record<string, string>> = {
  'Bapas Kelas I Jambi': 'Bapas Kelas I Jambi',
  DP3AP2KB: 'Dinas P3AP2KB',
  'the work-site providers': 'penyedia lokasi kerja sosial',
};

/** English message (whole, anchored) → Indonesian. */
export const THROWN_MESSAGES_ID: ReadonlyArray<readonly [RegExp, Translation]> = [
  // UNAUTHENTICATED (HTTP 401)
  [/^A valid bearer token is required\.$/, 'Diperlukan token bearer yang sah.'],
  [/^The bearer token is invalid or expired\.$/, 'Token bearer tidak sah atau sudah kedaluwarsa.'],
  [/^This subgraph only answers the hub gateway\.$/, 'Subgraf ini hanya melayani gateway hub.'],
  // FORBIDDEN
  [/^You are not allowed to access this\.$/, 'Anda tidak berwenang mengakses ini.'],
  [
    /^Only the head of Bapas or the PK assigned to this client may do this\.$/,
    'Hanya Kepala Bapas atau PK yang ditugaskan untuk klien ini yang boleh melakukannya.',
  ],
  [/^Only the head of Bapas assigns officers\.$/, 'Hanya Kepala Bapas yang menugaskan PK.'],
  [/^The office workload is for the head of Bapas\.$/, 'Beban kerja kantor hanya untuk Kepala Bapas.'],
  [/^Incoming referrals are for DP3AP2KB staff\.$/, 'Rujukan masuk hanya untuk petugas DP3AP2KB.'],
  [/^You may not see the client of this (order|case|referral)\.$/, (m) => `Anda tidak boleh melihat klien ${THIS_ID[m[1]!]}.`],
  [
    /^Only the prosecutor supervising the order's district records the outcome\.$/,
    'Hanya jaksa yang mengawasi putusan di kabupaten/kota tersebut yang mencatat hasilnya.',
  ],
  [/^The outcome of this report was recorded meanwhile\.$/, 'Hasil laporan ini sudah dicatat sementara itu.'],
  [
    /^The PK who took part in the decision records it \(or the head of Bapas, naming that PK\)\.$/,
    'Keputusan dicatat oleh PK yang ikut memutuskan (atau Kepala Bapas dengan menyebut PK tersebut).',
  ],
  [/^Referrals are accepted by a case manager\.$/, 'Rujukan diterima oleh manajer kasus.'],
  [/^Referrals are declined by a case manager\.$/, 'Rujukan ditolak oleh manajer kasus.'],
  [/^Only the staff working on this case may change it\.$/, 'Hanya petugas yang menangani kasus ini yang boleh mengubahnya.'],
  [/^Only the staff working on this case assess it\.$/, 'Hanya petugas yang menangani kasus ini yang melakukan asesmen.'],
  [
    /^Only the staff working on this case record its services\.$/,
    'Hanya petugas yang menangani kasus ini yang mencatat layanannya.',
  ],
  [/^Caseworkers are assigned by the case manager\.$/, 'Pendamping ditugaskan oleh manajer kasus.'],
  [/^Intake is done by a case manager or caseworker\.$/, 'Penerimaan kasus dilakukan oleh manajer kasus atau pendamping.'],
  [/^The case manager of the district reopens a case\.$/, 'Kasus dibuka kembali oleh manajer kasus kabupaten/kota tersebut.'],
  [
    /^The case manager of the district sets the plan\.$/,
    'Rencana intervensi ditetapkan oleh manajer kasus kabupaten/kota tersebut.',
  ],
  [
    /^Only the site's supervisor or the PK records attendance for this placement\.$/,
    'Hanya pengawas lokasi atau PK yang mencatat kehadiran untuk penempatan ini.',
  ],
  [/^Only a PK or the head of Bapas places orders\.$/, 'Hanya PK atau Kepala Bapas yang menempatkan putusan.'],
  [
    /^Only the client's PK or the head of Bapas ends this placement\.$/,
    'Hanya PK klien atau Kepala Bapas yang mengakhiri penempatan ini.',
  ],
  [/^Providers are registered by the head of Bapas\.$/, 'Penyedia didaftarkan oleh Kepala Bapas.'],
  [
    /^Only the provider's admin or the head of Bapas (registers|changes) its sites\.$/,
    (m) => `Hanya admin penyedia atau Kepala Bapas yang ${m[1] === 'registers' ? 'mendaftarkan' : 'mengubah'} lokasinya.`,
  ],
  [
    /^This session may run only the published dashboard operations \(trusted documents\)\.$/,
    'Sesi ini hanya boleh menjalankan operasi dasbor yang diterbitkan (dokumen tepercaya).',
  ],
  // NOT_FOUND
  [/^(.+) was not found\.$/, (m) => `${NOUNS_ID[m[1]!] ?? m[1]} tidak ditemukan.`],
  [/^Not found\. GraphQL is served at \/graphql\.$/, 'Tidak ditemukan. GraphQL dilayani di /graphql.'],
  [/^No published operation has this hash\.$/, 'Tidak ada operasi terbitan dengan hash ini.'],
  // BAD_USER_INPUT thrown before or outside a mutation's refusals
  [
    /^"(.*)" is not a Jambi district code \(e\.g\. 1507\)\.$/,
    (m) => `"${m[1]}" bukan kode kabupaten/kota di Provinsi Jambi (misalnya 1507).`,
  ],
  [/^Give a year from (\d+) to (\d+)\.$/, (m) => `Sebutkan tahun dari ${m[1]} sampai ${m[2]}.`],
  [/^Search with 2 to 60 characters\.$/, 'Cari dengan 2 sampai 60 karakter.'],
  [/^A weekday is 1 \(Monday\) to 7 \(Sunday\)\.$/, 'Hari ditulis 1 (Senin) sampai 7 (Minggu).'],
  [/^first must be between 0 and (\d+)\.$/, (m) => `first harus antara 0 dan ${m[1]}.`],
  [/^`first` must be between 1 and (\d+)\.$/, (m) => `\`first\` harus antara 1 dan ${m[1]}.`],
  [
    /^The cursor `after` is not one this hub issued( for this list)?\.$/,
    (m) => `Kursor \`after\` bukan kursor yang diterbitkan hub ini${m[1] ? ' untuk daftar ini' : ''}.`,
  ],
  [/^(\S+) must be an id as the hub gives it \(a UUID\)\.$/, (m) => `${m[1]} harus berupa id seperti yang diberikan hub (UUID).`],
  [/^(\S+) is longer than (\d+) characters\.$/, (m) => `${m[1]} lebih panjang dari ${m[2]} karakter.`],
  [/^(\S+) contains control characters\.$/, (m) => `${m[1]} mengandung karakter kontrol.`],
  [/^(\S+) must be a number between (-?\d+) and (\d+)\.$/, (m) => `${m[1]} harus berupa angka antara ${m[2]} dan ${m[3]}.`],
  [
    /^A Date must be a real calendar date written YYYY-MM-DD\.$/,
    'Tanggal (Date) harus tanggal yang ada di kalender, ditulis YYYY-MM-DD.',
  ],
  [
    /^A DateTime must be ISO 8601 with a zone, e.g\. 2026-11-27T09:00:00\+07:00\.$/,
    'Waktu (DateTime) ditulis menurut ISO 8601 dengan zona waktu, misalnya 2026-11-27T09:00:00+07:00.',
  ],
  [/^A DateTime must be a string\.$/, 'Waktu (DateTime) harus berupa teks.'],
  [/^(\S+) is required to compute (\S+)\.$/, (m) => `${m[1]} diperlukan untuk menghitung ${m[2]}.`],
  // CONFLICT
  [
    /^This idempotency key was already used with different input; use a new key for a new request\.$/,
    'Kunci idempotensi ini sudah dipakai dengan isian yang berbeda; gunakan kunci baru untuk permintaan baru.',
  ],
  // Query limits and the size of an answer
  [
    /^The query asks for too much at once: ask for fewer items \(a smaller `first`\) or fewer nested lists\.$/,
    'Kueri meminta terlalu banyak sekaligus: minta lebih sedikit data (`first` yang lebih kecil) atau lebih sedikit daftar bertingkat.',
  ],
  [
    /^The answer is too large: ask for fewer items \(a smaller `first`\) or fewer nested lists\.$/,
    'Jawaban terlalu besar: minta lebih sedikit data (`first` yang lebih kecil) atau lebih sedikit daftar bertingkat.',
  ],
  [/^Query validation error\.$/, 'Kueri melampaui batas kedalaman, alias atau direktif hub.'],
  [/^Syntax Error: Document contains more than \d+ tokens\. Parsing aborted\.$/, 'Kueri terlalu panjang (terlalu banyak token).'],
  // HTTP (GraphQL over HTTP)
  [/^Send GraphQL operations with GET \(queries\) or POST\.$/, 'Kirim operasi GraphQL dengan GET (kueri) atau POST.'],
  [
    /^Accept application\/graphql-response\+json or application\/json\.$/,
    'Terima (Accept) application/graphql-response+json atau application/json.',
  ],
  [/^Send the POST body as application\/json \(UTF-8\)\.$/, 'Kirim isi POST sebagai application/json (UTF-8).'],
  [/^The request body is not valid JSON\.$/, 'Isi permintaan bukan JSON yang sah.'],
  [/^The request body is larger than (\d+) bytes\.$/, (m) => `Isi permintaan lebih besar dari ${m[1]} byte.`],
  [
    /^Batched requests are not accepted; send one operation per request\.$/,
    'Permintaan berkelompok tidak diterima; kirim satu operasi per permintaan.',
  ],
  [
    /^Too many requests at once from this account \(at most (\d+) at a time\); wait for an answer before sending more\.$/,
    (m) =>
      `Terlalu banyak permintaan sekaligus dari akun ini (paling banyak ${m[1]} bersamaan); tunggu jawaban sebelum mengirim lagi.`,
  ],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    'Operasi GraphQL harus memuat `query` yang tidak kosong atau ekstensi `persistedQuery`.',
  ],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (m) => `Permintaan GET hanya untuk kueri, bukan ${m[1] === 'mutation' ? 'mutasi' : m[1]}: kirim dengan POST.`,
  ],
  [/^No operations found in request\.$/, 'Tidak ada operasi dalam permintaan.'],
  [/^GraphQL queries must be strings\./, 'Kueri GraphQL harus berupa teks.'],
  [
    /^`(variables|extensions)` in a POST body (?:must|should) be (?:an object|provided as an object)/,
    (m) => `\`${m[1]}\` dalam isi POST harus berupa objek JSON.`,
  ],
  [/^`operationName` in a POST body must be a string if provided\.$/, '`operationName` dalam isi POST harus berupa teks.'],
  [
    /^The (\w+) search parameter (?:contains invalid JSON|should contain a JSON-encoded object)\.$/,
    (m) => `Parameter ${m[1]} harus berisi objek JSON yang sah.`,
  ],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    'Isi POST tidak ada, jenis isinya salah, atau objek JSON-nya kosong.',
  ],
  [/^PersistedQueryNotFound$/, 'Operasi terbitan tidak ditemukan.'],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\./,
    'Operasi ini diblokir karena berpotensi sebagai pemalsuan permintaan lintas situs (CSRF): kirim sebagai application/json.',
  ],
  // Unavailable agencies and databases; unexpected errors
  [
    /^Data from (.+) is unavailable right now; the rest of the answer is sent\.$/,
    (m) => `Data ${AGENCY_NAMES_ID[m[1]!] ?? m[1]} sedang tidak tersedia; bagian lain dari jawaban tetap dikirim.`,
  ],
  [
    /^This agency's database cannot be reached right now; nothing was changed, try again shortly\.$/,
    'Basis data instansi ini sedang tidak dapat dihubungi; tidak ada yang diubah, coba lagi sebentar lagi.',
  ],
  [/^The request was cancelled\.$/, 'Permintaan dibatalkan.'],
  // A subgraph fetch cancelled because the caller disconnected: logged at debug level, never answered.
  [/^the caller went away$/, 'pemanggil sudah tidak terhubung'],
  [/^The hub gateway did not answer; try again\.$/, 'Gateway hub tidak menjawab; coba lagi.'],
  [
    /^This subgraph is not connected to the hub gateway \(GATEWAY_URL\)\.$/,
    'Subgraf ini tidak terhubung ke gateway hub (GATEWAY_URL).',
  ],
  [
    /^The decline is recorded, but Bapas did not confirm that the referral is closed, so the child's identity may still be shared; send the decline again to finish\.$/,
    'Penolakan sudah dicatat, tetapi Bapas belum mengonfirmasi bahwa rujukan ditutup, sehingga identitas anak mungkin masih dibagikan; kirim penolakan sekali lagi untuk menyelesaikannya.',
  ],
  [
    /^Internal error\. Quote the correlation id to the hub administrators\.$/,
    'Terjadi kesalahan internal. Sebutkan correlation id kepada administrator hub.',
  ],
  [/^Internal error\.$/, 'Terjadi kesalahan internal.'],
];

/** The Indonesian sentence for an English error message, or null when the catalogue has none. */
export function indonesianOf(english: string): string | null {
  for (const [pattern, translation] of THROWN_MESSAGES_ID) {
    const m = pattern.exec(english);
    if (m) return typeof translation === 'string' ? translation : translation(m);
  }
  return null;
}

/**
 * An error's message in the caller's language: English as written, Indonesian from the catalogue. A
 * message that is already Indonesian (a subgraph answered in the caller's language) or unknown stays.
 */
export function localizedMessage(message: string, language: Language): string {
  if (language === 'en') return message;
  return indonesianOf(message) ?? message;
}
