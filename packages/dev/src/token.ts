/**
 * `npm run token -- <user>` prints a demo token for one demo user;
 * `npm run token -- --list [--json]` lists the demo users with their roles, agency and districts.
 */
import { loadDevConfig } from '@hub/config';
import { claimsOfUser, mintToken } from '@hub/auth';
import { demoUsers, type DemoUser } from '@hub/demo';
import { DEMO_AUDIENCE, DEMO_ISSUER, loadOrCreateSecrets } from './secrets';

/** A table of the demo users, one per line. */
export function userTable(users: DemoUser[]): string {
  const rows = users.map((u) => [u.username, u.roles.join(','), u.agency, u.districts.join(',') || '-', u.name]);
  const header = ['USER', 'ROLES', 'AGENCY', 'DISTRICTS', 'NAME'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const users = demoUsers();
  if (args.includes('--list')) {
    process.stdout.write(
      args.includes('--json')
        ? `${JSON.stringify(
            users.map((u) => ({ username: u.username, name: u.name, roles: u.roles, agency: u.agency, districts: u.districts })),
            null,
            2,
          )}\n`
        : `${userTable(users)}\n`,
    );
    return;
  }
  const username = args.find((a) => !a.startsWith('-'));
  const user = users.find((u) => u.username === username);
  if (!user) {
    process.stderr.write(
      `${username ? `No demo user "${username}".` : 'Name a demo user.'} Usage: npm run token -- <user>; npm run token -- --list shows them.\n`,
    );
    process.exit(2);
  }
  const config = loadDevConfig();
  const secrets = loadOrCreateSecrets(config.dataDir);
  const token = await mintToken(claimsOfUser(user), { secret: secrets.authSecret, issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE });
  process.stdout.write(`${token}\n`);
}

if (require.main === module) void main();
