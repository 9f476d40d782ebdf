import {
  CLAN_NAMES,
  createRandom,
  FEMALE_GIVEN_NAMES,
  FEMALE_PREFIXES,
  FEMALE_SECOND_NAMES,
  MALE_GIVEN_NAMES,
  MALE_PREFIXES,
  MALE_SECOND_NAMES,
  pickWeighted,
  STAGE_BY_STATUS,
  STREETS,
  type DemoWorld,
  type Random,
} from '@hub/demo';
import { addDays, ageBandFor, DISTRICTS, diversionEligibility, initialsOf, litmasDueAt, rulesOn, weekday } from '@hub/reference';

/**
 * A synthetic cooperation of any size, consistent across the three databases, for benchmarks.
 * Every row is derived from the client's number alone (its own random stream), so the same size and
 * the same `today` always give the same rows, and a table can be regenerated without the others.
 * It builds on the demo world (officers, offences, caseworkers, work sites) that each subgraph seeds.
 */

/** One table's rows as COPY text lines, with the explicit column list they fill. */
export interface TableSpec {
  database: 'corrections' | 'child-protection' | 'worksites';
  table: string;
  columns: readonly string[];
  /** Tables of a lower level are loaded first (foreign keys). */
  level: number;
}

export const TABLES: readonly TableSpec[] = [
  {
    database: 'corrections',
    table: 'client',
    level: 1,
    // record_key is left to its default, a random key per row: the statistics' key, not part of the world.
    columns: [
      'id',
      'register_number',
      'full_name',
      'nik',
      'birth_date',
      'address',
      'guardian_name',
      'sex',
      'district_code',
      'category',
      'status',
      'officer_id',
      'registered_at',
    ],
  },
  {
    database: 'corrections',
    table: 'officer_assignment',
    level: 2,
    columns: ['id', 'client_id', 'officer_id', 'assigned_at', 'assigned_by', 'reason', 'ended_at'],
  },
  {
    database: 'corrections',
    table: 'case_file',
    level: 2,
    columns: [
      'id',
      'case_number',
      'client_id',
      'offense_id',
      'offense_date',
      'stage',
      'repeat_offense',
      'diversion_status',
      'diversion_started_on',
      'stage_started_on',
    ],
  },
  {
    database: 'corrections',
    table: 'referral',
    level: 2,
    columns: ['id', 'client_id', 'to_agency', 'district_code', 'services', 'reason', 'sent_at', 'sent_by_officer_id', 'status'],
  },
  {
    database: 'corrections',
    table: 'social_inquiry_report',
    level: 3,
    columns: ['id', 'case_id', 'purpose', 'requester', 'requested_at', 'due_at', 'officer_id', 'submitted_at', 'recommendation'],
  },
  {
    database: 'corrections',
    table: 'community_service_order',
    level: 3,
    columns: [
      'id',
      'client_id',
      'case_id',
      'district_code',
      'kind',
      'ordered_hours',
      'max_hours_per_day',
      'start_date',
      'deadline',
      'court_decision_number',
      'status',
    ],
  },
  {
    database: 'child-protection',
    table: 'protection_case',
    level: 1,
    columns: [
      'id',
      'case_number',
      'child_role',
      'client_id',
      'child_alias',
      'child_sex',
      'child_age_band',
      'district_code',
      'concerns',
      'risk_level',
      'status',
      'caseworker_id',
      'opened_at',
      'closed_at',
      'referral_id',
      'emergency_services',
    ],
  },
  {
    database: 'child-protection',
    table: 'child_identity',
    level: 2,
    columns: ['protection_case_id', 'full_name', 'birth_date', 'address', 'guardian_name'],
  },
  {
    database: 'child-protection',
    table: 'psychosocial_service',
    level: 2,
    columns: ['id', 'protection_case_id', 'kind', 'delivered_at', 'provider_id', 'attended', 'clinical_notes', 'recorded_at'],
  },
  {
    database: 'child-protection',
    table: 'referral_response',
    level: 2,
    columns: ['id', 'referral_id', 'decision', 'decided_by', 'decided_at', 'reason', 'protection_case_id', 'referral_snapshot'],
  },
  {
    database: 'worksites',
    table: 'placement',
    level: 1,
    columns: [
      'id',
      'order_id',
      'site_id',
      'supervisor_name',
      'start_date',
      'end_date',
      'status',
      'order_kind',
      'ordered_hours',
      'max_hours_per_day',
      'order_start_date',
      'order_deadline',
      'person_is_child',
      'person_district_code',
      'person_initials',
      'person_id',
      'officer_id',
      'order_district_code',
    ],
  },
  {
    database: 'worksites',
    table: 'attendance_record',
    level: 2,
    columns: ['id', 'placement_id', 'date', 'hours', 'outcome', 'activity', 'recorded_at', 'recorded_by', 'reason'],
  },
];

