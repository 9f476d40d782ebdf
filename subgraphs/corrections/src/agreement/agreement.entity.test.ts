import { agreementStatusOn, allowsSharing, sharingRefusal, type CooperationAgreement } from './agreement.entity';

const pks = {
  number: 'PKS-1',
  effectiveFrom: '2025-12-03',
  effectiveUntil: '2028-12-02',
  terminatedOn: null,
  districtCodes: ['1507'],
  dataSharing: [{ fromAgency: 'BAPAS', toAgency: 'DP3AP2KB', data: ['CLIENT_IDENTITY'], purpose: 'p' }],
} as unknown as CooperationAgreement;

describe('cooperation agreements as data', () => {
  it('is in force from its first to its last day, on both sides of each line', () => {
    expect(agreementStatusOn(pks, '2025-12-02')).toBe('NOT_YET_IN_FORCE');
    expect(agreementStatusOn(pks, '2025-12-03')).toBe('IN_FORCE');
    expect(agreementStatusOn(pks, '2028-12-02')).toBe('IN_FORCE');
    expect(agreementStatusOn(pks, '2028-12-03')).toBe('LAPSED');
    const ended = { ...pks, terminatedOn: '2026-06-01' } as CooperationAgreement;
    expect(agreementStatusOn(ended, '2026-05-31')).toBe('IN_FORCE');
    expect(agreementStatusOn(ended, '2026-06-01')).toBe('TERMINATED');
  });

  it('allows identity sharing only in force, in a covered district, for the data it names', () => {
    expect(allowsSharing(pks, '2026-01-01', 'BAPAS', 'DP3AP2KB', 'CLIENT_IDENTITY', '1507')).toBe(true);
    expect(allowsSharing(pks, '2026-01-01', 'BAPAS', 'DP3AP2KB', 'CLIENT_IDENTITY', '1571')).toBe(false);
    expect(allowsSharing(pks, '2026-01-01', 'DP3AP2KB', 'BAPAS', 'CLIENT_IDENTITY', '1507')).toBe(false);
    expect(allowsSharing(pks, '2026-01-01', 'BAPAS', 'DP3AP2KB', 'ORDER_PROGRESS', '1507')).toBe(false);
    expect(allowsSharing(pks, '2028-12-03', 'BAPAS', 'DP3AP2KB', 'CLIENT_IDENTITY', '1507')).toBe(false);
  });

  it('says why sharing stopped: lapsed, terminated, or no agreement for the district', () => {
    expect(sharingRefusal([pks], '2026-01-01', '1507')).toBeNull();
    expect(sharingRefusal([pks], '2028-12-03', '1507')).toContain('PKS-1 lapsed after 2028-12-02');
    expect(sharingRefusal([{ ...pks, terminatedOn: '2026-06-01' } as CooperationAgreement], '2026-06-01', '1507')).toContain(
      'terminated on 2026-06-01',
    );
    expect(sharingRefusal([pks], '2026-01-01', '1571')).toContain('No cooperation agreement');
    // A later agreement for the same district restores the sharing: data, not code.
    const renewed = { ...pks, number: 'PKS-2', effectiveFrom: '2028-12-03', effectiveUntil: null } as CooperationAgreement;
    expect(sharingRefusal([pks, renewed], '2028-12-03', '1507')).toBeNull();
  });
});
