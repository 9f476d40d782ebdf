import { addDays, daysBetween, litmasDueAt } from '@hub/reference';
import { createRandom, demoId, seedFrom } from './ids';
import type {
  DemoGuidancePlan,
  DemoGuidanceReport,
  DemoCapacityEvent,
  DemoUnder12Decision,
  DemoAgreement,
  DemoAttendance,
  DemoBreachReport,
  DemoCase,
  DemoCaseworker,
  DemoClient,
  DemoLitmas,
  DemoOfficer,
  DemoOrder,
  DemoPlacement,
  DemoProtectionCase,
  DemoReferral,
  DemoReferralResponse,
  DemoService,
  DemoUser,
  LitmasPurposeCode,
  LitmasRequesterCode,
  ServiceKindCode,
} from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant at a WIB (UTC+7) wall-clock time on an Asia/Jakarta date. */
function wib(date: string, hour: number, minute = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + hour * HOUR + minute * 60_000).toISOString();
}

const RECOMMENDATIONS = [
  'Diversi dengan pengembalian kepada orang tua dan pembimbingan oleh PK selama tiga bulan.',
  'Pidana pelayanan masyarakat di fasilitas pendidikan; anak tetap bersekolah.',
  'Pembimbingan di luar lembaga dengan wajib lapor dua minggu sekali.',
  'Pidana kerja sosial di fasilitas umum; klien mampu bekerja dan menyetujui setelah dijelaskan.',
  'Pendampingan psikososial oleh UPTD PPA dan penguatan pengasuhan keluarga.',
];

const CLINICAL_NOTES = [
  'Sesi ke-1: membangun rapport; anak tampak cemas, tidur terganggu sejak penangkapan. Rencana: psikoedukasi kecemasan.',
  'Sesi lanjutan: latihan relaksasi napas; keluhan tidur berkurang. Pantau sekolah bersama wali.',
  'Asesmen psikologis: tidak ada indikasi gangguan berat; kebutuhan utama dukungan keluarga.',
  'Sesi penutup: anak mampu menyebut strategi menghadapi tekanan teman sebaya; terminasi terencana.',
];

interface WorkflowInputs {
  today: string;
  users: readonly DemoUser[];
  officers: readonly DemoOfficer[];
  clients: readonly DemoClient[];
  cases: readonly DemoCase[];
  caseworkers: readonly DemoCaseworker[];
  protectionCases: readonly DemoProtectionCase[];
}

/**
 * The records that make every Bapas and DP3AP2KB workflow show data in the demo: Litmas requested,
 * due, overdue and submitted; referrals open, accepted (with services, some with clinical notes),
 * declined and withdrawn. Deterministic: ids by counter, dates relative to `today`.
 */
export function buildWorkflows(input: WorkflowInputs) {
  const referrals = buildReferrals(input);
  const referralResponses = buildResponses(input, referrals);
  return {
    socialInquiryReports: buildLitmas(input),
    referrals,
    referralResponses,
    services: buildServices(input),
  };
}

