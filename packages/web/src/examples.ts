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
