/** Example operations the explorer opens with, per role (each runs as is against the demo data). */
export const EXAMPLES: Record<string, { title: string; query: string }[]> = {
  PK_OFFICER: [
    {
      title: 'Klien saya',
      query: `# Klien saya: tenggat Litmas, diversi dan jam kerja sosial
query MyClients {
  clients(first: 20) {
    totalCount
    nodes {
      registerNumber
      displayName
      cases { caseNumber diversion { status startBy deadline } socialInquiryReports { purpose dueAt overdue submittedAt } }
      communityServiceOrders { kind orderedHours hoursCompleted hoursRemaining onTrack breachSignal }
      referrals { status response { decision protectionCase { serviceCount } } }
    }
  }
}`,
    },
    {
      title: 'Litmas jatuh tempo',
      query: `query DueLitmas {
  socialInquiryReportsDue(dueWithinHours: 72) { purpose requester dueAt overdue }
}`,
    },
  ],
  BAPAS_HEAD: [
    {
      title: 'Beban kerja kantor',
      query: `query Workload {
  officeWorkload {
    officers { officer { name } activeCaseload overdueSocialInquiryReports }
    ordersByStatus { status count }
    diversionDeadlines { caseNumber diversion { status startBy deadline } }
  }
}`,
    },
  ],
  PROSECUTOR: [
    {
      title: 'Putusan kerja sosial',
      query: `query DistrictOrders {
  communityServiceOrders(first: 20) {
    nodes { courtDecisionNumber kind status orderedHours hoursCompleted hoursRemaining onTrack breachSignal
      client { registerNumber displayName } }
  }
}`,
    },
  ],
  AUDITOR: [
    {
      title: 'Log akses Bapas',
      query: `query AccessLog {
  correctionsAccessLog(first: 20) {
    totalCount
    nodes { at actor role subjectType subjectId fields operation }
  }
}`,
    },
  ],
  ANALYST: [
    {
      title: 'Statistik',
      query: `# Angka 1-4 disembunyikan (suppressed)
query Statistics {
  correctionsStatistics { total totalSuppressed byCategory { cells { label count suppressed } } }
  workSiteStatistics { placements activeSites capacity capacityInUse }
}`,
    },
    {
      title: 'Klien satu kabupaten',
      query: `# Klien Bapas di Tanjung Jabung Barat (1507) menurut kategori, umur dan jenis kelamin.
# count null + suppressed true = 1-4, tampilkan sebagai "< 5"; angka lain dibulatkan ke kelipatan 5.
query ClientsInDistrict {
  correctionsStatistics(filter: { districtCode: "1507" }) {
    threshold
    total
    totalSuppressed
    byCategory { cells { key count suppressed } }
    byAgeBand { cells { key count suppressed } }
    bySex { cells { key count suppressed } }
  }
}`,
    },
    {
      title: 'Kasus perlindungan (SIMFONI-PPA)',
      query: `# Kasus DP3AP2KB menurut jenis kekerasan, risiko dan peran anak.
# Satu kasus dengan beberapa jenis kekerasan dihitung di setiap jenisnya.
query ProtectionCases {
  childProtectionStatistics {
    total
    totalSuppressed
    byViolenceType { cells { key count suppressed } }
    byRiskLevel { cells { key count suppressed } }
    byChildRole { cells { key count suppressed } }
  }
}`,
    },
    {
      title: 'Jam kerja sosial per jenis lokasi',
      query: `# Penempatan dan jam terlaksana (value) per jenis lokasi; jam disembunyikan bersama jumlahnya.
query HoursBySiteKind {
  workSiteStatistics {
    placements
    placementsSuppressed
    capacityInUse
    bySiteKind { cells { key count value suppressed } }
    byDistrict { cells { label count value suppressed } }
  }
}`,
    },
    {
      title: 'Pemantauan bersama PKS',
      query: `# Bagian Bapas dalam monitoring dan evaluasi bersama, per kabupaten/kota dan triwulan, dengan CSV.
query JointMonitoring {
  cooperationStatistics(year: 2026) {
    threshold
    quarters {
      districtCode
      quarter
      referralsSent
      referralsByStatus { cells { key count suppressed } }
      ordersByStatus { cells { key count suppressed } }
      breachReports { cells { key count suppressed } }
    }
    csv
  }
}`,
    },
  ],
  PROVIDER_ADMIN: [
    {
      title: 'Lokasi kami',
      query: `# Lokasi penyedia Anda: kapasitas, tempat terisi dan jadwal mingguan.
query OurSites {
  workSites(first: 50) {
    totalCount
    nodes {
      name
      kind
      active
      capacity
      activePlacements
      childSuitable
      availability { weekday startTime endTime }
      district { name }
    }
  }
}`,
    },
  ],
  CASE_MANAGER: [
    {
      title: 'Rujukan masuk',
      query: `query Inbox {
  incomingReferrals(first: 20, filter: { status: OPEN }) {
    nodes { id services reason sentAt client { registerNumber displayName } }
  }
}`,
    },
  ],
};

/** The examples for a session's roles; a generic one when the role has none. */
export function examplesFor(roles: string[]): { title: string; query: string }[] {
  const list = roles.flatMap((r) => EXAMPLES[r] ?? []);
  return list.length > 0 ? list : [{ title: 'Contoh', query: '{ __typename }' }];
}
