import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { ReactNode } from 'react';
import ClientPage from './pages/ClientPage';
import { Caseload } from './pages/Caseload';
import { SignIn } from './pages/SignIn';
import { UserErrors } from './components/ui';
import { AuthProvider } from './auth';

/** A urql client that answers every query with the given result (as the gateway would). */
function clientAnswering(result: { data?: unknown; error?: unknown }): Client {
  return {
    executeQuery: vi.fn(() => fromValue({ ...result, stale: false, hasNext: false })),
    executeMutation: vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
}

function withClient(client: Client, children: ReactNode) {
  return (
    <AuthProvider initialMode={{ mode: 'demo' }}>
      <Provider value={client}>{children}</Provider>
    </AuthProvider>
  );
}

const baseClient = {
  id: 'c1',
  registerNumber: 'BAPAS-JMB-2026-0019',
  displayName: 'S.P.F.',
  identityAccess: 'LIMITED',
  fullName: null,
  nik: null,
  birthDate: null,
  address: null,
  guardianName: null,
  sex: 'FEMALE',
  ageBand: 'AGE_13_17',
  category: 'CHILD_IN_CONFLICT',
  status: 'POST_ADJUDICATION',
  district: { code: '1507', name: 'Tanjung Jabung Barat' },
  officer: { id: 'o1', name: 'Abdul Rahman, S.Sos.' },
  cases: [],
  supervisionSessions: [],
  communityServiceOrders: [
    {
      id: 'order1',
      kind: 'PELAYANAN_MASYARAKAT',
      orderedHours: 40,
      maxHoursPerDay: 3,
      startDate: '2026-11-01',
      deadline: '2027-02-01',
      courtDecisionNumber: '12/Pid.Sus-Anak/2026/PN Klt',
      status: 'ACTIVE',
      legalBasis: 'UU 11/2012 (SPPA) Pasal 76',
      hoursCompleted: null,
      hoursRemaining: null,
      onTrack: null,
      breachSignal: null,
      unacceptableAbsences: null,
      placements: null,
    },
  ],
  referrals: [
    {
      id: 'r1',
      status: 'OPEN',
      services: ['PSYCHOSOCIAL_SUPPORT'],
      reason: 'Pendampingan',
      sentAt: '2026-11-20T03:00:00Z',
      withdrawnAt: null,
      withdrawalReason: null,
      response: null,
    },
  ],
  protectionCases: null,
};

describe('the client page', () => {
  it('says "tidak tersedia" for every part an agency did not answer, never "none"', () => {
    const outage = {
      graphQLErrors: [
        {
          message: 'Data penyedia lokasi kerja sosial sedang tidak tersedia; bagian lain dari jawaban tetap dikirim.',
          extensions: { code: 'AGENCY_UNAVAILABLE', agency: 'WORKSITES' },
        },
      ],
    };
    render(withClient(clientAnswering({ data: { client: baseClient }, error: outage }), <ClientPage id="c1" />));
    expect(screen.getByRole('heading', { level: 1, name: 'S.P.F.' })).toBeTruthy();
    // hours, on-track, placements and protection cases: four parts from two other agencies
    expect(screen.getAllByText('tidak tersedia').length).toBeGreaterThanOrEqual(4);
    expect(screen.queryByText('Tidak ada kasus perlindungan.')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('penyedia lokasi kerja sosial');
    expect(screen.getByText('Terbatas (inisial saja)')).toBeTruthy();
  });

  it('shows an empty state, not a crash, for a client the PK may not reach', () => {
    const refused = { graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] };
    render(withClient(clientAnswering({ data: { client: null }, error: refused }), <ClientPage id="other" />));
    expect(screen.getByText('Klien tidak ditemukan, atau tidak ditugaskan kepada Anda.')).toBeTruthy();
  });
});

describe('the caseload', () => {
  it('lists clients soonest deadline first and finds one by name or register number', () => {
    const nodes = [
      { ...baseClient, id: 'a', displayName: 'Wahyu Daulay', registerNumber: 'R-2', cases: [], communityServiceOrders: [] },
      {
        ...baseClient,
        id: 'b',
        displayName: 'Siti Putri',
        registerNumber: 'R-1',
        cases: [],
        communityServiceOrders: [{ id: 'o', status: 'ACTIVE', deadline: '2027-01-01', onTrack: false, breachSignal: true }],
      },
    ];
    render(withClient(clientAnswering({ data: { clients: { totalCount: 2, nodes } } }), <Caseload />));
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Siti Putri', 'Wahyu Daulay']);
    expect(screen.getByText('Sinyal pelanggaran')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Cari klien'), { target: { value: 'r-2' } });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Wahyu Daulay']);
  });
});

describe('a refusal', () => {
  it("shows the hub's message (in the dashboard's language, values and all) with the field and the article", () => {
    render(
      <UserErrors
        errors={[
          {
            code: 'HOURS_OUT_OF_RANGE',
            field: 'input.orderedHours',
            message: 'Pidana pelayanan masyarakat antara 7 dan 120 jam; yang diisi 500 jam.',
            article: 'SPPA Art. 76(3)',
          },
        ]}
      />,
    );
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('yang diisi 500 jam');
    expect(alert).toContain('input.orderedHours');
    expect(alert).toContain('SPPA Art. 76(3)');
  });
});

describe('the demo sign-in', () => {
  it('lists the demo users and keeps the token in session storage, never in the URL', async () => {
    const payload = btoa(JSON.stringify({ sub: 'pk.rahman', name: 'Abdul Rahman', roles: ['PK_OFFICER'], exp: 4_000_000_000 }));
    const token = `eyJhbGciOiJIUzI1NiJ9.${payload.replace(/=+$/, '')}.sig`;
    const fetchMock = vi.fn(async (url: string) =>
      url === '/auth/demo-users'
        ? new Response(JSON.stringify([{ username: 'pk.rahman', name: 'Abdul Rahman', roles: ['PK_OFFICER'], agency: 'BAPAS' }]))
        : new Response(JSON.stringify({ token })),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      render(
        <AuthProvider initialMode={{ mode: 'demo' }}>
          <SignIn />
        </AuthProvider>,
      );
      expect(screen.getByRole('heading', { name: 'Masuk sebagai' })).toBeTruthy();
      fireEvent.click(await screen.findByRole('button', { name: /pk\.rahman/ }));
      await waitFor(() => expect(sessionStorage.getItem('hub.session')).toBe(token));
      expect(fetchMock).toHaveBeenCalledWith('/auth/demo-token', expect.objectContaining({ method: 'POST' }));
      expect(window.location.href).not.toContain(token);
    } finally {
      vi.unstubAllGlobals();
      sessionStorage.clear();
    }
  });
});
