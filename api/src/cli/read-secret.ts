import { DEMO_PASSWORD } from '../demo/demo-accounts';

/**
 * Asks for a password without echoing it. On a terminal the keys are read in raw mode and nothing is printed
 * back; from a pipe (`echo ... | docker compose exec -T app ...`) the first line is read.
 */
export async function readSecret(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  process.stderr.write(prompt);
  const secret = input.isTTY ? await readKeys(input) : await readLine(input);
  process.stderr.write('\n');
  return secret;
}

/** The new-password rules of the CLIs: 12 characters at least, and never the published demo password. */
export function checkNewPassword(password: string): void {
  if (password === DEMO_PASSWORD) throw new Error('the demo password is published: choose another');
  if (password.length < 12) throw new Error('the password must have at least 12 characters');
}

/** The password from DARI_ADMIN_PASSWORD, or asked twice on a terminal (once from a pipe). */
export async function newPasswordFromOperator(): Promise<string> {
  const password = process.env.DARI_ADMIN_PASSWORD ?? (await readSecret('Password (12+ characters): '));
  checkNewPassword(password);
  if (!process.env.DARI_ADMIN_PASSWORD && process.stdin.isTTY && (await readSecret('Repeat the password: ')) !== password) {
    throw new Error('the two passwords differ');
  }
  return password;
}

function readKeys(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let secret = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      if (error) reject(error);
      else resolve(secret);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    input.on('data', onData);
  });
}

function readLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    input.setEncoding('utf8');
    const onData = (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) finish();
    };
    const finish = () => {
      input.off('data', onData);
      input.off('end', finish);
      input.pause();
      resolve(text.split(/\r?\n/)[0]);
    };
    input.on('data', onData);
    input.once('end', finish);
    input.once('error', reject);
  });
}