function buildLitmas({ today, clients, cases }: WorkflowInputs): DemoLitmas[] {
  const out: DemoLitmas[] = [];
  let preAdjudication = 0;
  const ago = (n: number) => addDays(today, -n);
  for (const client of clients) {
    if (!client.officerId) continue;
    const current = cases.filter((c) => c.clientId === client.id).at(-1);
    if (!current) continue;
    const rng = createRandom(seedFrom(`litmas:${client.id}`));
    const registered = client.registeredAt.slice(0, 10);
    const notBeforeRegistration = (date: string) => (date < registered ? registered : date);
    const add = (
      purpose: LitmasPurposeCode,
      requesterKind: LitmasRequesterCode,
      requester: string,
      requestedOn: string,
      submittedAfterHours: number | null,
    ) => {
      const requestedAt = wib(notBeforeRegistration(requestedOn), rng.int(8, 11), rng.int(0, 59));
      const due = litmasDueAt(purpose, requesterKind, new Date(requestedAt));
      const submittedAt =
        submittedAfterHours === null ? null : new Date(Date.parse(requestedAt) + submittedAfterHours * HOUR).toISOString();
      out.push({
        id: demoId('litmas', out.length + 1),
        caseId: current.id,
        purpose,
        requester,
        requesterKind,
        requestedAt,
        dueAt: due.dueAt.toISOString(),
        dueBasis: due.basis,
        officerId: client.officerId,
        submittedAt,
        recommendation: submittedAt ? RECOMMENDATIONS[rng.int(0, RECOMMENDATIONS.length - 1)]! : null,
      });
    };
    const police = 'Penyidik Unit PPA Polres, surat permintaan Litmas';
    switch (client.status) {
      case 'REGISTERED':
        add('DIVERSION', 'INVESTIGATOR', police, today, null);
        break;
      case 'PRE_ADJUDICATION': {
        // One of each: overdue, due within two days, submitted on time, submitted late.
        const variant = preAdjudication % 4;
        preAdjudication += 1;
        if (variant === 0) add('DIVERSION', 'INVESTIGATOR', police, ago(5), null);
        else if (variant === 1) add('DIVERSION', 'INVESTIGATOR', police, ago(2), null);
        else if (variant === 2) add('DIVERSION', 'INVESTIGATOR', police, ago(10), 50);
        else add('DIVERSION', 'INVESTIGATOR', police, ago(12), 90);
        break;
      }
      case 'ADJUDICATION': {
        const requested = ago(rng.int(2, 20));
        const open = daysBetween(requested, today) < 7;
        add(
          'TRIAL',
          'PROSECUTOR',
          'Kejaksaan Negeri, permintaan Litmas untuk persidangan',
          requested,
          open ? null : rng.int(48, 150),
        );
        break;
      }
      default:
        add('DIVERSION', 'INVESTIGATOR', police, registered, rng.int(20, 70));
    }
  }
  return out;
}

function buildReferrals({ clients, officers, protectionCases }: WorkflowInputs): DemoReferral[] {
  const byId = new Map(clients.map((c) => [c.id, c]));
  // Every child with a protection case was referred two days before DP3AP2KB opened it: OPEN while the case is.
  const accepted: DemoReferral[] = protectionCases
    .filter((pc) => pc.clientId)
    .map((pc, i) => {
      const client = byId.get(pc.clientId!)!;
      const officer = client.officerId ?? officers.find((o) => o.districtCode === client.districtCode)?.id ?? officers[0]!.id;
      return {
        id: demoId('referral', i + 1),
        clientId: client.id,
        districtCode: pc.districtCode,
        services: ['PSYCHOSOCIAL_SUPPORT', ...(pc.riskLevel === 'HIGH' ? (['SHELTER'] as const) : [])],
        reason: 'Perlu pendampingan psikososial selama pembimbingan (PKS Bapas Kelas I Jambi – DP3AP2KB Tanjung Jabung Barat).',
        sentAt: new Date(Date.parse(pc.openedAt) - 2 * DAY).toISOString(),
        sentByOfficerId: officer,
        status: pc.status === 'CLOSED' ? 'CLOSED' : 'OPEN',
        withdrawnAt: null,
        withdrawalReason: null,
      };
    });
  // Children of the first two PKs stay unreferred so that they can be referred by hand in the demo.
  const keepFree = new Set(officers.slice(0, 2).map((o) => o.id));
  const used = new Set(accepted.map((r) => r.clientId));
  const extra: DemoReferral[] = [];
  for (const districtCode of ['1507', '1571']) {
    for (const kind of ['OPEN', 'DECLINED', 'WITHDRAWN'] as const) {
      const client = clients.find(
        (c) =>
          !used.has(c.id) &&
          c.districtCode === districtCode &&
          c.category === 'CHILD_IN_CONFLICT' &&
          !!c.officerId &&
          !keepFree.has(c.officerId) &&
          ['PRE_ADJUDICATION', 'ADJUDICATION', 'POST_ADJUDICATION'].includes(c.status),
      );
      if (!client) throw new Error(`demo plan: no child left in ${districtCode} for a ${kind} referral`);
      used.add(client.id);
      const sentAt = new Date(Date.parse(client.registeredAt) + 3 * DAY).toISOString();
      extra.push({
        id: demoId('referral', accepted.length + extra.length + 1),
        clientId: client.id,
        districtCode,
        services:
          kind === 'OPEN' ? ['PSYCHOSOCIAL_SUPPORT', 'EDUCATION'] : kind === 'DECLINED' ? ['SHELTER'] : ['FAMILY_SUPPORT'],
        reason:
          kind === 'OPEN'
            ? 'Putus sekolah setelah penangkapan; perlu pendampingan psikososial dan dukungan pendidikan.'
            : kind === 'DECLINED'
              ? 'Membutuhkan rumah aman sementara selama proses persidangan.'
              : 'Konflik keluarga setelah penangkapan; perlu dukungan keluarga.',
        sentAt,
        sentByOfficerId: client.officerId!,
        status: kind === 'OPEN' ? 'OPEN' : kind === 'DECLINED' ? 'CLOSED' : 'WITHDRAWN',
        withdrawnAt: kind === 'WITHDRAWN' ? new Date(Date.parse(sentAt) + DAY).toISOString() : null,
        withdrawalReason: kind === 'WITHDRAWN' ? 'Keluarga pindah ke luar kabupaten; dirujuk ke layanan setempat.' : null,
      });
    }
  }
  return [...accepted, ...extra];
}

