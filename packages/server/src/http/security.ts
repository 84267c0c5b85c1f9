// HTTP hardening in one place: security headers and a Content-Security-Policy per kind of page,
// the cross-site request refusal (CSRF) for every state-changing request, and a record of
// every route the app registers (the access-matrix test enumerates it). See docs/SECURITY.md.
//
// CSRF, and why this way: browsers mark every request with where it came from. A request is
// refused when the browser says it is cross-site (Sec-Fetch-Site: cross-site / same-site) or
// its Origin is not ours; a request with neither header does not come from a browser made
// since 2020 and cannot carry a victim's cookie by accident. This is the check of Go 1.25's
// http.CrossOriginProtection, and it needs no token: the portal's no-script forms keep
// working (a same-origin form post carries Sec-Fetch-Site: same-origin), and the staff
// app needs no extra round trip. Session cookies are SameSite=Lax and HttpOnly on top of it.
import { DomainError, pickLang } from '@doithoai/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './error-handler.js';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const routeTables = new WeakMap<object, RegisteredRoute[]>();

/** Every method + url registered on the app (HEAD routes Fastify adds for GET are left out). */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  return [...(routeTables.get(app) ?? [])];
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The staff app: scripts only from our own files (the Vite build has no inline script). */
export const staffCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  // Mantine sets style attributes and one <style> of CSS variables at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:", // document previews (HTML, PDF) shown in the app
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The public portal: no script at all; its pages carry their own small <style>. */
export const portalCsp = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers (JSON, document previews shown in the staff app's frame, downloads). */
export const apiCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** The browsable OpenAPI page (/api/docs): its scripts are files of @fastify/swagger-ui. */
export const apiDocsCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function cspFor(url: string): string {
  if (url === '/xa' || url.startsWith('/xa/') || url.startsWith('/xa?')) return portalCsp;
  if (url.startsWith('/api/docs')) return apiDocsCsp;
  if (url.startsWith('/api/')) return apiCsp;
  return staffCsp;
}

function allowedOrigins(request: FastifyRequest, baseUrl: string): Set<string> {
  const origins = new Set<string>([new URL(baseUrl).origin]);
  const host = request.headers.host;
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  return origins;
}

/** Why a state-changing request is refused as cross-site, or null when it may go on. */
export function crossSiteReason(request: FastifyRequest, baseUrl: string): string | null {
  if (safeMethods.has(request.method)) return null;
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') {
    // 'none': typed in the address bar or a bookmark — the user's own act.
    if (fetchSite === 'same-origin' || fetchSite === 'none') return null;
    return `sec-fetch-site: ${fetchSite}`;
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string') {
    if (origin === 'null') return 'origin: null';
    return allowedOrigins(request, baseUrl).has(origin) ? null : `origin: ${origin}`;
  }
  const referer = request.headers.referer;
  if (typeof referer === 'string') {
    try {
      return allowedOrigins(request, baseUrl).has(new URL(referer).origin)
        ? null
        : `referer: ${referer}`;
    } catch {
      return 'referer: unreadable';
    }
  }
  return null; // not a browser: no ambient cookie to abuse
}

export function registerSecurity(app: FastifyInstance, config: { baseUrl: string }) {
  const routes: RegisteredRoute[] = [];
  routeTables.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const reason = crossSiteReason(request, config.baseUrl);
    if (!reason) return;
    request.log.warn({ url: request.url, reason }, 'cross-site request refused');
    const lang = pickLang(request.headers['accept-language']);
    const error = new DomainError('FORBIDDEN');
    if (request.url.startsWith('/xa')) {
      return reply
        .status(403)
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><meta charset="utf-8"><title>${error.messages.vi}</title><p>${error.messages.vi}. Hãy mở lại trang của xã rồi gửi lại.</p>`,
        );
    }
    return reply.status(403).send(errorBody(error, lang));
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header(
      'permissions-policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    );
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', cspFor(request.url));
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
  });
}
