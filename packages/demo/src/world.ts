import {
  DISTRICTS,
  TANJUNG_JABUNG_BARAT_SUBDISTRICTS,
  addDays,
  addMonths,
  ageBandFor,
  ageOn,
  dailyCap,
  daysBetween,
  diversionEligibility,
  findDistrict,
  isIsoDate,
  jakartaDate,
  rulesOn,
  weekday,
  type AgeBandCode,
  type OrderKindCode,
  type SexCode,
} from '@hub/reference';
import { createRandom, demoId, pickWeighted, seedFrom, type Random } from './ids';
import {
  buildAgreements,
  buildBreachReports,
  buildCapacityEvents,
  buildGuidance,
  buildUnder12Decisions,
  buildWorkflows,
} from './workflows';
import {
  CASEWORKER_SEEDS,
  CLAN_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_PREFIXES,
  FEMALE_SECOND_NAMES,
  KOTA_JAMBI_SUBDISTRICTS,
  MALE_GIVEN_NAMES,
  MALE_PREFIXES,
  MALE_SECOND_NAMES,
  OFFICER_SEEDS,
  OTHER_SUBDISTRICTS,
  STREETS,
} from './names';
import type {
  AttendanceOutcomeCode,
  CaseStageCode,
  ChildRoleCode,
  ClientStatusCode,
  DemoAttendance,
  DemoAvailabilitySlot,
  DemoCase,
  DemoCaseworker,
  DemoClient,
  DemoOffense,
  DemoOfficer,
  DemoOrder,
  DemoPlacement,
  DemoProtectionCase,
  DemoProvider,
  DemoUser,
  DemoWorkSite,
  DemoWorld,
  OrderStatusCode,
  PlacementStatusCode,
  ProtectionCaseStatusCode,
  ProviderKindCode,
  RiskLevelCode,
  ViolenceTypeCode,
} from './types';

/** The Bapas every demo officer works at. */
export const DEMO_BAPAS_OFFICE = 'Bapas Kelas I Jambi';

const TJB = '1507';
const KOTA_JAMBI = '1571';
const ALL_DISTRICT_CODES: readonly string[] = DISTRICTS.map((d) => d.code);

const CLIENT_COUNT = 72;
// Roughly 45% in the PKS district, 35% in the provincial capital, the rest spread over the province.
const TJB_CLIENTS = 32;
const KOTA_JAMBI_CLIENTS = 25;

// ---------------------------------------------------------------------------------------------------------------
// Offences

interface OffenseSeed extends Omit<DemoOffense, 'id'> {
  childWeight: number;
  adultWeight: number;
  /** Courts give community service for it (children: never for sexual offences or dealing). */
  childOrderable: boolean;
}