function buildResponses({ users, protectionCases }: WorkflowInputs, referrals: readonly DemoReferral[]): DemoReferralResponse[] {
  const managerOf = (districtCode: string) =>
    users.find((u) => u.roles.includes('CASE_MANAGER') && u.districts.includes(districtCode))?.username ?? 'cm';
  const linked = protectionCases.filter((pc) => pc.clientId);
  const out: DemoReferralResponse[] = [];
  referrals.forEach((referral, i) => {
    const pc = linked[i];
    if (pc && pc.clientId === referral.clientId) {
      out.push({
        id: demoId('referral-response', out.length + 1),
        referralId: referral.id,
        decision: 'ACCEPTED',
        decidedBy: managerOf(referral.districtCode),
        decidedAt: pc.openedAt,
        reason: null,
        protectionCaseId: pc.id,
      });
    } else if (referral.status === 'CLOSED') {
      out.push({
        id: demoId('referral-response', out.length + 1),
        referralId: referral.id,
        decision: 'DECLINED',
        decidedBy: managerOf(referral.districtCode),
        decidedAt: new Date(Date.parse(referral.sentAt) + 2 * DAY).toISOString(),
        reason: 'Rumah aman UPTD PPA penuh; dirujuk ke LPKS Dinas Sosial yang memiliki tempat.',
        protectionCaseId: null,
      });
    }
  });
  return out;
}

const SERVICES_BY_STATUS: Readonly<Record<DemoProtectionCase['status'], number>> = {
  INTAKE: 0,
  ASSESSMENT: 1,
  INTERVENTION: 3,
  MONITORING: 4,
  CLOSED: 5,
};

function buildServices({ today, caseworkers, protectionCases }: WorkflowInputs): DemoService[] {
  const out: DemoService[] = [];
  const byId = new Map(caseworkers.map((c) => [c.id, c]));
  for (const pc of protectionCases) {
    const provider = pc.caseworkerId ? byId.get(pc.caseworkerId) : undefined;
    if (!provider) continue;
    const rng = createRandom(seedFrom(`services:${pc.id}`));
    // High risk gets an emergency service even before assessment.
    const count = Math.max(SERVICES_BY_STATUS[pc.status], pc.riskLevel === 'HIGH' ? 1 : 0);
    const psychologist = provider.profession === 'PSYCHOLOGIST';
    const kinds: readonly ServiceKindCode[] = psychologist
      ? ['PSYCHOLOGICAL_ASSESSMENT', 'CLINICAL_PSYCHOLOGIST', 'CLINICAL_PSYCHOLOGIST', 'COUNSELLING', 'CLINICAL_PSYCHOLOGIST']
      : ['COUNSELLING', 'FAMILY_COUNSELLING', 'MEDIATION', 'ACCOMPANIMENT_POLICE_COURT', 'COUNSELLING'];
    const first = Date.parse(pc.openedAt) + DAY;
    const last = Math.min(pc.closedAt ? Date.parse(pc.closedAt) : Infinity, Date.parse(`${today}T00:00:00+07:00`) - HOUR);
    for (let k = 0; k < count; k += 1) {
      const at = first + ((last - first) * (k + 1)) / (count + 1);
      if (!(at > first && at < last)) continue;
      const kind = kinds[k % kinds.length]!;
      const attended = rng.chance(0.9);
      const clinical = psychologist && attended && (kind === 'CLINICAL_PSYCHOLOGIST' || kind === 'PSYCHOLOGICAL_ASSESSMENT');
      const deliveredAt = new Date(Math.round(at / 60_000) * 60_000).toISOString();
      out.push({
        id: demoId('service', out.length + 1),
        protectionCaseId: pc.id,
        kind,
        deliveredAt,
        providerId: provider.id,
        attended,
        clinicalNotes: clinical ? CLINICAL_NOTES[k % CLINICAL_NOTES.length]! : null,
        recordedAt: new Date(Date.parse(deliveredAt) + 2 * HOUR).toISOString(),
      });
    }
  }
  return out;
}

