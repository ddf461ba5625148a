import { createInterface } from 'node:readline/promises';
import { Role } from '../users/role.enum';
import { UsersService } from '../users/users.service';
import { runCli } from './run-cli';

// Usage: npm run admin:create -- <username> ["Display name"]; the password is read from DARI_ADMIN_PASSWORD or asked.
void runCli(async (app) => {
  const [username, displayName] = process.argv.slice(2);
  if (!username) throw new Error('usage: npm run admin:create -- <username> ["Display name"]');
  const password = process.env.DARI_ADMIN_PASSWORD ?? (await ask('Password (12+ characters): '));
  if (password.length < 12) throw new Error('the password must have at least 12 characters');
  const users = app.get(UsersService);
  if (await users.findByUsername(username)) throw new Error(`user "${username}" already exists`);
  await users.create({ username, password, displayName: displayName ?? username, roles: [{ role: Role.admin }] });
  console.log(`admin "${username}" created`);
});

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}
