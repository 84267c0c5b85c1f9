// The app as a user reaches it, for the benches that measure over HTTP: `doithoai serve` in its
// own process on 127.0.0.1 over the bench's database (jobs off: reminders and deliveries are not
// what is measured), a staff account made for the bench and signed in through the real sign-in.
// `use({ base, cookie })` takes the measurements; the server is stopped after, whatever happens.
import net from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../packages/server/dist/config.js';
import { prepareDatabase } from '../packages/server/dist/bootstrap.js';
import { createStaffUser } from '../packages/server/dist/auth/users.js';

const PASSWORD = 'bench-password-2026';

export async function withServedApp(db, env, user, use) {
  const port = await new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const p = srv.address().port;
      srv.close(() => resolve(p));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', BASE_URL: base });
  const deps = await prepareDatabase(db, config);
  const known = await db.kysely
    .selectFrom('user')
    .select('id')
    .where('username', '=', user.username)
    .executeTakeFirst();
  if (!known) {
    await createStaffUser(db, deps.auth, {
      username: user.username,
      name: user.name,
      email: `${user.username}@example.invalid`,
      password: PASSWORD,
      grants: [{ role: user.role, unitId: user.unitId }],
    });
  }
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../packages/server/dist/bundle/main.js', import.meta.url)), 'serve'],
    {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: base,
        JOBS: 'off',
        LOGIN_RATE_MAX: '1000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode})`);
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 600) throw new Error('the server did not answer within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const signIn = await fetch(`${base}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ username: user.username, password: PASSWORD }),
    });
    if (signIn.status !== 200) throw new Error(`sign-in ${signIn.status} ${await signIn.text()}`);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return await use({ base, cookie });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  }
}