/**
 * Breach reports: every BREACHED order was reported by its PK after its unacceptable absences and
 * decided by the district's prosecutor (a replaced prison term or fine for adults, the hours repeated
 * for children); one active order in Tanjung Jabung Barat waits in the prosecutor's inbox.
 */
export function buildBreachReports(
  today: string,
  users: readonly DemoUser[],
  clients: readonly DemoClient[],
  orders: readonly DemoOrder[],
  attendance: readonly DemoAttendance[],
  placements: readonly DemoPlacement[],
): DemoBreachReport[] {
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const absencesOf = (orderId: string) => {
    const ids = new Set(placements.filter((p) => p.orderId === orderId).map((p) => p.id));
    return attendance
      .filter((a) => ids.has(a.placementId) && a.outcome === 'UNACCEPTABLE_ABSENCE')
      .map((a) => a.date)
      .sort();
  };
  const prosecutorOf = (districtCode: string) =>
    users.find((u) => u.roles.includes('PROSECUTOR') && u.districts.includes(districtCode))?.username ?? null;
  const out: DemoBreachReport[] = [];
  const report = (order: DemoOrder, dates: string[], decided: boolean) => {
    const client = clientById.get(order.clientId)!;
    const filedOn = addDays(dates[dates.length - 1]!, 1) < today ? addDays(dates[dates.length - 1]!, 1) : today;
    const decidedOn = addDays(filedOn, 5) < today ? addDays(filedOn, 5) : today;
    const child = order.kind === 'PELAYANAN_MASYARAKAT';
    const outcome = !decided
      ? null
      : child
        ? ('REPEAT_HOURS' as const)
        : order.replacedPrisonMonths
          ? ('SERVE_REPLACED_PRISON' as const)
          : ('PAY_REPLACED_FINE' as const);
    const amount =
      outcome === 'REPEAT_HOURS'
        ? Math.ceil(order.orderedHours / 2)
        : outcome === 'SERVE_REPLACED_PRISON'
          ? order.replacedPrisonMonths
          : outcome === 'PAY_REPLACED_FINE'
            ? order.replacedFineRupiah
            : null;
    out.push({
      id: demoId('breach-report', out.length + 1),
      orderId: order.id,
      districtCode: client.districtCode,
      filedByOfficerId: client.officerId!,
      filedAt: wib(filedOn, 10),
      unacceptableAbsences: dates.length,
      absenceDates: dates,
      reasons: `Tidak hadir tanpa alasan yang sah pada ${dates.length} hari; sudah ditegur oleh PK dan pengawas lokasi, tidak ada surat keterangan.`,
      status: decided ? 'DECIDED' : 'FILED',
      outcome,
      legalBasis:
        outcome === null
          ? null
          : child
            ? 'SPPA Art. 76(2)'
            : outcome === 'SERVE_REPLACED_PRISON'
              ? 'KUHP Art. 85(7)(b)'
              : 'KUHP Art. 85(7)(c)',
      amount,
      decisionReference: decided ? `B-${100 + out.length}/L.5.14/Eku.3/${filedOn.slice(0, 4)}` : null,
      outcomeNotes: decided ? 'Diputuskan setelah klarifikasi dengan PK dan terpidana.' : null,
      decidedBy: decided ? prosecutorOf(client.districtCode) : null,
      decidedAt: decided ? wib(decidedOn, 14) : null,
    });
  };
  for (const order of orders.filter((o) => o.status === 'BREACHED')) {
    const dates = absencesOf(order.id);
    if (dates.length) report(order, dates, true);
  }
  const pending = orders.find(
    (o) => o.status === 'ACTIVE' && clientById.get(o.clientId)!.districtCode === '1507' && absencesOf(o.id).length > 0,
  );
  if (pending) report(pending, absencesOf(pending.id), false);
  return out;
}

/**
 * The cooperation agreements. The first is the PKS of 3 December 2025 (DOMAIN.md §1; its number,
 * term and signatories' names are synthetic); the second, for Kota Jambi, is demo data showing that
 * another district is a row, not code.
 */
