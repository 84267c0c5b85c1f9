// `doithoai serve`: migrate, load the demo commune into an empty database, listen, and tell the
// person at the keyboard where to go and how to sign in.
import { sql } from 'kysely';
import { bootstrap } from './bootstrap.js';
import type { Config } from './config.js';
import { demoLoginsText, isEmpty, loadDemo } from './demo/load-demo.js';
import { buildApp } from './http/app.js';
import { stopOnSignals } from './shutdown.js';

export async function serve(config: Config, options: { demo?: boolean } = {}) {
  const started = performance.now();
  const deps = await bootstrap(config);
  let demoLoaded = false;
  if (options.demo !== false && (await isEmpty(deps.db))) {
    // The first run's only wait (about 3 s): say what is happening.
    process.stdout.write(
      'Lần chạy đầu: đang nạp xã mẫu Sơn Giang / first run: loading the demo commune\n',
    );
    await loadDemo(deps.db, deps.auth, (step, of, what) =>
      process.stdout.write(
        `  ${step}/${of} ${what.vi} / ${what.en} (${Math.round(performance.now() - started)} ms)\n`,
      ),
    );
    demoLoaded = true;
  }
  // The demo logins are printed only where they work: a deployment's own database (or a generated
  // province) has none of them.
  const demoUsers =
    demoLoaded ||
    (
      await sql<{ id: string }>`select id from "user" where username = ${'vanphong'}`.execute(
        deps.db.kysely,
      )
    ).rows.length > 0;
  const app = await buildApp(deps, { logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Đối Thoại đang chạy / is running: ${url}`,
    `Cơ sở dữ liệu / database: ${deps.db.dialect} (${deps.db.location})${demoLoaded ? ' — đã nạp xã mẫu Sơn Giang / demo commune loaded' : ''}`,
    demoUsers
      ? demoLoginsText()
      : "Đăng nhập bằng tài khoản của đơn vị / sign in with your unit's accounts",
    `Sẵn sàng sau / ready after ${Math.round(performance.now() - started)} ms. Ctrl+C để dừng / to stop.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  stopOnSignals(app, deps.db); // SIGTERM: stop accepting, finish what is in hand, exit 0 (shutdown.ts)
  return app;
}
