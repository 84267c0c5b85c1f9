// Passes /api/auth/* to better-auth as a web Request, and puts its refusals into our error
// shape (Vietnamese first): a wrong password is 401 INVALID_CREDENTIALS, too many tries 429.
import { DomainError, pickLang } from '@doithoai/core';
import type { FastifyInstance } from 'fastify';
import type { Auth } from '../auth/auth.js';
import { errorBody } from './error-handler.js';

export function registerAuthRoutes(app: FastifyInstance, auth: Auth) {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value === undefined || key === 'x-client-ip') continue;
        headers.set(key, Array.isArray(value) ? value.join(', ') : String(value));
      }
      // The client address as Fastify saw it (trustProxy decides), never a client-sent header.
      headers.set('x-client-ip', request.ip);
      const body =
        request.method === 'GET' || request.body === undefined ? undefined : JSON.stringify(request.body);
      if (body !== undefined) headers.set('content-type', 'application/json');
      const response = await auth.handler(new Request(url, { method: request.method, headers, body }));

      const lang = pickLang(request.headers['accept-language']);
      if (response.status === 401 && url.pathname.includes('/sign-in')) {
        return reply.status(401).send(errorBody(new DomainError('INVALID_CREDENTIALS'), lang));
      }
      if (response.status === 429) {
        const retry = response.headers.get('x-retry-after');
        if (retry) reply.header('retry-after', retry);
        return reply.status(429).send(errorBody(new DomainError('RATE_LIMITED'), lang));
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
