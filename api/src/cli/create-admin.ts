import { Role } from '../access/role.enum';
import { UsersService } from '../users/users.service';
import { newPasswordFromOperator } from './read-secret';
import { runCli } from './run-cli';

// Usage: npm run admin:create -- <username> ["Display name"]; the password is read from DARI_ADMIN_PASSWORD or
// asked without echo.
void runCli(async (app) => {
  const [username, displayName] = process.argv.slice(2);
  if (!username) throw new Error('usage: npm run admin:create -- <username> ["Display name"]');
  const users = app.get(UsersService);
  if (await users.findByUsername(username)) throw new Error(`user "${username}" already exists`);
  const password = await newPasswordFromOperator();
  await users.create({ username, password, displayName: displayName ?? username, roles: [{ role: Role.admin }] });
  console.log(`admin "${username}" created`);
});