export function buildAgreements(users: readonly DemoUser[]): DemoAgreement[] {
  const head = users.find((u) => u.roles.includes('BAPAS_HEAD'))!;
  const bapas = { agency: 'BAPAS', name: 'Balai Pemasyarakatan Kelas I Jambi', districtCode: null };
  const sharing = (districtName: string): DemoAgreement['dataSharing'] => [
    {
      fromAgency: 'BAPAS',
      toAgency: 'DP3AP2KB',
      data: ['REFERRAL', 'CLIENT_IDENTITY'],
      purpose: `Rujukan anak klien Bapas untuk pendampingan psikososial dan perlindungan oleh DP3AP2KB ${districtName}.`,
    },
    {
      fromAgency: 'DP3AP2KB',
      toAgency: 'BAPAS',
      data: ['SERVICE_STATUS'],
      purpose: 'Status layanan dan jumlah layanan bagi anak yang dirujuk, untuk pembimbingan oleh PK.',
    },
    {
      fromAgency: 'BAPAS',
      toAgency: 'DP3AP2KB',
      data: ['AGGREGATE_STATISTICS'],
      purpose: 'Monitoring dan evaluasi bersama.',
    },
  ];
  const services = [
    'PEMBIMBINGAN',
    'PENDAMPINGAN_PSIKOSOSIAL',
    'PERLINDUNGAN_ANAK',
    'LOKASI_KERJA_SOSIAL',
    'PENGAWASAN_DAN_PENDAMPINGAN_LAPANGAN',
    'PENINGKATAN_KAPASITAS',
    'MONITORING_EVALUASI',
  ];
  return [
    {
      id: demoId('agreement', 1),
      number: 'PKS/BAPAS-JMB/DP3AP2KB-TJB/XII/2025 (nomor demo)',
      title:
        'Perjanjian Kerja Sama Bapas Kelas I Jambi dan DP3AP2KB Kabupaten Tanjung Jabung Barat tentang pembimbingan, pendampingan psikososial dan perlindungan ABH serta persiapan pelaksanaan pidana kerja sosial',
      signedOn: '2025-12-03',
      effectiveFrom: '2025-12-03',
      effectiveUntil: '2028-12-02',
      terminatedOn: null,
      terminationReason: null,
      districtCodes: ['1507'],
      parties: [bapas, { agency: 'DP3AP2KB', name: 'DP3AP2KB Kabupaten Tanjung Jabung Barat', districtCode: '1507' }],
      signatories: [
        { name: head.name, position: 'Kepala Bapas Kelas I Jambi', agency: 'BAPAS' },
        {
          name: 'Hj. Rosmaniar Lubis, S.Sos., M.Si.',
          position: 'Kepala DP3AP2KB Kabupaten Tanjung Jabung Barat',
          agency: 'DP3AP2KB',
        },
      ],
      services,
      dataSharing: sharing('Kabupaten Tanjung Jabung Barat'),
    },
    {
      id: demoId('agreement', 2),
      number: 'DEMO/PKS/1571/2026',
      title: 'Perjanjian Kerja Sama Bapas Kelas I Jambi dan DP3AP2KB Kota Jambi (data demo)',
      signedOn: '2026-02-10',
      effectiveFrom: '2026-02-10',
      effectiveUntil: '2029-02-09',
      terminatedOn: null,
      terminationReason: null,
      districtCodes: ['1571'],
      parties: [bapas, { agency: 'DP3AP2KB', name: 'DP3AP2KB Kota Jambi', districtCode: '1571' }],
      signatories: [
        { name: head.name, position: 'Kepala Bapas Kelas I Jambi', agency: 'BAPAS' },
        { name: 'Drs. Syafruddin Nasution', position: 'Kepala DP3AP2KB Kota Jambi', agency: 'DP3AP2KB' },
      ],
      services,
      dataSharing: sharing('Kota Jambi'),
    },
  ];
}

