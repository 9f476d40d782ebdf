import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { ReactNode } from 'react';
import { AuthProvider, type Session } from '../../auth';
import CasePage from './CasePage';
import ReferralInbox from './ReferralInbox';
import {
  hasProtectionRole,
  isLinkedCaseworker,
  nextStages,
  referralAgeDays,
  wibInputToInstant,
  wibInputValue,
} from './protection';

// 2026-11-20 10:00 in Jakarta.
const now = new Date('2026-11-20T03:00:00Z');

describe('the DP3AP2KB helpers', () => {
  it('counts how long a referral has waited in Jakarta calendar days', () => {
    expect(referralAgeDays('2026-11-20T01:00:00Z', now)).toBe(0);
    // 23:30 WIB on the 19th is yesterday in Jakarta, though the same UTC day as "now".
    expect(referralAgeDays('2026-11-19T16:30:00Z', now)).toBe(1);
    expect(referralAgeDays('2026-11-10T03:00:00Z', now)).toBe(10);
    // A clock a little ahead never makes a negative age.
    expect(referralAgeDays('2026-11-21T03:00:00Z', now)).toBe(0);
  });

  it('offers the stages the subgraph allows by hand, none for a closed case (only reopening)', () => {
    expect(nextStages('INTAKE')).toEqual(['ASSESSMENT']);
    expect(nextStages('INTERVENTION')).toEqual(['MONITORING']);
    expect(nextStages('MONITORING')).toEqual(['INTERVENTION']);
    expect(nextStages('CLOSED')).toEqual([]);
  });

  it('reads a datetime-local value as WIB and writes one back, whatever the browser’s zone', () => {
    expect(wibInputToInstant('2026-11-20T10:05')).toBe('2026-11-20T03:05:00.000Z');
    expect(wibInputToInstant('2026-11-21T06:30')).toBe('2026-11-20T23:30:00.000Z');
    expect(wibInputToInstant('2026-11-20')).toBeNull();
    expect(wibInputToInstant('2026-13-40T10:00')).toBeNull();
    expect(wibInputValue(new Date('2026-11-20T18:15:00Z'))).toBe('2026-11-21T01:15');
    expect(wibInputToInstant(wibInputValue(now))).toBe(now.toISOString());
  });

  it('tells whether the account is linked to a caseworker record, from the token', () => {
    const token = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.s`;
    expect(isLinkedCaseworker({ token: token({ caseworker_id: 'cw1' }) } as Session)).toBe(true);
    expect(isLinkedCaseworker({ token: token({ roles: ['CASE_MANAGER'] }) } as Session)).toBe(false);
    expect(isLinkedCaseworker({ token: 'not a token' } as Session)).toBe(false);
    expect(isLinkedCaseworker(null)).toBe(false);
  });

  it('routes by the DP3AP2KB roles of the session', () => {
    const session = { roles: ['PSYCHOLOGIST'] } as Session;
    expect(hasProtectionRole(session, 'CASEWORKER', 'PSYCHOLOGIST')).toBe(true);
    expect(hasProtectionRole(session, 'CASE_MANAGER')).toBe(false);
    expect(hasProtectionRole(null, 'CASE_MANAGER')).toBe(false);
  });
});

function clientAnswering(result: { data?: unknown; error?: unknown }): Client {
  return {
    executeQuery: vi.fn(() => fromValue({ ...result, stale: false, hasNext: false })),
    executeMutation: vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
}

/** Signs the test in with the given roles (the token is decoded only for routing and display). */
function signedIn(roles: string[], children: ReactNode, client: Client, claims: Record<string, string> = {}) {
  const payload = btoa(JSON.stringify({ sub: 'u', name: 'U', roles, districts: ['1507'], exp: 4_000_000_000, ...claims }));
  sessionStorage.setItem('hub.session', `eyJhbGciOiJIUzI1NiJ9.${payload.replace(/=+$/, '')}.sig`);
  return (
    <AuthProvider initialMode={{ mode: 'demo' }}>
      <Provider value={client}>{children}</Provider>
    </AuthProvider>
  );
}

const baseCase = {
  id: 'pc1',
  caseNumber: 'PPA-1507-2026-0007',
  childRole: 'IN_CONFLICT',
  childAlias: 'R.A.',
  childSex: 'MALE',
  childAgeBand: 'AGE_13_17',
  childFullName: null,
  childBirthDate: null,
  childAddress: null,
  concerns: [],
  riskLevel: 'HIGH',
  status: 'INTERVENTION',
  openedAt: '2026-11-01T03:00:00Z',
  closedAt: null,
  closureReason: null,
  place: null,
  perpetratorRelationship: null,
  emergencyServices: true,
  clinicalNotesVisible: false,
  district: { code: '1507', name: 'Tanjung Jabung Barat' },
  caseworker: { id: 'cw1', name: 'Nadia Puspita, M.Psi., Psikolog', profession: 'PSYCHOLOGIST' },
  client: { id: 'c1', registerNumber: 'BAPAS-JMB-2026-0019', displayName: 'Rizki Aditya', identityAccess: 'FULL' },
  assessments: [],
  interventionPlan: null,
  services: [
    {
      id: 's1',
      kind: 'CLINICAL_PSYCHOLOGIST',
      deliveredAt: '2026-11-10T03:00:00Z',
      attended: true,
      clinicalNotes: null,
      provider: { name: 'Nadia Puspita, M.Psi., Psikolog', profession: 'PSYCHOLOGIST' },
    },
  ],
  history: [],
};

describe('the protection case page', () => {
  it('has no clinical-notes field at all for anyone but the assigned psychologist, not even an empty one', () => {
    const client = clientAnswering({ data: { protectionCase: baseCase } });
    render(signedIn(['CASEWORKER'], <CasePage id="pc1" />, client, { caseworker_id: 'cw2' }));
    expect(screen.getByRole('heading', { level: 1, name: 'PPA-1507-2026-0007 · R.A.' })).toBeTruthy();
    fireEvent.click(screen.getByText('Catat layanan psikososial'));
    expect(screen.getByLabelText('Jenis layanan')).toBeTruthy();
    expect(screen.queryByLabelText('Catatan klinis')).toBeNull();
    expect(screen.queryByText(/Catatan klinis/)).toBeNull();
    expect(screen.queryByTestId('clinical-notes')).toBeNull();
    // Only a psychologist records a clinical psychologist session; only the case manager assigns.
    expect(screen.queryByRole('option', { name: 'Psikolog klinis' })).toBeNull();
    expect(screen.queryByText('Tugaskan pendamping atau psikolog')).toBeNull();
    sessionStorage.clear();
  });

  it('offers the case manager assignment and planning, and no recording forms when the account is not a caseworker record', () => {
    render(signedIn(['CASE_MANAGER'], <CasePage id="pc1" />, clientAnswering({ data: { protectionCase: baseCase } })));
    expect(screen.getByText('Tugaskan pendamping atau psikolog')).toBeTruthy();
    expect(screen.getByText('Susun rencana intervensi')).toBeTruthy();
    expect(screen.queryByText('Catat layanan psikososial')).toBeNull();
    expect(screen.queryByText('Catat asesmen psikososial')).toBeNull();
    expect(screen.getAllByText(/dicatat oleh pendamping atau psikolog/).length).toBe(2);
    expect(screen.queryByText(/Catatan klinis/)).toBeNull();
    // Reopening is offered only for a closed case.
    expect(screen.queryByText('Buka kembali kasus')).toBeNull();
    sessionStorage.clear();
  });

  it('gives the assigned psychologist the notes box and the notes', () => {
    const mine = {
      ...baseCase,
      clinicalNotesVisible: true,
      services: [{ ...baseCase.services[0], clinicalNotes: 'Tidur membaik; kecemasan berkurang.' }],
    };
    render(
      signedIn(['PSYCHOLOGIST'], <CasePage id="pc1" />, clientAnswering({ data: { protectionCase: mine } }), {
        caseworker_id: 'cw1',
      }),
    );
    expect(screen.getByTestId('clinical-notes').textContent).toContain('Tidur membaik; kecemasan berkurang.');
    fireEvent.click(screen.getByText('Catat layanan psikososial'));
    expect(screen.getByLabelText(/Catatan klinis/)).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Psikolog klinis' })).toBeTruthy();
    expect(screen.queryByText('Tugaskan pendamping atau psikolog')).toBeNull();
    sessionStorage.clear();
  });

  it('lets the case manager reopen a closed case, shows the closure history, and offers no other change', () => {
    const closed = {
      ...baseCase,
      status: 'CLOSED',
      closedAt: '2026-11-15T03:00:00Z',
      closureReason: 'GOALS_MET',
      history: [
        {
          id: 'h1',
          kind: 'CLOSED',
          at: '2026-11-15T03:00:00Z',
          actorName: 'Herlina Harahap, S.Sos.',
          closureReason: 'GOALS_MET',
          note: 'Anak aman.',
        },
      ],
    };
    render(signedIn(['CASE_MANAGER'], <CasePage id="pc1" />, clientAnswering({ data: { protectionCase: closed } })));
    expect(screen.getByText('Buka kembali kasus')).toBeTruthy();
    expect(screen.getByTestId('history').textContent).toContain('Herlina Harahap');
    expect(screen.queryByText('Catat layanan psikososial')).toBeNull();
    expect(screen.queryByText('Tutup kasus')).toBeNull();
    sessionStorage.clear();
  });
});

describe('the referral inbox', () => {
  it("shows the child as the rules allow, the services asked, the reason and the referral's age, with accept and decline", () => {
    const referral = {
      id: 'r1',
      status: 'OPEN',
      services: ['PSYCHOSOCIAL_SUPPORT', 'FAMILY_SUPPORT'],
      reason: 'Butuh pendampingan psikososial.',
      sentAt: new Date(Date.now() - 4 * 86_400_000).toISOString(),
      sentBy: { name: 'Abdul Rahman, S.Sos.' },
      client: {
        id: 'c1',
        registerNumber: 'BAPAS-JMB-2026-0019',
        displayName: 'S.P.F.',
        identityAccess: 'LIMITED',
        identityAccessReason: 'The cooperation agreement for 1507 lapsed.',
        birthDate: null,
        sex: 'FEMALE',
        ageBand: 'AGE_13_17',
        category: 'CHILD_IN_CONFLICT',
        district: { name: 'Tanjung Jabung Barat' },
      },
      response: null,
    };
    const data = { incomingReferrals: { totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [referral] } };
    render(signedIn(['CASE_MANAGER'], <ReferralInbox />, clientAnswering({ data })));
    const item = screen.getByTestId('incoming-referral').textContent ?? '';
    expect(item).toContain('S.P.F.');
    expect(item).toContain('Terbatas (inisial saja)');
    expect(item).toContain('13–17 tahun');
    expect(item).toContain('Pendampingan psikososial, Dukungan keluarga');
    expect(item).toContain('Butuh pendampingan psikososial.');
    expect(item).toMatch(/menunggu [45] hari/);
    expect(screen.getByText('Terima rujukan')).toBeTruthy();
    expect(screen.getByText('Tolak rujukan')).toBeTruthy();
    sessionStorage.clear();
  });

  it('says "tidak tersedia" for a response DP3AP2KB did not give, and offers no answer then', () => {
    const referral = {
      id: 'r1',
      status: 'OPEN',
      services: ['HEALTH'],
      reason: 'Kesehatan.',
      sentAt: new Date().toISOString(),
      sentBy: { name: 'Abdul Rahman, S.Sos.' },
      client: {
        id: 'c1',
        registerNumber: 'R-1',
        displayName: 'Siti Putri',
        identityAccess: 'FULL',
        identityAccessReason: null,
        birthDate: '2010-05-01',
        sex: 'FEMALE',
        ageBand: 'AGE_13_17',
        category: 'CHILD_IN_CONFLICT',
        district: { name: 'Tanjung Jabung Barat' },
      },
      response: null,
    };
    const data = { incomingReferrals: { totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [referral] } };
    const outage = {
      graphQLErrors: [
        {
          message: 'Data DP3AP2KB sedang tidak tersedia',
          path: ['incomingReferrals', 'nodes', 0],
          extensions: { code: 'AGENCY_UNAVAILABLE', agency: 'CHILD_PROTECTION' },
        },
      ],
    };
    render(signedIn(['CASE_MANAGER'], <ReferralInbox />, clientAnswering({ data, error: outage })));
    expect(screen.getByText('tidak tersedia')).toBeTruthy();
    expect(screen.queryByText('Terima rujukan')).toBeNull();
    sessionStorage.clear();
  });
});