type Value = string | number | boolean | null | readonly string[] | Record<string, unknown>;

/** One value in PostgreSQL's COPY text format. */
function copyValue(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  let text: string;
  if (Array.isArray(value)) text = `{${value.map((v) => `"${v}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = value as string;
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A COPY text line from values in the table's column order. */
export function copyLine(values: readonly Value[]): string {
  return `${values.map(copyValue).join('\t')}\n`;
}

const KIND_TAG: Record<string, number> = {
  client: 1,
  assignment: 2,
  case: 3,
  litmas: 4,
  order: 5,
  referral: 6,
  pcase: 7,
  service: 8,
  response: 9,
  placement: 10,
  attendance: 11,
};

/**
 * A UUID for the n-th generated record of a kind: the leading group is scrambled (so index inserts
 * spread like random UUIDs), the tail keeps the kind and number (so it is unique), and the version
 * nibble (4, with a fixed marker) can never equal a demo id (version 5).
 */
export function scaleId(kind: keyof typeof KIND_TAG, n: number): string {
  const head = (Math.imul(n, 0x9e3779b1) ^ Math.imul(KIND_TAG[kind]!, 0x85ebca6b)) >>> 0;
  const tail = n.toString(16).padStart(12, '0');
  return `${head.toString(16).padStart(8, '0')}-5ca1-4${KIND_TAG[kind]!.toString(16).padStart(3, '0')}-8000-${tail}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function wibInstant(date: string, hour: number, minute: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + ((hour - 7) * 60 + minute) * 60_000).toISOString();
}

function personName(rng: Random, male: boolean): string {
  const prefix = rng.chance(0.25) ? `${rng.pick(male ? MALE_PREFIXES : FEMALE_PREFIXES)} ` : '';
  const given = rng.pick(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  const second = rng.chance(0.15) ? rng.pick(CLAN_NAMES) : rng.pick(male ? MALE_SECOND_NAMES : FEMALE_SECOND_NAMES);
  return `${prefix}${given} ${second}`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const TJB = '1507';
const KOTA_JAMBI = '1571';
const DISTRICT_WEIGHTS: readonly (readonly [string, number])[] = DISTRICTS.map(
  (d) => [d.code, d.code === TJB ? 30 : d.code === KOTA_JAMBI ? 25 : 5] as const,
);
const STATUS_WEIGHTS = [
  ['REGISTERED', 5],
  ['PRE_ADJUDICATION', 15],
  ['ADJUDICATION', 10],
  ['POST_ADJUDICATION', 35],
  ['AFTERCARE', 10],
  ['CLOSED', 25],
] as const;
const SERVICE_KINDS = [
  'COUNSELLING',
  'PSYCHOLOGICAL_ASSESSMENT',
  'FAMILY_COUNSELLING',
  'GROUP_SUPPORT',
  'ACCOMPANIMENT_POLICE_COURT',
];
const CONCERNS = ['PHYSICAL', 'PSYCHOLOGICAL', 'SEXUAL', 'NEGLECT', 'EXPLOITATION'];

/** The demo records a generated world links to: they exist once each subgraph has seeded its demo data. */
export interface ScaleBase {
  today: string;
  officersByDistrict: Map<string, string[]>;
  allOfficers: string[];
  offenses: Array<{ id: string; maxTermMonths: number }>;
  caseworkersByDistrict: Map<string, string[]>;
  allCaseworkers: string[];
  adultSites: string[];
  childSites: string[];
}

export function scaleBaseOf(world: DemoWorld): ScaleBase {
  const group = <T extends { districtCode: string; id: string }>(items: T[]) => {
    const map = new Map<string, string[]>();
    for (const item of items) map.set(item.districtCode, [...(map.get(item.districtCode) ?? []), item.id]);
    return map;
  };
  const active = world.workSites.filter((s) => s.active);
  return {
    today: world.today,
    officersByDistrict: group(world.officers),
    allOfficers: world.officers.map((o) => o.id),
    offenses: world.offenses.filter((o) => o.maxTermMonths <= 120).map((o) => ({ id: o.id, maxTermMonths: o.maxTermMonths })),
    caseworkersByDistrict: group(world.caseworkers),
    allCaseworkers: world.caseworkers.map((c) => c.id),
    adultSites: active.map((s) => s.id),
    childSites: active.filter((s) => s.childSuitable).map((s) => s.id),
  };
}

/** Rows of every table for client n, appended to `out` by table name (only the tables in `want`). */
export function rowsForClient(base: ScaleBase, n: number, want: ReadonlySet<string>, out: Map<string, string[]>): void {
  const emit = (table: string, values: readonly Value[]): void => {
    if (want.has(table)) out.get(table)!.push(copyLine(values));
  };
  const rng = createRandom(Math.imul(n, 0x2c1b3c6d) ^ 0x5ca1e);
  const today = base.today;
  const district = pickWeighted(rng, DISTRICT_WEIGHTS);
  const male = rng.chance(0.88);
  const child = rng.chance(0.4);
  const status = pickWeighted(rng, STATUS_WEIGHTS);
  const ageAtOffence = child ? rng.int(14, 17) : rng.int(18, 55);
  const offenceDate = addDays(today, -rng.int(30, 900));
  const birthDate = addDays(offenceDate, -(ageAtOffence * 365 + rng.int(5, 360)));
  const registeredDate = addDays(offenceDate, rng.int(1, 20));
  const registeredAt = wibInstant(registeredDate, rng.int(8, 14), rng.int(0, 59));
  const fullName = personName(rng, male);
  const officers = base.officersByDistrict.get(district) ?? base.allOfficers;
  const officerId = status === 'REGISTERED' && rng.chance(0.6) ? null : rng.pick(officers);
  const clientId = scaleId('client', n);
  const sex = male ? 'MALE' : 'FEMALE';
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const nik = `${district}${pad(rng.int(1, 20), 2)}${pad(male ? bd : bd + 40, 2)}${pad(bm, 2)}${pad(by % 100, 2)}${pad(n % 10000, 4)}`;
  emit('client', [
    clientId,
    `BAPAS-JMB-${registeredDate.slice(0, 4)}-${1_000_000 + n}`,
    fullName,
    nik,
    birthDate,
    `${rng.pick(STREETS)} No. ${rng.int(1, 120)}, RT ${pad(rng.int(1, 25), 3)}`,
    child ? personName(rng, rng.chance(0.7)) : null,
    sex,
    district,
    child ? 'CHILD_IN_CONFLICT' : 'ADULT',
    status,
    officerId,
    registeredAt,
  ]);
  if (officerId) {
    emit('officer_assignment', [scaleId('assignment', n), clientId, officerId, registeredAt, 'head.bapas', null, null]);
  }

  // Cases: one, sometimes an earlier closed one too; the current one gets a Litmas.
  const twoCases = rng.chance(0.2);
  const caseRows: Array<{ id: string; offenseDate: string; stage: string }> = [];
  if (twoCases)
    caseRows.push({ id: scaleId('case', 2 * n), offenseDate: addDays(offenceDate, -rng.int(120, 300)), stage: 'CLOSED' });
  caseRows.push({ id: scaleId('case', 2 * n + 1), offenseDate: offenceDate, stage: STAGE_BY_STATUS[status] });
  for (const c of caseRows) {
    const offense = rng.pick(base.offenses);
    // The rule set decides, as for a case opened through the API (SPPA Art. 7(2)); generated cases are first offences.
    const { eligible } = diversionEligibility(rulesOn(c.offenseDate), offense.maxTermMonths, false);
    const [year, month] = c.offenseDate.split('-').map(Number) as [number, number];
    emit('case_file', [
      c.id,
      `LP/B/${100_000 + 2 * n + (c.stage === 'CLOSED' && twoCases ? 0 : 1)}/${ROMAN[month - 1]}/${year}/SPKT/POLDA JAMBI`,
      clientId,
      offense.id,
      c.offenseDate,
      c.stage,
      false,
      eligible ? (c.stage === 'PRE_ADJUDICATION' ? 'IN_PROGRESS' : 'FAILED') : 'NOT_ELIGIBLE',
      eligible && c.stage === 'PRE_ADJUDICATION' ? c.offenseDate : null,
      c.offenseDate,
    ]);
  }
  const current = caseRows[caseRows.length - 1]!;
  const requestedAt = wibInstant(addDays(current.offenseDate, rng.int(1, 10)), 9, rng.int(0, 59));
  // An investigator's request: the Litmas due date as the rule set computes it (PP 65/2015).
  const dueAt = litmasDueAt(child ? 'DIVERSION' : 'TRIAL', 'INVESTIGATOR', new Date(requestedAt)).dueAt.toISOString();
  const submitted = status !== 'PRE_ADJUDICATION' || rng.chance(0.7);
  emit('social_inquiry_report', [
    scaleId('litmas', n),
    current.id,
    child ? 'DIVERSION' : 'TRIAL',
    'Penyidik Polres',
    requestedAt,
    dueAt,
    officerId,
    submitted ? new Date(Date.parse(requestedAt) + rng.int(20, 70) * 3600_000).toISOString() : null,
    submitted ? 'Direkomendasikan pembimbingan oleh Bapas.' : null,
  ]);

  // A community-service order for some sentenced clients, with its placement and attendance.
  const orderChance = status === 'POST_ADJUDICATION' ? 0.4 : status === 'AFTERCARE' || status === 'CLOSED' ? 0.2 : 0;
  if (orderChance && rng.chance(orderChance)) {
    const kind = child ? 'PELAYANAN_MASYARAKAT' : 'KERJA_SOSIAL';
    const cap = child ? 3 : 8;
    const orderedHours = child ? rng.int(7, 120) : rng.int(1, 30) * 8;
    const orderStatus =
      status === 'POST_ADJUDICATION'
        ? rng.chance(0.75)
          ? 'ACTIVE'
          : 'PENDING_PLACEMENT'
        : pickWeighted(rng, [
            ['COMPLETED', 80],
            ['BREACHED', 10],
            ['REVOKED', 10],
          ] as const);
    const startDate =
      orderStatus === 'ACTIVE' || orderStatus === 'PENDING_PLACEMENT'
        ? addDays(today, -rng.int(1, 60))
        : addDays(today, -rng.int(200, 600));
    const deadline = addDays(startDate, 180);
    const orderId = scaleId('order', n);
    const [year] = startDate.split('-');
    emit('community_service_order', [
      orderId,
      clientId,
      current.id,
      district,
      kind,
      orderedHours,
      cap,
      startDate,
      deadline,
      `${n}/${child ? 'Pid.Sus-Anak' : 'Pid.B'}/${year}/PN Jmb`,
      orderStatus,
    ]);
    if (orderStatus !== 'PENDING_PLACEMENT') {
      const placementId = scaleId('placement', n);
      const site = rng.pick(child ? base.childSites : base.adultSites);
      const placementStatus = orderStatus === 'ACTIVE' ? 'ACTIVE' : orderStatus === 'COMPLETED' ? 'COMPLETED' : 'REVOKED';
      emit('placement', [
        placementId,
        orderId,
        site,
        'Pengawas Lokasi',
        startDate,
        null,
        placementStatus,
        kind,
        orderedHours,
        cap,
        startDate,
        deadline,
        child,
        district,
        initialsOf(fullName),
        clientId,
        officerId,
        district,
      ]);
      // Sessions on working days from the start: all the hours for a completed order, some so far otherwise.
      let remaining = orderStatus === 'COMPLETED' ? orderedHours : Math.floor(orderedHours * rng.next() * 0.6);
      let date = startDate;
      let k = 0;
      const last = addDays(today, -1);
      while (remaining > 0 && date <= last && k < 60) {
        date = addDays(date, weekday(date) === 6 ? 2 : 1);
        if (date > last) break;
        k += 1;
        const outcome = pickWeighted(rng, [
          ['ATTENDED', 90],
          ['ACCEPTABLE_ABSENCE', 6],
          ['UNACCEPTABLE_ABSENCE', 4],
        ] as const);
        const hours = outcome === 'ATTENDED' ? Math.min(cap, remaining) : 0;
        remaining -= hours;
        emit('attendance_record', [
          scaleId('attendance', n * 64 + k),
          placementId,
          date,
          hours,
          outcome,
          hours ? 'Membersihkan lingkungan' : null,
          wibInstant(date, 16, 0),
          'site.supervisor',
          outcome === 'ACCEPTABLE_ABSENCE' ? 'Sakit, dengan surat dokter' : null,
        ]);
      }
    }
  }

  // Referrals of children to DP3AP2KB; most are accepted and open a protection case.
  if (child && rng.chance(0.3)) {
    const referralId = scaleId('referral', n);
    const referralStatus = pickWeighted(rng, [
      ['OPEN', 40],
      ['CLOSED', 50],
      ['WITHDRAWN', 10],
    ] as const);
    const sentAt = wibInstant(addDays(registeredDate, rng.int(1, 30)), 10, 0);
    const sender = officerId ?? rng.pick(officers);
    const services = rng.chance(0.2) ? ['PSYCHOSOCIAL_SUPPORT', 'SHELTER'] : ['PSYCHOSOCIAL_SUPPORT'];
    const reason = 'Perlu pendampingan psikososial selama pembimbingan.';
    emit('referral', [referralId, clientId, 'DP3AP2KB', district, services, reason, sentAt, sender, referralStatus]);
    if (referralStatus !== 'WITHDRAWN' && rng.chance(0.8)) {
      const pcId = scaleId('pcase', 2 * n);
      const decidedAt = new Date(Date.parse(sentAt) + 2 * 86_400_000).toISOString();
      protectionCase(
        base,
        rng,
        2 * n,
        pcId,
        'IN_CONFLICT',
        clientId,
        fullName,
        male,
        birthDate,
        district,
        decidedAt,
        referralStatus === 'CLOSED',
        referralId,
        emit,
      );
      emit('referral_response', [
        scaleId('response', n),
        referralId,
        'ACCEPTED',
        'cm.tjb',
        decidedAt,
        null,
        pcId,
        { id: referralId, status: 'OPEN', districtCode: district, services, reason, sentAt },
      ]);
    }
  }

  // Child victims and witnesses (never linked to a Bapas client), about one for every ten clients.
  if (rng.chance(0.1)) {
    const victimMale = rng.chance(0.4);
    const name = personName(rng, victimMale);
    const age = rng.int(6, 17);
    const openedAt = wibInstant(addDays(today, -rng.int(1, 700)), 9, 30);
    const pcId = scaleId('pcase', 2 * n + 1);
    const victimBirth = addDays(today, -(age * 365 + rng.int(5, 360)));
    protectionCase(
      base,
      rng,
      2 * n + 1,
      pcId,
      rng.chance(0.85) ? 'VICTIM' : 'WITNESS',
      null,
      name,
      victimMale,
      victimBirth,
      district,
      openedAt,
      rng.chance(0.5),
      null,
      emit,
    );
    emit('child_identity', [
      pcId,
      name,
      victimBirth,
      `${rng.pick(STREETS)} No. ${rng.int(1, 120)}`,
      personName(rng, rng.chance(0.5)),
    ]);
  }
}

function protectionCase(
  base: ScaleBase,
  rng: Random,
  m: number,
  id: string,
  role: 'IN_CONFLICT' | 'VICTIM' | 'WITNESS',
  clientId: string | null,
  name: string,
  male: boolean,
  birthDate: string,
  district: string,
  openedAt: string,
  closed: boolean,
  referralId: string | null,
  emit: (table: string, values: readonly Value[]) => void,
): void {
  const caseworkers = base.caseworkersByDistrict.get(district) ?? base.allCaseworkers;
  const caseworker = rng.pick(caseworkers);
  const risk = pickWeighted(rng, [
    ['LOW', 50],
    ['MEDIUM', 35],
    ['HIGH', 15],
  ] as const);
  const age = Math.floor((Date.parse(base.today) - Date.parse(birthDate)) / (365.25 * 86_400_000));
  const status = closed
    ? 'CLOSED'
    : pickWeighted(rng, [
        ['INTAKE', 1],
        ['ASSESSMENT', 2],
        ['INTERVENTION', 4],
        ['MONITORING', 3],
      ] as const);
  emit('protection_case', [
    id,
    `PPA-${district}-${openedAt.slice(0, 4)}-${1_000_000 + m}`,
    role,
    clientId,
    initialsOf(name),
    male ? 'MALE' : 'FEMALE',
    ageBandFor(age),
    district,
    role === 'IN_CONFLICT' ? [] : [rng.pick(CONCERNS)],
    risk,
    status,
    caseworker,
    openedAt,
    closed ? new Date(Date.parse(openedAt) + rng.int(30, 200) * 86_400_000).toISOString() : null,
    referralId,
    risk === 'HIGH',
  ]);
  const services = rng.int(0, 4);
  for (let s = 0; s < services; s += 1) {
    const at = new Date(Date.parse(openedAt) + (s + 1) * 7 * 86_400_000).toISOString();
    emit('psychosocial_service', [
      scaleId('service', m * 8 + s),
      id,
      rng.pick(SERVICE_KINDS),
      at,
      caseworker,
      rng.chance(0.9),
      null,
      at,
    ]);
  }
}