/** Two decisions for children under 12 (synthetic): one returned to the parents, one in an LPKS programme under review. */
export function buildUnder12Decisions(today: string, users: readonly DemoUser[]): DemoUnder12Decision[] {
  const pk = users.find((u) => u.username === 'pk.fadli') ?? users.find((u) => u.roles.includes('PK_OFFICER'))!;
  const decided = addDays(today, -40);
  return [
    {
      id: demoId('under12-decision', 1),
      childFullName: 'Bayu Pratama Simanjuntak',
      childBirthDate: addDays(today, -(11 * 365 + 120)),
      sex: 'MALE',
      guardianName: 'Rusdi Simanjuntak',
      districtCode: '1507',
      offenseDate: addDays(today, -50),
      offenseDescription: 'Diduga mengambil telepon genggam milik tetangga bersama dua teman sebaya.',
      investigator: 'Aipda Rahmat Hidayat, Unit PPA Polres Tanjung Jabung Barat',
      officerId: pk.officerId!,
      socialWorker: 'Herawati Pohan, S.Tr.Sos. (Peksos Dinas Sosial)',
      decidedOn: decided,
      outcome: 'PROGRAMME',
      institution: 'LPKS Dinas Sosial Kabupaten Tanjung Jabung Barat',
      programmeMonths: 3,
      reviewOn: addDays(decided, 60),
      recordedBy: pk.username,
      recordedAt: wib(decided, 15),
    },
    {
      id: demoId('under12-decision', 2),
      childFullName: 'Salsabila Nur Aini',
      childBirthDate: addDays(today, -(10 * 365 + 30)),
      sex: 'FEMALE',
      guardianName: 'Siti Aminah',
      districtCode: '1507',
      offenseDate: addDays(today, -100),
      offenseDescription: 'Diduga merusak kaca jendela sekolah saat bertengkar dengan teman.',
      investigator: 'Bripka Yusuf Efendi, Unit PPA Polres Tanjung Jabung Barat',
      officerId: pk.officerId!,
      socialWorker: 'Ridho Alamsyah, S.Sos. (Peksos Dinas Sosial)',
      decidedOn: addDays(today, -95),
      outcome: 'RETURN_TO_PARENTS',
      institution: null,
      programmeMonths: null,
      reviewOn: null,
      recordedBy: pk.username,
      recordedAt: wib(addDays(today, -95), 11),
    },
  ];
}

/** Capacity-building and socialisation events under the agreement, at fixed distances from `today`. */
export function buildCapacityEvents(today: string): DemoCapacityEvent[] {
  const event = (
    n: number,
    daysAgo: number,
    agency: string,
    kind: DemoCapacityEvent['kind'],
    title: string,
    participants: number,
  ) => ({
    id: demoId('capacity-event', n),
    heldOn: addDays(today, -daysAgo),
    agency,
    districtCode: '1507',
    kind,
    title,
    participants,
  });
  return [
    event(1, 150, 'BAPAS', 'SOCIALISATION', 'Sosialisasi pidana kerja sosial bagi penyedia lokasi di Kuala Tungkal', 42),
    event(2, 90, 'DP3AP2KB', 'TRAINING', 'Pelatihan pendampingan psikososial ABH bagi PK dan pendamping UPTD PPA', 28),
    event(3, 30, 'BAPAS', 'EVALUATION_MEETING', 'Rapat monitoring dan evaluasi bersama PKS triwulan', 15),
  ];
}

/**
 * Guidance plans with a reporting duty every 14 days for clients under guidance after judgment; each
 * PK's first such client missed the latest reporting day, so the missed list has data.
 */
export function buildGuidance(today: string, clients: readonly DemoClient[]) {
  const plans: DemoGuidancePlan[] = [];
  const reports: DemoGuidanceReport[] = [];
  const missedFor = new Set<string>();
  for (const client of clients) {
    if (!client.officerId || !['POST_ADJUDICATION', 'AFTERCARE'].includes(client.status)) continue;
    const plan: DemoGuidancePlan = {
      id: demoId('guidance-plan', plans.length + 1),
      clientId: client.id,
      officerId: client.officerId,
      startsOn: addDays(today, -70),
      endsOn: addDays(today, 110),
      reportEveryDays: 14,
      goals: 'Bersekolah atau bekerja secara teratur, menjauhi kelompok sebaya berisiko, dan hadir wajib lapor.',
    };
    plans.push(plan);
    const due: string[] = [];
    for (let d = addDays(plan.startsOn, 14); d < today; d = addDays(d, 14)) due.push(d);
    const missLast = !missedFor.has(client.officerId);
    missedFor.add(client.officerId);
    due.forEach((d, i) => {
      if (missLast && i === due.length - 1) return;
      reports.push({
        id: demoId('guidance-report', reports.length + 1),
        planId: plan.id,
        dueOn: d,
        reportedOn: d,
        mode: i % 3 === 2 ? 'HOME_VISIT' : 'OFFICE',
      });
    });
  }
  return { guidancePlans: plans, guidanceReports: reports };
}
