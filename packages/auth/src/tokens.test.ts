import { createTokenVerifier, mintToken, secretsEqual } from './tokens';

const settings = { hs256Secret: 'unit-test-secret-0123456789abcdef0123', issuer: 'jambi-abh-hub', audience: 'jambi-abh-hub' };
const claims = {
  sub: 'pk.test',
  name: 'PK Test',
  agency: 'BAPAS' as const,
  roles: ['PK_OFFICER' as const],
  districts: ['1507'],
  officer_id: 'o-1',
};

describe('tokens', () => {
  it('turns a valid token into a viewer with its record id', async () => {
    const token = await mintToken(claims, { secret: settings.hs256Secret, issuer: settings.issuer, audience: settings.audience });
    await expect(createTokenVerifier(settings).verify(token)).resolves.toMatchObject({
      userId: 'pk.test',
      roles: ['PK_OFFICER'],
      districts: ['1507'],
      officerId: 'o-1',
    });
  });

  it('refuses a token for another audience', async () => {
    const token = await mintToken(claims, { secret: settings.hs256Secret, issuer: settings.issuer, audience: 'someone-else' });
    await expect(createTokenVerifier(settings).verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired token', async () => {
    const token = await mintToken(claims, { ...settings, secret: settings.hs256Secret, expiresIn: '-1m' });
    await expect(createTokenVerifier(settings).verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('drops roles the hub does not know instead of trusting them', async () => {
    const token = await mintToken(
      { ...claims, roles: ['PK_OFFICER', 'SUPERUSER' as never] },
      { ...settings, secret: settings.hs256Secret },
    );
    await expect(createTokenVerifier(settings).verify(token)).resolves.toMatchObject({ roles: ['PK_OFFICER'] });
  });

  it('compares secrets exactly', () => {
    expect(secretsEqual('a-secret', 'a-secret')).toBe(true);
    expect(secretsEqual('a-secreT', 'a-secret')).toBe(false);
    expect(secretsEqual(undefined, 'a-secret')).toBe(false);
  });
});
