import { UsersService } from '../users/users.service';
import { newPasswordFromOperator } from './read-secret';
import { runCli } from './run-cli';

// Usage: npm run admin:reset-password -- <username>; sets a new password (DARI_ADMIN_PASSWORD or asked without
// echo) and enables the account again, e.g. one a production start disabled for its demo password.
void runCli(async (app) => {
  const [username] = process.argv.slice(2);
  if (!username) throw new Error('usage: npm run admin:reset-password -- <username>');
  const users = app.get(UsersService);
  if (!(await users.findByUsername(username))) throw new Error(`no user "${username}"`);
  await users.resetPassword(username, await newPasswordFromOperator());
  console.log(`password of "${username}" set; the account is enabled`);
});
