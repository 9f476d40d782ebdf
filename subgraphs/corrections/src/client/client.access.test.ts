import type { Viewer } from '@hub/auth';
import { canViewClientIdentity, clientListScope, initialsOf } from './client.access';

const viewer = (roles: Viewer['roles'], extra: Partial<Viewer> = {}): Viewer => ({
  userId: 'u',
  name: 'U',
  agency: 'BAPAS',
  roles,
  districts: ['1507'],
  ...extra,
});

describe('client identity access (SPPA Art. 19)', () => {
  it('gives the assigned PK the identity and another PK the limited view', () => {
    expect(canViewClientIdentity(viewer(['PK_OFFICER'], { officerId: 'a' }), { officerId: 'a' })).toBe(true);
    expect(canViewClientIdentity(viewer(['PK_OFFICER'], { officerId: 'b' }), { officerId: 'a' })).toBe(false);
    expect(canViewClientIdentity(viewer(['PK_OFFICER']), { officerId: null })).toBe(false);
  });

  it('gives the registrar, the prosecutor and work-site staff only the limited view', () => {
    for (const role of ['BAPAS_REGISTRAR', 'PROSECUTOR', 'SITE_SUPERVISOR', 'PROVIDER_ADMIN'] as const) {
      expect(canViewClientIdentity(viewer([role]), { officerId: 'a' })).toBe(false);
    }
  });

  it('lets analysts and auditors list no client at all', () => {
    expect(clientListScope(viewer(['ANALYST']))).toBeNull();
    expect(clientListScope(viewer(['AUDITOR']))).toBeNull();
  });

  it('shows initials in the limited view', () => {
    expect(initialsOf('Rizky  ananda Putra')).toBe('R.A.P.');
  });
});
