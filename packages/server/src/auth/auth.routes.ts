// Passes /api/auth/* to better-auth as a web Request, and puts its refusals into our error
// shape (Vietnamese first): a wrong password is 401 INVALID_CREDENTIALS, too many tries 429.
// Around the sign-in: the lockout counted in the database (per username and per address,
// auth/sign-in-throttle.ts), and rotation — a sign-in made with a session cookie ends that
// older session, so a session fixed before sign-in never becomes a signed-in one.
import { DomainError, pickLang } from '@doithoai/core';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import { securitySettingsOf, type Auth } from './auth.js';
import { sessionChanged } from './session-cache.js';
import { revokeSessionById } from './session-store.js';
import {
  addressKey,
  clearFailures,
  lockedFor,
  recordFailure,
  usernameKey,
} from './sign-in-throttle.js';
import type { Db } from '../db/open-database.js';
import { errorBody } from '../http/error-handler.js';

function lockedError(seconds: number) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError('RATE_LIMITED', {
    vi: `Đăng nhập sai nhiều lần: tạm khóa, vui lòng thử lại sau ${minutes} phút`,
    en: `Too many failed sign-ins: locked, try again in ${minutes} minute(s)`,
  });
}

export function registerAuthRoutes(app: FastifyInstance, auth: Auth, db: Db) {
  const lockout = securitySettingsOf(auth).lockout;
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const lang = pickLang(request.headers['accept-language']);
      const signIn = request.method === 'POST' && url.pathname.startsWith('/api/auth/sign-in');
      // The second step of a sign-in with TOTP: locked and counted per address (no username here).
      const codeCheck =
        request.method === 'POST' && url.pathname.startsWith('/api/auth/two-factor/verify');
      const username = signIn
        ? String((request.body as { username?: unknown } | undefined)?.username ?? '')
        : '';
      const keys = signIn
        ? [...(username ? [usernameKey(username)] : []), addressKey(request.ip)]
        : codeCheck
          ? [addressKey(request.ip)]
          : [];
      if (keys.length > 0) {
        const locked = await lockedFor(db, keys);
        if (locked > 0) {
          reply.header('retry-after', String(locked));
          return reply.status(429).send(errorBody(lockedError(locked), lang));
        }
      }
      const better = await auth.instance();
      const previous = signIn
        ? await better.api
            .getSession({ headers: fromNodeHeaders(request.headers) })
            .catch(() => null)
        : null;

      const headers = new Headers();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value === undefined || key === 'x-client-ip') continue;
        headers.set(key, Array.isArray(value) ? value.join(', ') : String(value));
      }
      // The client address as Fastify saw it (trustProxy decides), never a client-sent header.
      headers.set('x-client-ip', request.ip);
      const body =
        request.method === 'GET' || request.body === undefined
          ? undefined
          : JSON.stringify(request.body);
      if (body !== undefined) headers.set('content-type', 'application/json');
      // Any other change made here (sign-out, a password, the second factor, the library's own
      // session revocations) ends what this process and the others keep of the user's sessions.
      const changes =
        request.method === 'POST' && !signIn && !codeCheck
          ? await better.api
              .getSession({ headers: fromNodeHeaders(request.headers) })
              .catch(() => null)
          : null;
      const response = await better.handler(
        new Request(url, { method: request.method, headers, body }),
      );
      if (changes) await sessionChanged(db, { kind: 'user', id: changes.user.id });

      if (response.status === 401 && codeCheck) {
        const locked = await recordFailure(db, {
          key: addressKey(request.ip),
          rule: lockout.address,
        });
        if (locked > 0) reply.header('retry-after', String(locked));
        return reply.status(401).send(
          errorBody(
            new DomainError('INVALID_CREDENTIALS', {
              vi: 'Mã xác thực không đúng hoặc đã hết hạn',
              en: 'Wrong or expired authentication code',
            }),
            lang,
          ),
        );
      }
      if (response.status === 401 && signIn) {
        let locked = 0;
        if (username)
          locked = Math.max(
            locked,
            await recordFailure(db, { key: usernameKey(username), rule: lockout.username }),
          );
        locked = Math.max(
          locked,
          await recordFailure(db, { key: addressKey(request.ip), rule: lockout.address }),
        );
        if (locked > 0) reply.header('retry-after', String(locked));
        return reply.status(401).send(errorBody(new DomainError('INVALID_CREDENTIALS'), lang));
      }
      if (response.status === 429) {
        const retry = response.headers.get('x-retry-after');
        if (retry) reply.header('retry-after', retry);
        return reply.status(429).send(errorBody(new DomainError('RATE_LIMITED'), lang));
      }
      // Every other refusal of better-auth (a malformed body, an unknown path, a forbidden step)
      // in our error model too, Vietnamese first, instead of its English {message, code} or null.
      if (response.status >= 400 && response.status < 500) {
        const code =
          response.status === 404
            ? 'NOT_FOUND'
            : response.status === 403
              ? 'FORBIDDEN'
              : 'VALIDATION';
        return reply
          .status(response.status === 404 || response.status === 403 ? response.status : 400)
          .send(errorBody(new DomainError(code), lang));
      }
      if (signIn && response.ok) {
        if (username) await clearFailures(db, usernameKey(username));
        if (previous) await revokeSessionById(db, previous.session.id);
      }
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? await response.text() : null);
    },
  });
}