const OFFENSE_SEEDS: readonly OffenseSeed[] = [
  {
    code: 'THEFT',
    title: 'Theft',
    titleId: 'Pencurian',
    statute: 'KUHP (UU 1/2023)',
    article: 'Pasal 476',
    maxTermMonths: 60,
    childWeight: 8,
    adultWeight: 5,
    childOrderable: true,
  },
  {
    code: 'AGGRAVATED_THEFT',
    title: 'Aggravated theft',
    titleId: 'Pencurian dengan pemberatan',
    statute: 'KUHP (UU 1/2023)',
    article: 'Pasal 477',
    maxTermMonths: 84,
    childWeight: 4,
    adultWeight: 2,
    childOrderable: true,
  },
  {
    code: 'CHILD_SEXUAL_INTERCOURSE',
    title: 'Sexual intercourse with a child',
    titleId: 'Persetubuhan terhadap anak',
    statute: 'UU 35/2014 (Perlindungan Anak)',
    article: 'Pasal 81',
    maxTermMonths: 180,
    childWeight: 2,
    adultWeight: 1,
    childOrderable: false,
  },
  {
    code: 'CHILD_SEXUAL_ABUSE',
    title: 'Indecent acts against a child',
    titleId: 'Perbuatan cabul terhadap anak',
    statute: 'UU 35/2014 (Perlindungan Anak)',
    article: 'Pasal 82',
    maxTermMonths: 180,
    childWeight: 2,
    adultWeight: 1,
    childOrderable: false,
  },
  {
    code: 'NARCOTICS_USE',
    title: 'Use of Class I narcotics for oneself',
    titleId: 'Penyalahgunaan narkotika golongan I bagi diri sendiri',
    statute: 'UU 35/2009 (Narkotika)',
    article: 'Pasal 127',
    maxTermMonths: 48,
    childWeight: 2,
    adultWeight: 5,
    childOrderable: true,
  },
  {
    code: 'NARCOTICS_DEALING',
    title: 'Selling or brokering Class I narcotics',
    titleId: 'Menjual atau menjadi perantara jual beli narkotika golongan I',
    statute: 'UU 35/2009 (Narkotika)',
    article: 'Pasal 114',
    maxTermMonths: 240,
    childWeight: 1,
    adultWeight: 3,
    childOrderable: false,
  },
  {
    code: 'GROUP_ASSAULT',
    title: 'Public violence in a group against persons or property',
    titleId: 'Kekerasan terhadap orang atau barang secara bersama-sama di muka umum',
    statute: 'KUHP (UU 1/2023)',
    article: 'Pasal 262',
    maxTermMonths: 66,
    childWeight: 3,
    adultWeight: 2,
    childOrderable: true,
  },
  {
    code: 'ASSAULT',
    title: 'Assault',
    titleId: 'Penganiayaan',
    statute: 'KUHP (UU 1/2023)',
    article: 'Pasal 466',
    maxTermMonths: 30,
    childWeight: 3,
    adultWeight: 4,
    childOrderable: true,
  },
  {
    code: 'TRAFFIC_INJURY',
    title: 'Negligent driving causing injury',
    titleId: 'Kelalaian mengemudi yang mengakibatkan korban luka',
    statute: 'UU 22/2009 (Lalu Lintas dan Angkutan Jalan)',
    article: 'Pasal 310 ayat (2)',
    maxTermMonths: 12,
    childWeight: 2,
    adultWeight: 3,
    childOrderable: true,
  },
  {
    code: 'SHARP_WEAPON',
    title: 'Carrying a sharp weapon without right',
    titleId: 'Membawa senjata tajam tanpa hak',
    statute: 'UU Darurat 12/1951',
    article: 'Pasal 2 ayat (1)',
    maxTermMonths: 120,
    childWeight: 2,
    adultWeight: 1,
    childOrderable: true,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Courts and police (for plausible document numbers)

const COURT_BY_DISTRICT: Readonly<Record<string, string>> = {
  '1501': 'PN Spn',
  '1502': 'PN Bko',
  '1503': 'PN Srl',
  '1504': 'PN Mbn',
  '1505': 'PN Snt',
  '1506': 'PN Jmb',
  '1507': 'PN Klt',
  '1508': 'PN Mrt',
  '1509': 'PN Mrb',
  '1571': 'PN Jmb',
  '1572': 'PN Spn',
};

const POLICE_BY_DISTRICT: Readonly<Record<string, string>> = {
  '1501': 'POLRES KERINCI',
  '1502': 'POLRES MERANGIN',
  '1503': 'POLRES SAROLANGUN',
  '1504': 'POLRES BATANG HARI',
  '1505': 'POLRES MUARO JAMBI',
  '1506': 'POLRES TANJAB TIMUR',
  '1507': 'POLRES TANJAB BARAT',
  '1508': 'POLRES TEBO',
  '1509': 'POLRES BUNGO',
  '1571': 'POLRESTA JAMBI',
  '1572': 'POLRES KERINCI',
};

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// ---------------------------------------------------------------------------------------------------------------
// Providers and work sites

const AFTER_SCHOOL: readonly DemoAvailabilitySlot[] = [
  { weekday: 1, startTime: '14:00', endTime: '17:00' },
  { weekday: 3, startTime: '14:00', endTime: '17:00' },
  { weekday: 5, startTime: '14:00', endTime: '17:00' },
  { weekday: 6, startTime: '08:00', endTime: '11:00' },
];
const LATE_AFTERNOONS: readonly DemoAvailabilitySlot[] = [
  { weekday: 2, startTime: '15:00', endTime: '18:00' },
  { weekday: 4, startTime: '15:00', endTime: '18:00' },
  { weekday: 6, startTime: '08:00', endTime: '11:00' },
];
const LIBRARY_HOURS: readonly DemoAvailabilitySlot[] = [
  { weekday: 1, startTime: '13:00', endTime: '16:00' },
  { weekday: 2, startTime: '13:00', endTime: '16:00' },
  { weekday: 3, startTime: '13:00', endTime: '16:00' },
  { weekday: 4, startTime: '13:00', endTime: '16:00' },
  { weekday: 6, startTime: '08:00', endTime: '11:00' },
];
const MORNINGS: readonly DemoAvailabilitySlot[] = [1, 2, 3, 4, 5, 6].map((d) => ({
  weekday: d,
  startTime: '08:00',
  endTime: '12:00',
}));
const OFFICE_HOURS: readonly DemoAvailabilitySlot[] = [1, 2, 3, 4, 5].map((d) => ({
  weekday: d,
  startTime: '08:00',
  endTime: '14:00',
}));
const FULL_DAYS: readonly DemoAvailabilitySlot[] = [
  ...[1, 2, 3, 4, 5].map((d) => ({ weekday: d, startTime: '07:00', endTime: '15:00' })),
  { weekday: 6, startTime: '07:00', endTime: '11:00' },
];

interface ProviderSeed {
  name: string;
  kind: ProviderKindCode;
  districtCode: string;
}

const PROVIDER_SEEDS: readonly ProviderSeed[] = [
  { name: 'Yayasan Masjid Nurul Iman Kuala Tungkal', kind: 'RELIGIOUS', districtCode: TJB },
  { name: 'Dinas Pendidikan Kabupaten Tanjung Jabung Barat', kind: 'EDUCATION', districtCode: TJB },
  { name: 'Dinas Kesehatan Kabupaten Tanjung Jabung Barat', kind: 'HEALTH', districtCode: TJB },
  { name: 'Dinas Lingkungan Hidup Kabupaten Tanjung Jabung Barat', kind: 'ENVIRONMENT', districtCode: TJB },
  { name: 'Pemerintah Kecamatan Tungkal Ilir', kind: 'GOVERNMENT', districtCode: TJB },
  { name: 'Yayasan Masjid Baiturrahim Telanaipura', kind: 'RELIGIOUS', districtCode: KOTA_JAMBI },
  { name: 'Dinas Sosial Kota Jambi', kind: 'SOCIAL', districtCode: KOTA_JAMBI },
  { name: 'Dinas Lingkungan Hidup Kota Jambi', kind: 'ENVIRONMENT', districtCode: KOTA_JAMBI },
  { name: DEMO_BAPAS_OFFICE, kind: 'CORRECTIONS', districtCode: KOTA_JAMBI },
];

/** A work site as the demo world describes it: the site without its ids, its provider by number, and its supervisor. */
interface SiteSeed extends Omit<DemoWorkSite, 'id' | 'providerId' | 'availability'> {
  provider: number; // 1-based index into PROVIDER_SEEDS
  availability: readonly DemoAvailabilitySlot[];
  supervisorName: string;
}

const TJB_SUFFIX = 'Kab. Tanjung Jabung Barat';

const SITE_SEEDS: readonly SiteSeed[] = [
  {
    provider: 1,
    name: 'Masjid Nurul Iman',
    kind: 'MOSQUE',
    districtCode: TJB,
    address: `Jl. Pelabuhan No. 21, Kel. Tungkal II, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Membersihkan ruang salat dan tempat wudu', 'Merapikan perlengkapan ibadah', 'Merawat halaman masjid'],
    capacity: 4,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: AFTER_SCHOOL,
    active: true,
    supervisorName: 'Zainuddin Harun',
  },
  {
    provider: 1,
    name: 'Musholla Al-Ikhlas Betara',
    kind: 'MOSQUE',
    districtCode: TJB,
    address: `Jl. Parit Lapis No. 4, Kec. Betara, ${TJB_SUFFIX}`,
    activities: ['Membersihkan musholla', 'Membantu kegiatan TPA'],
    capacity: 2,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: LATE_AFTERNOONS,
    active: true,
    supervisorName: 'Syamsir Alamsyah',
  },
  {
    provider: 2,
    name: 'SD Negeri 7 Tungkal Ilir',
    kind: 'SCHOOL',
    districtCode: TJB,
    address: `Jl. Pendidikan No. 7, Kel. Tungkal Harapan, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Merawat taman sekolah', 'Membersihkan ruang kelas', 'Menata perpustakaan sekolah'],
    capacity: 3,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: AFTER_SCHOOL,
    active: true,
    supervisorName: 'Hj. Rosdiana Utami',
  },
  {
    provider: 2,
    name: 'Perpustakaan Daerah Kabupaten Tanjung Jabung Barat',
    kind: 'LIBRARY',
    districtCode: TJB,
    address: `Jl. Manunggal No. 2, Kel. Tungkal III, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Menyampul dan menata buku', 'Membantu pendataan koleksi', 'Membersihkan ruang baca'],
    capacity: 4,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: LIBRARY_HOURS,
    active: true,
    supervisorName: 'Elvira Novitasari',
  },
  {
    provider: 3,
    name: 'Puskesmas Tungkal II',
    kind: 'HEALTH_CENTRE',
    districtCode: TJB,
    address: `Jl. Kenanga No. 15, Kel. Tungkal II, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Membersihkan halaman dan selasar', 'Membantu pengelolaan sampah non-medis'],
    capacity: 3,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: MORNINGS,
    active: true,
    supervisorName: 'Ns. Darmiati Purnama',
  },
  {
    provider: 4,
    name: 'Taman Kota Kuala Tungkal',
    kind: 'PARK',
    districtCode: TJB,
    address: `Jl. Merdeka, Kel. Tungkal IV Kota, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Menyapu dan merawat taman', 'Menyiram dan menanam pohon', 'Mengecat fasilitas taman'],
    capacity: 6,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: FULL_DAYS,
    active: true,
    supervisorName: 'Rusdi Permana',
  },
  {
    provider: 4,
    name: 'Bank Sampah Bram Itam Bersih',
    kind: 'WASTE_BANK',
    districtCode: TJB,
    address: `Jl. Nelayan No. 9, Kec. Bram Itam, ${TJB_SUFFIX}`,
    activities: ['Memilah sampah anorganik', 'Menimbang dan mencatat setoran sampah'],
    capacity: 5,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: MORNINGS,
    active: true,
    supervisorName: 'Rusdi Permana',
  },
  {
    provider: 4,
    name: 'TPS3R Seberang Kota',
    kind: 'WASTE_BANK',
    districtCode: TJB,
    address: `Jl. Sejahtera, Kec. Seberang Kota, ${TJB_SUFFIX}`,
    activities: ['Memilah sampah', 'Mengolah kompos'],
    capacity: 4,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: MORNINGS,
    // Closed for renovation: keeps an inactive site in the demo, which placing must skip.
    active: false,
    supervisorName: 'Rusdi Permana',
  },
  {
    provider: 5,
    name: 'Kantor Kelurahan Tungkal Harapan',
    kind: 'VILLAGE_OFFICE',
    districtCode: TJB,
    address: `Jl. Pelita No. 1, Kel. Tungkal Harapan, Kec. Tungkal Ilir, ${TJB_SUFFIX}`,
    activities: ['Kebersihan kantor dan halaman', 'Membantu kegiatan gotong royong'],
    capacity: 3,
    childSuitable: false,
    requiresProtectiveEquipment: false,
    availability: OFFICE_HOURS,
    active: true,
    supervisorName: 'Azwar Fauzan',
  },
  {
    provider: 6,
    name: 'Masjid Baiturrahim',
    kind: 'MOSQUE',
    districtCode: KOTA_JAMBI,
    address: 'Lrg. Damai No. 3, Kec. Telanaipura, Kota Jambi',
    activities: ['Membersihkan ruang salat dan tempat wudu', 'Merawat halaman masjid', 'Membantu kegiatan TPA'],
    capacity: 4,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: AFTER_SCHOOL,
    active: true,
    supervisorName: 'Buya Khairul Anwar',
  },
  {
    provider: 7,
    name: 'Panti Asuhan Kasih Bunda',
    kind: 'ORPHANAGE',
    districtCode: KOTA_JAMBI,
    address: 'Jl. Bahagia No. 40, Kec. Jelutung, Kota Jambi',
    activities: ['Membersihkan asrama', 'Membantu dapur umum', 'Merawat kebun panti'],
    capacity: 3,
    childSuitable: false,
    requiresProtectiveEquipment: false,
    availability: MORNINGS,
    active: true,
    supervisorName: 'Maryati Simanjuntak',
  },
  {
    provider: 7,
    name: 'Panti Werdha Sejahtera',
    kind: 'ELDERLY_HOME',
    districtCode: KOTA_JAMBI,
    address: 'Jl. Pramuka No. 12, Kec. Kota Baru, Kota Jambi',
    activities: ['Membantu kebersihan wisma', 'Menemani kegiatan senam lansia', 'Merawat kebun'],
    capacity: 3,
    childSuitable: false,
    requiresProtectiveEquipment: false,
    availability: OFFICE_HOURS,
    active: true,
    supervisorName: 'Suryani Anggraini',
  },
  {
    provider: 8,
    name: 'Taman Hijau Danau Sipin',
    kind: 'PARK',
    districtCode: KOTA_JAMBI,
    address: 'Jl. Kenanga, Kec. Danau Sipin, Kota Jambi',
    activities: ['Menyapu dan merawat taman', 'Membersihkan tepi danau', 'Menanam pohon peneduh'],
    capacity: 6,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: FULL_DAYS,
    active: true,
    supervisorName: 'Jamaluddin Sofyan',
  },
  {
    provider: 8,
    name: 'Bank Sampah Paal Merah Berseri',
    kind: 'WASTE_BANK',
    districtCode: KOTA_JAMBI,
    address: 'Lrg. Swadaya No. 6, Kec. Paal Merah, Kota Jambi',
    activities: ['Memilah sampah anorganik', 'Menimbang dan mencatat setoran sampah', 'Membuat kerajinan daur ulang'],
    capacity: 5,
    childSuitable: false,
    requiresProtectiveEquipment: true,
    availability: MORNINGS,
    active: true,
    supervisorName: 'Jamaluddin Sofyan',
  },
  {
    provider: 9,
    name: 'Griya Abhipraya Bapas Kelas I Jambi',
    kind: 'GRIYA_ABHIPRAYA',
    districtCode: KOTA_JAMBI,
    address: 'Jl. Sejahtera No. 5, Kec. Alam Barajo, Kota Jambi',
    activities: ['Budidaya sayur hidroponik', 'Kerajinan tangan', 'Perawatan kebun dan kolam ikan'],
    capacity: 8,
    childSuitable: true,
    requiresProtectiveEquipment: false,
    availability: FULL_DAYS,
    active: true,
    supervisorName: 'Sri Rahayu Fadilah',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Plans: which clients get community-service orders and which children DP3AP2KB sees

interface OrderPlan {
  districtCode: string;
  child: boolean;
  status: OrderStatusCode;
  /** The person moved to a second site halfway (first placement TRANSFERRED, second ACTIVE). */
  transfer: boolean;
}

function orderPlans(districtCode: string, child: boolean, status: OrderStatusCode, count: number): OrderPlan[] {
  return Array.from({ length: count }, () => ({ districtCode, child, status, transfer: false }));
}

// Pending orders outside the two pilot districts show the real gap: there is no work site there yet.
const ORDER_PLAN: readonly OrderPlan[] = [
  { districtCode: TJB, child: true, status: 'ACTIVE', transfer: true },
  ...orderPlans(TJB, true, 'ACTIVE', 4),
  { districtCode: TJB, child: false, status: 'ACTIVE', transfer: true },
  ...orderPlans(TJB, false, 'ACTIVE', 2),
  ...orderPlans(TJB, true, 'COMPLETED', 1),
  ...orderPlans(TJB, false, 'COMPLETED', 1),
  ...orderPlans(TJB, true, 'BREACHED', 1),
  ...orderPlans(TJB, false, 'BREACHED', 1),
  ...orderPlans(KOTA_JAMBI, true, 'ACTIVE', 3),
  { districtCode: KOTA_JAMBI, child: false, status: 'ACTIVE', transfer: true },
  ...orderPlans(KOTA_JAMBI, false, 'ACTIVE', 2),
  ...orderPlans(KOTA_JAMBI, true, 'COMPLETED', 1),
  ...orderPlans(KOTA_JAMBI, false, 'BREACHED', 1),
  ...orderPlans(KOTA_JAMBI, true, 'PENDING_PLACEMENT', 1),
  ...orderPlans('1505', false, 'PENDING_PLACEMENT', 1),
  ...orderPlans('1504', true, 'PENDING_PLACEMENT', 1),
  ...orderPlans('1509', false, 'PENDING_PLACEMENT', 1),
];

// Statuses of the clients without a community-service order, so every lifecycle stage has people in it.
const OTHER_STATUS_COUNTS: readonly [ClientStatusCode, number][] = [
  ['REGISTERED', 7],
  ['PRE_ADJUDICATION', 10],
  ['ADJUDICATION', 8],
  ['POST_ADJUDICATION', 8],
  ['AFTERCARE', 7],
  ['CLOSED', 8],
];

// Ordered hours by kind and status: round numbers as judges write them, sized so the demo's timelines fit.
const HOUR_POOLS: Readonly<Record<OrderKindCode, Readonly<Record<OrderStatusCode, readonly number[]>>>> = {
  PELAYANAN_MASYARAKAT: {
    PENDING_PLACEMENT: [7, 24, 60],
    ACTIVE: [60, 72, 90, 120],
    COMPLETED: [12, 15, 18, 21, 24, 30, 36],
    BREACHED: [30, 36, 45, 60],
    REVOKED: [30],
  },
  KERJA_SOSIAL: {
    PENDING_PLACEMENT: [8, 40, 120],
    ACTIVE: [160, 200, 240],
    COMPLETED: [24, 40, 48, 60, 80],
    BREACHED: [60, 80, 120],
    REVOKED: [60],
  },
};

// How many days before "today" an order started, by status.
const ORDER_START_OFFSETS: Readonly<Record<OrderStatusCode, readonly [number, number]>> = {
  PENDING_PLACEMENT: [3, 20],
  ACTIVE: [14, 75],
  COMPLETED: [120, 160],
  BREACHED: [70, 130],
  REVOKED: [70, 130],
};

// How many days before "today" the (latest) offence happened, by client status, for clients without an order.
const OFFENCE_OFFSETS: Readonly<Record<ClientStatusCode, readonly [number, number]>> = {
  REGISTERED: [8, 40],
  PRE_ADJUDICATION: [20, 100],
  ADJUDICATION: [60, 180],
  POST_ADJUDICATION: [120, 420],
  AFTERCARE: [250, 700],
  CLOSED: [400, 1100],
};

/** The stage of a client's current case at each client status (the demo world and the scale generator agree on it). */
export const STAGE_BY_STATUS: Readonly<Record<ClientStatusCode, CaseStageCode>> = {
  REGISTERED: 'PRE_ADJUDICATION',
  PRE_ADJUDICATION: 'PRE_ADJUDICATION',
  ADJUDICATION: 'ADJUDICATION',
  POST_ADJUDICATION: 'POST_ADJUDICATION',
  AFTERCARE: 'AFTERCARE',
  CLOSED: 'CLOSED',
};

interface ProtectionPlan {
  districtCode: string;
  childRole: ChildRoleCode;
  /** Victims' and witnesses' case status; a referred child's status follows from when the referral came. */
  status: ProtectionCaseStatusCode | null;
}

function protectionPlans(districtCode: string, childRole: ChildRoleCode, statuses: readonly ProtectionCaseStatusCode[]) {
  return statuses.map((status): ProtectionPlan => ({ districtCode, childRole, status }));
}

function referralPlans(districtCode: string, count: number): ProtectionPlan[] {
  return Array.from({ length: count }, () => ({ districtCode, childRole: 'IN_CONFLICT', status: null }));
}

const PROTECTION_PLAN: readonly ProtectionPlan[] = [
  ...referralPlans(TJB, 6),
  ...protectionPlans(TJB, 'VICTIM', ['INTAKE', 'ASSESSMENT', 'INTERVENTION', 'INTERVENTION', 'MONITORING', 'CLOSED']),
  ...protectionPlans(TJB, 'WITNESS', ['INTAKE', 'MONITORING', 'CLOSED']),
  ...referralPlans(KOTA_JAMBI, 2),
  ...protectionPlans(KOTA_JAMBI, 'VICTIM', ['ASSESSMENT', 'INTERVENTION']),
  ...protectionPlans(KOTA_JAMBI, 'WITNESS', ['INTAKE']),
];

// How many days ago a victim's or witness's case opened, by its status.
const PROTECTION_OPENED_OFFSETS: Readonly<Record<ProtectionCaseStatusCode, readonly [number, number]>> = {
  INTAKE: [1, 7],
  ASSESSMENT: [8, 30],
  INTERVENTION: [31, 150],
  MONITORING: [90, 300],
  CLOSED: [150, 500],
};

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO instant of a wall-clock time in Asia/Jakarta (UTC+7) on a date. */
function wibInstant(date: string, hour: number, minute: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + ((hour - 7) * 60 + minute) * 60_000).toISOString();
}

function isoWeekday(date: string): number {
  const day = weekday(date);
  return day === 0 ? 7 : day;
}

function hoursOf(slot: DemoAvailabilitySlot): number {
  const minutes = (time: string): number => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  return Math.floor((minutes(slot.endTime) - minutes(slot.startTime)) / 60);
}

function personName(rng: Random, sex: SexCode): string {
  const male = sex === 'MALE';
  const prefix = rng.chance(0.25) ? `${rng.pick(male ? MALE_PREFIXES : FEMALE_PREFIXES)} ` : '';
  const given = rng.pick(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  const second = rng.chance(0.15) ? rng.pick(CLAN_NAMES) : rng.pick(male ? MALE_SECOND_NAMES : FEMALE_SECOND_NAMES);
  return `${prefix}${given} ${second}`;
}

/** Initials as DP3AP2KB lists write them ("R.A."), never more than three letters. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Za-z]/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, 3)
    .map((word) => `${word.charAt(0).toUpperCase()}.`)
    .join('');
}

function districtLabel(code: string): string {
  const name = findDistrict(code)?.name ?? code;
  return name.startsWith('Kota ') ? name : `Kab. ${name}`;
}

/** A synthetic address, and the kecamatan's 2-digit number used inside the NIK. */
function addressFor(rng: Random, districtCode: string): { address: string; subdistrictNumber: number } {
  const street = `${rng.pick(STREETS)} No. ${rng.int(1, 120)}, RT ${pad(rng.int(1, 25), 3)}`;
  let subdistricts: readonly string[];
  if (districtCode === TJB) subdistricts = TANJUNG_JABUNG_BARAT_SUBDISTRICTS.map((s) => s.name);
  else if (districtCode === KOTA_JAMBI) subdistricts = KOTA_JAMBI_SUBDISTRICTS;
  else subdistricts = OTHER_SUBDISTRICTS[districtCode] ?? ['Kota'];
  const index = rng.int(0, subdistricts.length - 1);
  const label = districtCode === KOTA_JAMBI ? 'Kota Jambi' : districtLabel(districtCode);
  return { address: `${street}, Kec. ${subdistricts[index]}, ${label}`, subdistrictNumber: index + 1 };
}

/** A 16-digit NIK shaped like the real one: region (6), birth date with +40 for women (6), serial (4). */
function syntheticNik(districtCode: string, subdistrictNumber: number, birthDate: string, sex: SexCode, n: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const dd = sex === 'FEMALE' ? day + 40 : day;
  return `${districtCode}${pad(subdistrictNumber, 2)}${pad(dd, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(n, 4)}`;
}

/** A birth date that makes the person exactly `age` on `on` (up to 360 days past that birthday). */
function birthDateFor(rng: Random, age: number, on: string): string {
  return addDays(addMonths(on, -12 * age), -rng.int(0, 360));
}

// ---------------------------------------------------------------------------------------------------------------
// The world

interface ClientDraft {
  client: DemoClient;
  cases: DemoCase[];
  currentCase: DemoCase;
  ageAtOffence: number;
  registeredDate: string;
  plan: OrderPlan | null;
  orderStartOffset: number;
}

/**
 * Generates the whole demo world for a given Asia/Jakarta date: the same `today` always yields deep-equal output,
 * and ids never depend on `today` (only dates move with it).
 */
export function generateDemoWorld(today: string): DemoWorld {
  if (!isIsoDate(today)) throw new RangeError('today must be an ISO date YYYY-MM-DD');
  const yesterday = addDays(today, -1);
  const ago = (days: number): string => addDays(today, -days);

  const offenses: DemoOffense[] = OFFENSE_SEEDS.map((seed, i) => ({
    id: demoId('offense', i + 1),
    code: seed.code,
    title: seed.title,
    titleId: seed.titleId,
    statute: seed.statute,
    article: seed.article,
    maxTermMonths: seed.maxTermMonths,
  }));
  const offenseByCode = new Map(offenses.map((o) => [o.code, o]));
  const offenseOf = (seed: OffenseSeed): DemoOffense => offenseByCode.get(seed.code) as DemoOffense;

  const officers: DemoOfficer[] = OFFICER_SEEDS.map((seed, i) => {
    const rng = createRandom(seedFrom(`officer:${i + 1}`));
    const birthYear = rng.int(1975, 1994);
    const birth = `${birthYear}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`;
    const appointed = `${birthYear + rng.int(23, 28)}${rng.pick(['01', '03', '12'])}`;
    return {
      id: demoId('officer', i + 1),
      nip: `${birth}${appointed}${seed.sex === 'MALE' ? '1' : '2'}${pad(rng.int(1, 9), 3)}`,
      name: seed.name,
      office: DEMO_BAPAS_OFFICE,
      districtCode: seed.districtCode,
    };
  });
  const officersIn = (districtCode: string): DemoOfficer[] => {
    const local = officers.filter((o) => o.districtCode === districtCode);
    // Districts without a resident PK are served from the office in Kota Jambi.
    return local.length > 0 ? local : officers.filter((o) => o.districtCode === KOTA_JAMBI);
  };

  // --- Who lives where, who has an order, who is at which stage (none of it depends on `today`).
  const planRng = createRandom(seedFrom('plan'));
  const otherDistricts = ALL_DISTRICT_CODES.filter((c) => c !== TJB && c !== KOTA_JAMBI);
  const districtOfClient = planRng.shuffle([
    ...Array.from({ length: TJB_CLIENTS }, () => TJB),
    ...Array.from({ length: KOTA_JAMBI_CLIENTS }, () => KOTA_JAMBI),
    ...Array.from(
      { length: CLIENT_COUNT - TJB_CLIENTS - KOTA_JAMBI_CLIENTS },
      (_, i) => otherDistricts[i % otherDistricts.length] as string,
    ),
  ]);
  const planOfClient: (OrderPlan | null)[] = districtOfClient.map(() => null);
  for (const plan of ORDER_PLAN) {
    const index = districtOfClient.findIndex((d, i) => d === plan.districtCode && planOfClient[i] === null);
    if (index < 0) throw new Error(`demo plan: no client left in district ${plan.districtCode} for an order`);
    planOfClient[index] = plan;
  }
  const otherStatuses = planRng.shuffle(
    OTHER_STATUS_COUNTS.flatMap(([status, count]) => Array.from({ length: count }, () => status)),
  );

  // --- Clients and their cases
  const drafts: ClientDraft[] = [];
  let caseCounter = 0;
  let otherIndex = 0;
  for (let i = 0; i < CLIENT_COUNT; i += 1) {
    const n = i + 1;
    const rng = createRandom(seedFrom(`client:${n}`));
    const districtCode = districtOfClient[i] as string;
    const plan = planOfClient[i] ?? null;
    let status: ClientStatusCode;
    let child: boolean;
    if (plan) {
      child = plan.child;
      status = plan.status === 'COMPLETED' ? 'AFTERCARE' : 'POST_ADJUDICATION';
    } else {
      child = rng.chance(0.6);
      status = otherStatuses[otherIndex] as ClientStatusCode;
      otherIndex += 1;
    }

    const twoCases = rng.chance(0.1);
    const offenceSeeds = plan
      ? // KUHP Art. 85(1): kerja sosial only where the threatened term is under the rule set's limit (5 years).
        OFFENSE_SEEDS.filter((o) =>
          child ? o.childOrderable : o.maxTermMonths < rulesOn(today).adultMaxThreatenedMonthsExclusive,
        )
      : OFFENSE_SEEDS;
    const offenceSeed = pickWeighted(
      rng,
      offenceSeeds.map((o) => [o, child ? o.childWeight : o.adultWeight] as const),
    );
    const sexualOffence = offenceSeed.code.startsWith('CHILD_SEXUAL');
    const sex: SexCode = sexualOffence || rng.chance(child ? 0.86 : 0.88) ? 'MALE' : 'FEMALE';

    let orderStartOffset = 0;
    let offenceOffset: number;
    if (plan) {
      const [min, max] = ORDER_START_OFFSETS[plan.status];
      // A transfer needs a few weeks at the first site before the move.
      orderStartOffset = plan.transfer ? rng.int(50, max) : rng.int(min, max);
      offenceOffset = orderStartOffset + rng.int(5, 20) + rng.int(60, 200);
    } else {
      const [min, max] = OFFENCE_OFFSETS[status];
      offenceOffset = rng.int(min, max);
    }
    const offenceDate = ago(offenceOffset);
    const registeredOffset = offenceOffset - rng.int(2, Math.min(20, offenceOffset - 1));
    const registeredDate = ago(registeredOffset);

    // A second case is an earlier one closed out of court (diversion for a child, a restorative-justice settlement
    // for an adult); it fixes the category, so ages stay in band for both.
    // Under 14 a child gets measures (tindakan) only, never a sentence such as community service (KUHP Art. 113(3)).
    const youngestChild = plan ? 14 : twoCases ? 13 : 12;
    const ageAtOffence = child ? rng.int(youngestChild, 17) : pickWeighted(rng, adultAgeWeights(twoCases));
    const birthDate = birthDateFor(rng, ageAtOffence, offenceDate);

    const fullName = personName(rng, sex);
    const { address, subdistrictNumber } = addressFor(rng, districtCode);
    const guardianName = child ? personName(rng, rng.chance(0.7) ? 'MALE' : 'FEMALE') : null;
    const officerId = status === 'REGISTERED' && rng.chance(0.6) ? null : rng.pick(officersIn(districtCode)).id;
    const clientId = demoId('client', n);

    const cases: DemoCase[] = [];
    const caseNumber = (date: string): string => {
      caseCounter += 1;
      const [year, month] = date.split('-').map(Number) as [number, number];
      // The sequence grows with the case counter, so numbers stay unique within any police station and year.
      const seq = caseCounter * 7 + rng.int(0, 6);
      const roman = ROMAN_MONTHS[month - 1] as string;
      return `LP/B/${seq}/${roman}/${year}/SPKT/${POLICE_BY_DISTRICT[districtCode] ?? 'POLDA JAMBI'}`;
    };
    if (twoCases) {
      const earlierDate = addDays(offenceDate, -rng.int(120, 300));
      const earlierSeed = pickWeighted(
        rng,
        // Earlier, diverted cases: diversion eligibility as the rule set decides it (SPPA Art. 7(2)).
        OFFENSE_SEEDS.filter(
          (o) => diversionEligibility(rulesOn(earlierDate), o.maxTermMonths, false).eligible && o.childOrderable,
        ).map((o) => [o, child ? o.childWeight : o.adultWeight] as const),
      );
      const number = caseNumber(earlierDate);
      cases.push({
        id: demoId('case', caseCounter),
        caseNumber: number,
        clientId,
        offenseId: offenseOf(earlierSeed).id,
        offenseDate: earlierDate,
        stage: 'CLOSED',
      });
    }
    const currentNumber = caseNumber(offenceDate);
    const currentCase: DemoCase = {
      id: demoId('case', caseCounter),
      caseNumber: currentNumber,
      clientId,
      offenseId: offenseOf(offenceSeed).id,
      offenseDate: offenceDate,
      stage: STAGE_BY_STATUS[status],
    };
    cases.push(currentCase);

    drafts.push({
      client: {
        id: clientId,
        registerNumber: '', // numbered below, in order of registration
        fullName,
        nik: syntheticNik(districtCode, subdistrictNumber, birthDate, sex, n),
        birthDate,
        address,
        guardianName,
        sex,
        districtCode,
        status,
        category: child ? 'CHILD_IN_CONFLICT' : 'ADULT',
        officerId,
        registeredAt: wibInstant(registeredDate, rng.int(8, 14), rng.int(0, 59)),
      },
      cases,
      currentCase,
      ageAtOffence,
      registeredDate,
      plan,
      orderStartOffset,
    });
  }
  numberByYear(
    drafts.map((d) => d.client),
    (c) => c.registeredAt,
    (c, year, seq) => {
      c.registerNumber = `BAPAS-JMB-${year}-${pad(seq, 4)}`;
    },
  );
  const clients = drafts.map((d) => d.client);
  const cases = drafts.flatMap((d) => d.cases);

  // --- Community-service orders
  const orders: DemoOrder[] = [];
  const orderDrafts: { order: DemoOrder; draft: ClientDraft; plan: OrderPlan }[] = [];
  const courtSeq = new Map<string, number>();
  for (const draft of drafts) {
    const plan = draft.plan;
    if (!plan) continue;
    const n = orders.length + 1;
    const rng = createRandom(seedFrom(`order:${n}`));
    const kind: OrderKindCode = draft.ageAtOffence < 18 ? 'PELAYANAN_MASYARAKAT' : 'KERJA_SOSIAL';
    const orderedHours = rng.pick(HOUR_POOLS[kind][plan.status]);
    const startDate = ago(draft.orderStartOffset);
    const decisionDate = addDays(startDate, -rng.int(5, 20));
    const court = COURT_BY_DISTRICT[draft.client.districtCode] ?? 'PN Jmb';
    const year = decisionDate.slice(0, 4);
    const key = `${court}/${year}`;
    const seq = (courtSeq.get(key) ?? rng.int(1, 15)) + rng.int(1, 12);
    courtSeq.set(key, seq);
    const offense = offenses.find((o) => o.id === draft.currentCase.offenseId) as DemoOffense;
    const register = kind === 'PELAYANAN_MASYARAKAT' ? 'Pid.Sus-Anak' : offense.statute.startsWith('KUHP') ? 'Pid.B' : 'Pid.Sus';
    const cap = dailyCap(rulesOn(startDate)[kind === 'PELAYANAN_MASYARAKAT' ? 'child' : 'adult']);
    const order: DemoOrder = {
      id: demoId('order', n),
      clientId: draft.client.id,
      caseId: draft.currentCase.id,
      kind,
      orderedHours,
      // The judgments in the demo set no daily cap of their own: the rule set's default applies.
      maxHoursPerDay: cap.hours,
      dailyCapSource: cap.source,
      startDate,
      // Short orders get a shorter period; the legal ceiling is six months (KUHP Art. 85(5)).
      deadline: addMonths(startDate, orderedHours <= 40 ? 3 : 6),
      courtDecisionNumber: `${seq}/${register}/${year}/${court}`,
      status: plan.status,
      // What an adult's order replaces (KUHP Art. 85(1)): mostly a short prison term, every fourth a fine.
      replacedPrisonMonths: kind === 'KERJA_SOSIAL' && n % 4 !== 0 ? 1 + (n % 6) : null,
      replacedFineRupiah: kind === 'KERJA_SOSIAL' && n % 4 === 0 ? 1_000_000 * (1 + (n % 9)) : null,
    };
    orders.push(order);
    orderDrafts.push({ order, draft, plan });
  }

  // The order in Bungo, where no work site exists yet, was revoked on appeal: every order status has data.
  const revoked = orderDrafts.find((d) => d.draft.client.districtCode === '1509' && d.order.status === 'PENDING_PLACEMENT');
  if (revoked) revoked.order.status = 'REVOKED';

  // --- DP3AP2KB: caseworkers and protection cases
  const caseworkers: DemoCaseworker[] = CASEWORKER_SEEDS.map((seed, i) => ({
    id: demoId('caseworker', i + 1),
    name: seed.name,
    profession: seed.profession,
    districtCode: seed.districtCode,
  }));
  const protectionCases = buildProtectionCases(drafts, caseworkers, today, ago);

  // --- Work-site providers, sites, placements and attendance
  const providers: DemoProvider[] = PROVIDER_SEEDS.map((seed, i) => ({
    id: demoId('provider', i + 1),
    name: seed.name,
    kind: seed.kind,
    districtCode: seed.districtCode,
  }));
  const workSites: DemoWorkSite[] = SITE_SEEDS.map((seed, i) => ({
    id: demoId('work-site', i + 1),
    providerId: (providers[seed.provider - 1] as DemoProvider).id,
    name: seed.name,
    kind: seed.kind,
    districtCode: seed.districtCode,
    address: seed.address,
    activities: [...seed.activities],
    capacity: seed.capacity,
    childSuitable: seed.childSuitable,
    requiresProtectiveEquipment: seed.requiresProtectiveEquipment,
    availability: seed.availability.map((slot) => ({ ...slot })),
    active: seed.active,
  }));
  const { placements, attendance } = buildPlacements(orderDrafts, workSites, yesterday);

  const users = buildUsers(officers, clients, caseworkers, providers);
  const workflows = buildWorkflows({ today, users, officers, clients, cases, caseworkers, protectionCases });
  const breachReports = buildBreachReports(today, users, clients, orders, attendance, placements);

  return {
    today,
    users,
    officers,
    offenses,
    clients,
    cases,
    orders,
    caseworkers,
    protectionCases,
    providers,
    workSites,
    placements,
    attendance,
    ...workflows,
    breachReports,
    agreements: buildAgreements(users),
    under12Decisions: buildUnder12Decisions(today, users),
    capacityEvents: buildCapacityEvents(today),
    ...buildGuidance(today, clients),
  };
}

// Adults in the demo are mostly young, as in Bapas caseloads; an adult with an earlier case was at least 19.
function adultAgeWeights(twoCases: boolean): readonly (readonly [number, number])[] {
  const ages: [number, number][] = [];
  for (let age = twoCases ? 19 : 18; age <= 55; age += 1) ages.push([age, age <= 24 ? 6 : age <= 39 ? 2 : 0.5]);
  return ages;
}

/** Numbers records 1, 2, 3… within each Asia/Jakarta year of an instant, in time order. */
function numberByYear<T>(items: T[], instantOf: (item: T) => string, assign: (item: T, year: string, seq: number) => void): void {
  const sorted = items
    .map((item, index) => ({ item, index, at: instantOf(item) }))
    .sort((a, b) => (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1));
  const seqByYear = new Map<string, number>();
  for (const { item, at } of sorted) {
    const year = jakartaDate(new Date(at)).slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    assign(item, year, seq);
  }
}

function buildProtectionCases(
  drafts: readonly ClientDraft[],
  caseworkers: readonly DemoCaseworker[],
  today: string,
  ago: (days: number) => string,
): DemoProtectionCase[] {
  const used = new Set<string>();
  const roundRobin = new Map<string, number>();
  const assign = (districtCode: string, pool: readonly DemoCaseworker[]): DemoCaseworker | null => {
    if (pool.length === 0) return null;
    const key = `${districtCode}:${pool.map((c) => c.id).join(',')}`;
    const next = roundRobin.get(key) ?? 0;
    roundRobin.set(key, next + 1);
    return pool[next % pool.length] as DemoCaseworker;
  };

  const result: DemoProtectionCase[] = PROTECTION_PLAN.map((plan, i) => {
    const n = i + 1;
    const rng = createRandom(seedFrom(`protection-case:${n}`));
    let clientId: string | null = null;
    let childAlias: string;
    let childSex: SexCode;
    let childAgeBand: AgeBandCode;
    let openedOffset: number;
    let concerns: ViolenceTypeCode[];
    let riskLevel: RiskLevelCode;

    if (plan.childRole === 'IN_CONFLICT') {
      // A PK refers a child once assigned; a child under 17 at the offence stays a child when the case opens.
      const draft = drafts.find(
        (d) =>
          !used.has(d.client.id) &&
          d.client.districtCode === plan.districtCode &&
          d.client.category === 'CHILD_IN_CONFLICT' &&
          d.client.officerId !== null &&
          d.client.status !== 'REGISTERED' &&
          d.client.status !== 'CLOSED' &&
          d.ageAtOffence <= 16,
      );
      if (!draft) throw new Error(`demo plan: no child client left in ${plan.districtCode} for a referral`);
      used.add(draft.client.id);
      clientId = draft.client.id;
      childAlias = initialsOf(draft.client.fullName);
      childSex = draft.client.sex;
      openedOffset = Math.max(1, daysBetween(draft.registeredDate, today) - rng.int(3, 30));
      childAgeBand = ageBandFor(ageOn(draft.client.birthDate, ago(openedOffset)));
      concerns = rng.chance(0.5) ? ['PSYCHOLOGICAL'] : rng.pick([['NEGLECT'], ['PSYCHOLOGICAL', 'NEGLECT'], ['OTHER']]);
      riskLevel = rng.chance(0.7) ? 'MEDIUM' : 'LOW';
    } else {
      const victim = plan.childRole === 'VICTIM';
      const primary: ViolenceTypeCode = victim
        ? pickWeighted(rng, [
            ['SEXUAL', 4],
            ['PHYSICAL', 3],
            ['PSYCHOLOGICAL', 2],
            ['NEGLECT', 2],
            ['EXPLOITATION', 1],
            ['TRAFFICKING', 1],
          ])
        : pickWeighted(rng, [
            ['PHYSICAL', 2],
            ['PSYCHOLOGICAL', 2],
            ['SEXUAL', 1],
          ]);
      concerns = primary === 'PSYCHOLOGICAL' || !rng.chance(0.5) ? [primary] : [primary, 'PSYCHOLOGICAL'];
      childSex = primary === 'SEXUAL' ? (rng.chance(0.8) ? 'FEMALE' : 'MALE') : rng.chance(0.5) ? 'FEMALE' : 'MALE';
      childAlias = initialsOf(personName(rng, childSex));
      childAgeBand = pickWeighted<AgeBandCode>(rng, [
        ['AGE_0_5', victim ? 1 : 0],
        ['AGE_6_12', 4],
        ['AGE_13_17', 5],
      ]);
      const [min, max] = PROTECTION_OPENED_OFFSETS[plan.status ?? 'INTAKE'];
      openedOffset = rng.int(min, max);
      riskLevel =
        primary === 'SEXUAL' || primary === 'TRAFFICKING'
          ? 'HIGH'
          : pickWeighted<RiskLevelCode>(rng, [
              ['LOW', 2],
              ['MEDIUM', 3],
              ['HIGH', 1],
            ]);
    }

    let status: ProtectionCaseStatusCode;
    if (plan.status) status = plan.status;
    else if (openedOffset <= 7) status = 'INTAKE';
    else if (openedOffset <= 30) status = 'ASSESSMENT';
    else if (openedOffset < 150) status = rng.pick<ProtectionCaseStatusCode>(['INTERVENTION', 'MONITORING']);
    else status = rng.pick<ProtectionCaseStatusCode>(['INTERVENTION', 'MONITORING', 'MONITORING', 'CLOSED']);
    const openedDate = ago(openedOffset);
    const closedDate = status === 'CLOSED' ? ago(rng.int(1, openedOffset - 60)) : null;

    // High-risk intakes are assigned at once (emergency services before assessment); others wait in intake.
    const local = caseworkers.filter((c) => c.districtCode === plan.districtCode);
    const psychologists = local.filter((c) => c.profession === 'PSYCHOLOGIST');
    const caseworker =
      status === 'INTAKE' && riskLevel !== 'HIGH'
        ? null
        : concerns.includes('SEXUAL') || riskLevel === 'HIGH'
          ? assign(plan.districtCode, psychologists)
          : assign(plan.districtCode, local);

    return {
      id: demoId('protection-case', n),
      caseNumber: '', // numbered below, per district and year
      childRole: plan.childRole,
      clientId,
      childAlias,
      childSex,
      childAgeBand,
      districtCode: plan.districtCode,
      concerns,
      riskLevel,
      status,
      caseworkerId: caseworker?.id ?? null,
      openedAt: wibInstant(openedDate, rng.int(8, 15), rng.int(0, 59)),
      closedAt: closedDate ? wibInstant(closedDate, rng.int(9, 15), rng.int(0, 59)) : null,
    };
  });

  for (const districtCode of new Set(result.map((c) => c.districtCode))) {
    numberByYear(
      result.filter((c) => c.districtCode === districtCode),
      (c) => c.openedAt,
      (c, year, seq) => {
        c.caseNumber = `PPA-${districtCode}-${year}-${pad(seq, 4)}`;
      },
    );
  }
  return result;
}

interface PlacementSpan {
  /** The placement's 1-based number, which also numbers its attendance ids. */
  number: number;
  placement: DemoPlacement;
  site: DemoWorkSite;
  /** The first date with no record at this site (the transfer date), or null to run up to yesterday. */
  endBefore: string | null;
}

function buildPlacements(
  orderDrafts: readonly { order: DemoOrder; draft: ClientDraft; plan: OrderPlan }[],
  workSites: readonly DemoWorkSite[],
  yesterday: string,
): { placements: DemoPlacement[]; attendance: DemoAttendance[] } {
  const rng = createRandom(seedFrom('placements'));
  const activeAt = new Map<string, number>();
  const placements: DemoPlacement[] = [];
  const attendance: DemoAttendance[] = [];

  const chooseSite = (order: DemoOrder, districtCode: string, needsRoom: boolean, except?: string): DemoWorkSite => {
    const child = order.kind === 'PELAYANAN_MASYARAKAT';
    const eligible = workSites.filter(
      (s) =>
        s.active &&
        s.districtCode === districtCode &&
        s.id !== except &&
        (!child || s.childSuitable) &&
        (!needsRoom || (activeAt.get(s.id) ?? 0) < s.capacity),
    );
    // Adults go to adult sites where there are any: schools and mosques are kept for the children.
    const preferred = child ? eligible : eligible.filter((s) => !s.childSuitable);
    const pool = preferred.length > 0 ? preferred : eligible;
    if (pool.length === 0) throw new Error(`demo plan: no work site with room in ${districtCode} for an order`);
    const site = rng.pick(pool);
    if (needsRoom) activeAt.set(site.id, (activeAt.get(site.id) ?? 0) + 1);
    return site;
  };

  for (const { order, draft, plan } of orderDrafts) {
    if (order.status === 'PENDING_PLACEMENT' || order.status === 'REVOKED') continue;
    const client = draft.client;
    const finalStatus: PlacementStatusCode =
      order.status === 'ACTIVE' ? 'ACTIVE' : order.status === 'COMPLETED' ? 'COMPLETED' : 'REVOKED';
    const spans: PlacementSpan[] = [];
    const place = (site: DemoWorkSite, startDate: string, status: PlacementStatusCode): DemoPlacement => {
      const placement: DemoPlacement = {
        id: demoId('placement', placements.length + 1),
        orderId: order.id,
        siteId: site.id,
        supervisorName: SITE_SEEDS[workSites.indexOf(site)]?.supervisorName ?? site.name,
        startDate,
        status,
        orderKind: order.kind,
        orderedHours: order.orderedHours,
        maxHoursPerDay: order.maxHoursPerDay,
        orderStartDate: order.startDate,
        orderDeadline: order.deadline,
        personIsChild: client.category === 'CHILD_IN_CONFLICT',
        personDistrictCode: client.districtCode,
      };
      placements.push(placement);
      return placement;
    };

    if (plan.transfer) {
      const first = chooseSite(order, client.districtCode, false);
      const second = chooseSite(order, client.districtCode, true, first.id);
      const transferDate = addDays(order.startDate, rng.int(21, Math.max(21, draft.orderStartOffset - 14)));
      const firstPlacement = place(first, order.startDate, 'TRANSFERRED');
      spans.push({ number: placements.length, placement: firstPlacement, site: first, endBefore: transferDate });
      const secondPlacement = place(second, transferDate, finalStatus);
      spans.push({ number: placements.length, placement: secondPlacement, site: second, endBefore: null });
    } else {
      const site = chooseSite(order, client.districtCode, finalStatus === 'ACTIVE');
      const placement = place(site, addDays(order.startDate, rng.int(0, 3)), finalStatus);
      spans.push({ number: placements.length, placement, site, endBefore: null });
    }

    const progress: OrderProgress = { credited: 0, unacceptable: 0 };
    for (const span of spans) attendance.push(...attendanceFor(order, span, progress, yesterday));
    if (order.status === 'COMPLETED' && progress.credited !== order.orderedHours) {
      throw new Error(`demo plan: completed order ${order.id} reached ${progress.credited} of ${order.orderedHours} hours`);
    }
  }
  return { placements, attendance };
}

/** What an order has accumulated so far, carried from one placement to the next after a transfer. */
interface OrderProgress {
  credited: number;
  unacceptable: number;
}

const NORMAL_OUTCOMES: readonly (readonly [AttendanceOutcomeCode, number])[] = [
  ['ATTENDED', 86],
  ['ACCEPTABLE_ABSENCE', 6],
  ['RESCHEDULED', 3],
  ['SENT_HOME', 2],
  ['UNACCEPTABLE_ABSENCE', 3],
];

/**
 * The attendance records of one placement, from its start through yesterday (or the transfer), on the days the
 * person is booked at the site. Hours never push the order past its ordered hours; only a COMPLETED order reaches them.
 */
function attendanceFor(order: DemoOrder, span: PlacementSpan, progress: OrderProgress, yesterday: string): DemoAttendance[] {
  const rng = createRandom(seedFrom(`attendance:${span.number}`));
  const child = order.kind === 'PELAYANAN_MASYARAKAT';
  const slotByWeekday = new Map(span.site.availability.map((slot) => [slot.weekday, slot]));
  // Children come twice a week (school comes first); adults three days a week.
  const bookedDays = new Set(rng.shuffle([...slotByWeekday.keys()].filter((d) => d !== 7)).slice(0, child ? 2 : 3));
  const target = order.status === 'COMPLETED' ? order.orderedHours : order.orderedHours - 1;
  const breachAfter = order.status === 'BREACHED' ? rng.int(5, 9) : Number.POSITIVE_INFINITY;
  let last = span.endBefore ? addDays(span.endBefore, -1) : yesterday;
  if (last > yesterday) last = yesterday;
  if (last > order.deadline) last = order.deadline;

  const records: DemoAttendance[] = [];
  let booked = 0;
  for (let date = span.placement.startDate; date <= last; date = addDays(date, 1)) {
    const day = isoWeekday(date);
    const slot = slotByWeekday.get(day);
    if (day === 7 || !slot || !bookedDays.has(day)) continue;
    if (progress.credited >= target) break;
    booked += 1;
    let outcome: AttendanceOutcomeCode;
    // After three unacceptable absences the breach is reported and the site stops booking the person.
    if (booked > breachAfter + 3) break;
    else if (booked > breachAfter) outcome = 'UNACCEPTABLE_ABSENCE';
    else outcome = pickWeighted(rng, NORMAL_OUTCOMES);
    // Repeated unacceptable absence is a breach, so an order still in good standing has at most one.
    if (outcome === 'UNACCEPTABLE_ABSENCE' && order.status !== 'BREACHED' && progress.unacceptable > 0) {
      outcome = 'ACCEPTABLE_ABSENCE';
    }
    if (outcome === 'UNACCEPTABLE_ABSENCE') progress.unacceptable += 1;
    let hours = 0;
    if (outcome === 'ATTENDED') {
      const cap = Math.min(order.maxHoursPerDay, hoursOf(slot));
      const worked = child ? (rng.chance(0.2) ? cap - 1 : cap) : rng.int(Math.max(2, cap - 2), cap);
      hours = Math.min(Math.max(1, worked), target - progress.credited);
      progress.credited += hours;
    }
    records.push({
      id: demoId('attendance', span.number * 1000 + records.length + 1),
      placementId: span.placement.id,
      date,
      hours,
      outcome,
      activity: outcome === 'ATTENDED' ? rng.pick(span.site.activities) : null,
      // Supervisors fill in the day's sheet around 16:00, or just after a session that runs later.
      recordedAt: wibInstant(date, Math.max(16, Number(slot.endTime.slice(0, 2))), rng.int(0, 45)),
    });
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------------------
// Users

function buildUsers(
  officers: readonly DemoOfficer[],
  clients: readonly DemoClient[],
  caseworkers: readonly DemoCaseworker[],
  providers: readonly DemoProvider[],
): DemoUser[] {
  const everywhere = ALL_DISTRICT_CODES;
  const pkUser = (username: string): DemoUser => {
    const index = OFFICER_SEEDS.findIndex((s) => s.username === username);
    const officer = officers[index];
    // A PK login with an empty caseload would demo nothing: fail loudly if the plan ever produces one.
    if (!officer || !clients.some((c) => c.officerId === officer.id)) {
      throw new Error(`demo plan: PK user ${username} has no officer with clients`);
    }
    return {
      username,
      name: officer.name,
      agency: 'BAPAS',
      roles: ['PK_OFFICER'],
      districts: [officer.districtCode],
      officerId: officer.id,
    };
  };
  const caseworkerUser = (username: string, role: 'CASEWORKER' | 'PSYCHOLOGIST', districtCode: string): DemoUser => {
    const profession = role === 'PSYCHOLOGIST' ? 'PSYCHOLOGIST' : 'SOCIAL_WORKER';
    const caseworker = caseworkers.find((c) => c.districtCode === districtCode && c.profession === profession);
    if (!caseworker) throw new Error(`demo plan: no ${profession} in ${districtCode} for ${username}`);
    return {
      username,
      name: caseworker.name,
      agency: 'DP3AP2KB',
      roles: [role],
      districts: [districtCode],
      caseworkerId: caseworker.id,
    };
  };
  const providerUser = (
    username: string,
    role: 'PROVIDER_ADMIN' | 'SITE_SUPERVISOR',
    provider: number,
    name?: string,
  ): DemoUser => {
    const seed = PROVIDER_SEEDS[provider - 1] as ProviderSeed;
    // A site supervisor is the person the placements name, so the limited view and the login agree.
    const supervisor = SITE_SEEDS.find((s) => s.provider === provider)?.supervisorName;
    return {
      username,
      name: name ?? supervisor ?? seed.name,
      agency: 'WORKSITE_PROVIDER',
      roles: [role],
      districts: [seed.districtCode],
      providerId: (providers[provider - 1] as DemoProvider).id,
    };
  };

  return [
    {
      username: 'head.bapas',
      name: 'Darmawan Syahputra, S.H., M.Si.',
      agency: 'BAPAS',
      roles: ['BAPAS_HEAD'],
      districts: [...everywhere],
    },
    {
      username: 'registrar.bapas',
      name: 'Eka Novitasari, A.Md.',
      agency: 'BAPAS',
      roles: ['BAPAS_REGISTRAR'],
      districts: [...everywhere],
    },
    pkUser('pk.rahman'),
    pkUser('pk.nurhayati'),
    pkUser('pk.hendra'),
    {
      username: 'cm.tjb',
      name: 'Herlina Harahap, S.Sos.',
      agency: 'DP3AP2KB',
      roles: ['CASE_MANAGER'],
      districts: [TJB],
    },
    {
      username: 'cm.jmb',
      name: 'Marlina Hasibuan, S.Sos.',
      agency: 'DP3AP2KB',
      roles: ['CASE_MANAGER'],
      districts: [KOTA_JAMBI],
    },
    caseworkerUser('cw.tjb', 'CASEWORKER', TJB),
    caseworkerUser('cw.jmb', 'CASEWORKER', KOTA_JAMBI),
    caseworkerUser('psy.tjb', 'PSYCHOLOGIST', TJB),
    caseworkerUser('psy.jmb', 'PSYCHOLOGIST', KOTA_JAMBI),
    providerUser('provider.tjb', 'PROVIDER_ADMIN', 2, 'Syukri Hidayatullah, S.Pd.'),
    providerUser('provider.jmb', 'PROVIDER_ADMIN', 7, 'Rosmaini Wulandari, S.E.'),
    providerUser('supervisor.tjb', 'SITE_SUPERVISOR', 4),
    providerUser('supervisor.jmb', 'SITE_SUPERVISOR', 8),
    {
      username: 'prosecutor.tjb',
      name: 'Andika Prasetya, S.H.',
      agency: 'KEJAKSAAN',
      roles: ['PROSECUTOR'],
      districts: [TJB],
    },
    {
      username: 'prosecutor.jmb',
      name: 'Rosmawati Daulay, S.H., M.H.',
      agency: 'KEJAKSAAN',
      roles: ['PROSECUTOR'],
      districts: [KOTA_JAMBI],
    },
    {
      username: 'analyst',
      name: 'Galuh Oktaviani, S.Stat.',
      agency: 'HUB',
      roles: ['ANALYST'],
      districts: [...everywhere],
    },
    {
      username: 'auditor',
      name: 'Bima Nugraha, S.Kom.',
      agency: 'HUB',
      roles: ['AUDITOR'],
      districts: [...everywhere],
    },
  ];
}

/** The demo users (the same whatever the date; the token CLI and the start banner list them). */
export function demoUsers(): DemoUser[] {
  return generateDemoWorld('2026-01-05').users;
}
