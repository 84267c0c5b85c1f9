// The public portal under /xa: server-rendered pages and plain forms, no script and no sign-in.
// Registered in its own encapsulated scope (its form parser and headers stay here) before the
// staff app's fallback, so /xa and everything below it is the portal's.
import { DomainError, formatDateVn } from '@doithoai/core';
import { endedUnit } from '../unit/ended-unit.js';
import { endedUnitText } from '../unit/unit-change-text.js';
import { renderHtml } from '@doithoai/documents';
import { gzipSync } from 'node:zlib';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../http/deps.js';
import { todayInVietnam } from '../shared/clock.js';
import { stackDataTables } from './document-table.js';
import { escapeHtml } from './html.js';
import {
  answersPage,
  directoryPage,
  emptyForm,
  formPage,
  homePage,
  messagePage,
  notFoundPage,
  receiptPage,
  trackPage,
} from './pages.js';
import { PAGE_SIZE, publishedAnswers, searchAnswers } from './published-answers.js';
import {
  concludedSessions,
  findPublicSession,
  findPublicUnit,
  photosSentWith,
  publicDirectory,
  publicDocumentModel,
  publicVillages,
  upcomingSessions,
} from './portal.repository.js';
import { newPortalLimits, wrongCodesUsedUp, type PortalLimits } from './rate-limit.js';
import { multipartLimits, readPost } from './read-post.js';
import { readForm, submitOpinion } from './submit-opinion.js';
import { readWith } from '../http/reads.js';
import { normaliseCode } from './tracking-code.js';
import { trackByCode, trackMessages } from './track.js';

/** No script may run on a portal page, whatever ends up in it; styles only inline. */
const csp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/** Pages go gzipped to browsers that take it: a third of the bytes on a slow mobile link. */
function send(reply: FastifyReply, body: string, status = 200) {
  reply
    .status(status)
    .header('content-security-policy', csp)
    .header('cache-control', 'no-store')
    .header('vary', 'accept-encoding')
    .type('text/html; charset=utf-8');
  if (/\bgzip\b/.test(String(reply.request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(body, { level: 6 }));
  }
  return reply.send(body);
}

type SlugParams = { Params: { slug: string } };

/**
 * The official document is laid out as an A4 sheet (210 mm); on a phone or at 200 % zoom it
 * becomes one readable column instead of a page to scroll sideways. Print keeps the A4 layout.
 */
const documentOnPhone = `@media screen and (max-width: 840px){
body{padding:0!important;background:#fff!important}
.sheet{width:auto!important;min-height:0!important;padding:12px 14px!important;box-shadow:none!important}
html{font-size:12.5pt!important}
table.layout{table-layout:auto!important}
table.layout td{display:block;width:auto!important}
.top-right,.slogan,.place-date,.fit{white-space:normal!important;max-width:100%}
table:not(.layout){display:block!important;overflow-x:auto!important;max-width:100%!important;width:auto!important}
table:not(.layout) td,table:not(.layout) th{font-size:1rem!important;word-break:normal;text-align:left!important}
p,.heading{text-indent:0!important;text-align:left!important}
.addressees.many,.addressees.many div{padding-left:0!important}
img{max-width:100%;height:auto}
}
@media screen and (max-width: 600px){
table.data.stacked,table.data.stacked tbody,table.data.stacked tr,table.data.stacked td{display:block!important;width:auto!important}
table.data.stacked{border:0!important}
table.data.stacked colgroup,table.data.stacked thead{display:none!important}
table.data.stacked tr{border:1px solid #000;margin:0 0 10px;padding:4px 0}
table.data.stacked td{border:0!important;padding:4px 10px!important}
table.data.stacked td[data-label]::before{content:attr(data-label);display:block;font-weight:bold}
table.data.stacked td:first-child::before{display:inline;margin-right:.4em}
}`.replace(/\n/g, '');

export async function portalRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  limits: PortalLimits = newPortalLimits({}, deps.db),
) {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
    // The send form with its photo input; a photo past the limit is cut and refused with a message.
    await scope.register(fastifyMultipart, { limits: multipartLimits, throwFileSizeLimit: false });
    const db = deps.db.kysely;
    const unitOr404 = async (slug: string, reply: FastifyReply) => {
      const unit = await findPublicUnit(db, slug);
      if (!unit) void send(reply, notFoundPage(), 404);
      return unit;
    };

    // The published pages read the replica when one serves (http/reads.ts); the form, the receipt
    // and the tracking page (right after a submission) read the primary.
    scope.get('/xa', { schema: { hide: true } }, async (request, reply) =>
      send(
        reply,
        directoryPage(
          await readWith(deps, request, reply, (d) =>
            publicDirectory(d.db.kysely, todayInVietnam()),
          ),
        ),
      ),
    );
    scope.get('/xa/', { schema: { hide: true } }, async (_request, reply) =>
      reply.redirect('/xa', 301),
    );

    scope.get<SlugParams>('/xa/:slug', { schema: { hide: true } }, async (request, reply) => {
      const page = await readWith(deps, request, reply, async ({ db: { kysely: k } }) => {
        const unit = await findPublicUnit(k, request.params.slug);
        const today = todayInVietnam();
        return (
          unit &&
          homePage(
            unit,
            await upcomingSessions(k, unit.id, today),
            await concludedSessions(k, unit.id),
            await publishedAnswers(k, unit.id, 3),
            await endedUnit(k, unit.id, today),
          )
        );
      });
      return page ? send(reply, page) : send(reply, notFoundPage(), 404);
    });

    // A commune merged away takes no new opinions: its form points to the successor's.
    const mergedAway = async (unitId: string) => {
      const ended = await endedUnit(db, unitId, todayInVietnam());
      if (!ended) return null;
      const text = endedUnitText(
        ended.name,
        formatDateVn(ended.lastDay),
        ended.successor?.name ?? null,
      ).vi;
      return messagePage(
        'Xã đã sáp nhập',
        text,
        ended.successor
          ? {
              href: `/xa/${ended.successor.slug}/gui-y-kien`,
              label: `Gửi ý kiến tới ${ended.successor.name}`,
            }
          : { href: '/xa', label: 'Về danh sách xã, phường' },
      );
    };

    scope.get<SlugParams & { Querystring: { 'hoi-nghi'?: string } }>(
      '/xa/:slug/gui-y-kien',
      { schema: { hide: true } },
      async (request, reply) => {
        const unit = await unitOr404(request.params.slug, reply);
        if (!unit) return reply;
        const gone = await mergedAway(unit.id);
        if (gone) return send(reply, gone);
        const sessionId =
          typeof request.query['hoi-nghi'] === 'string' ? request.query['hoi-nghi'] : '';
        const upcoming = await upcomingSessions(db, unit.id, todayInVietnam());
        return send(
          reply,
          formPage(unit, await publicVillages(db, unit.id), upcoming, {
            ...emptyForm(sessionId),
            speak: false,
          }),
        );
      },
    );

    scope.post<SlugParams>(
      '/xa/:slug/gui-y-kien',
      { schema: { hide: true } },
      async (request, reply) => {
        const unit = await unitOr404(request.params.slug, reply);
        if (!unit) return reply;
        // A body far beyond any phone photo is not read at all.
        if (Number(request.headers['content-length'] ?? 0) > 4 * multipartLimits.fileSize) {
          return send(
            reply,
            messagePage(
              'Ảnh quá lớn',
              'Ảnh gửi kèm tối đa 5 MB. Vui lòng quay lại trang trước, chọn ảnh nhỏ hơn rồi gửi lại.',
              { href: `/xa/${unit.slug}/gui-y-kien`, label: 'Về trang gửi ý kiến' },
            ),
            413,
          );
        }
        const gone = await mergedAway(unit.id);
        if (gone) return send(reply, gone, 409);
        const { body, photo } = await readPost(request);
        const form = readForm(body);
        const result = await submitOpinion(
          { db: deps.db, limits, ip: request.ip },
          unit.slug,
          form,
          photo,
        );
        if (result.ok) return reply.redirect(`/xa/${unit.slug}/da-gui?ma=${result.code}`, 303);
        const upcoming = await upcomingSessions(db, unit.id, todayInVietnam());
        const kept = { ...form, heldPhotoId: result.heldPhoto?.id ?? '' };
        return send(
          reply,
          formPage(
            unit,
            await publicVillages(db, unit.id),
            upcoming,
            kept,
            result.errors,
            result.general,
            result.heldPhoto,
          ),
          result.status,
        );
      },
    );

    scope.get<SlugParams & { Querystring: { ma?: string } }>(
      '/xa/:slug/da-gui',
      { schema: { hide: true } },
      async (request, reply) => {
        const unit = await unitOr404(request.params.slug, reply);
        if (!unit) return reply;
        const code = normaliseCode(String(request.query.ma ?? ''));
        if (!code) return reply.redirect(`/xa/${unit.slug}/tra-cuu`, 303);
        return send(reply, receiptPage(unit, code, await photosSentWith(db, unit.id, code)));
      },
    );

    scope.get<SlugParams & { Querystring: { ma?: string } }>(
      '/xa/:slug/tra-cuu',
      { schema: { hide: true } },
      async (request, reply) => {
        const unit = await unitOr404(request.params.slug, reply);
        if (!unit) return reply;
        const typed = typeof request.query.ma === 'string' ? request.query.ma.slice(0, 20) : '';
        if (!typed.trim()) return send(reply, trackPage(unit, '', null, null));
        if (await wrongCodesUsedUp(limits, request.ip)) {
          return send(
            reply,
            trackPage(
              unit,
              typed,
              null,
              'Bạn đã tra cứu nhiều mã không đúng. Vui lòng thử lại sau một giờ, hoặc hỏi Văn phòng UBND xã.',
            ),
            429,
          );
        }
        const code = normaliseCode(typed);
        const found = code ? await trackByCode(db, unit.id, code) : null;
        if (!found && code) await limits.wrongCodes.take(`ip:${request.ip}`);
        const message = found ? null : code ? trackMessages.notFound : trackMessages.badFormat;
        return send(reply, trackPage(unit, typed, found, message), found ? 200 : 404);
      },
    );

    scope.get<SlugParams & { Querystring: { q?: string; trang?: string; 'hoi-nghi'?: string } }>(
      '/xa/:slug/tra-loi',
      { schema: { hide: true } },
      async (request, reply) => {
        const query =
          typeof request.query.q === 'string' ? request.query.q.slice(0, 200).trim() : '';
        const sessionId =
          typeof request.query['hoi-nghi'] === 'string'
            ? request.query['hoi-nghi'].slice(0, 64)
            : '';
        const page = await readWith(deps, request, reply, async ({ db: { kysely: k } }) => {
          const unit = await findPublicUnit(k, request.params.slug);
          if (!unit) return null;
          const session = sessionId ? await findPublicSession(k, unit.id, sessionId) : null;
          if (sessionId && !session) return null;
          const all = await publishedAnswers(k, unit.id, undefined, session?.id);
          const found = searchAnswers(all, query);
          const pageNo = Math.min(
            Math.max(1, Number.parseInt(String(request.query.trang ?? '1'), 10) || 1),
            Math.max(1, Math.ceil(found.length / PAGE_SIZE)),
          );
          return answersPage(unit, query, found, all.length, pageNo, PAGE_SIZE, session ?? null);
        });
        return page ? send(reply, page) : send(reply, notFoundPage(), 404);
      },
    );

    scope.get<SlugParams & { Params: { sessionId: string; which: string } }>(
      '/xa/:slug/van-ban/:sessionId/:which',
      { schema: { hide: true } },
      async (request, reply) => {
        const which = request.params.which;
        const found = await readWith(deps, request, reply, async ({ db: { kysely: k } }) => {
          const unit = await findPublicUnit(k, request.params.slug);
          const model =
            unit && (which === 'thong-bao' || which === 'ket-luan')
              ? await publicDocumentModel(k, unit.id, request.params.sessionId, which)
              : null;
          return unit && model ? { unit, model } : null;
        });
        if (!found) return send(reply, notFoundPage(), 404);
        const { unit, model } = found;
        const back = `<p style="font:18px system-ui,sans-serif;margin:12px"><a style="display:inline-block;min-height:44px;padding:10px 0;color:#0b4fa0" href="/xa/${escapeHtml(unit.slug)}">← Về trang ${escapeHtml(unit.name)}</a></p>`;
        return send(
          reply,
          stackDataTables(renderHtml(model))
            .replace('</head>', `<style>${documentOnPhone}</style></head>`)
            .replace('<body>', `<body>${back}`),
        );
      },
    );

    scope.setErrorHandler((error, _request, reply) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        return send(reply, notFoundPage(), 404);
      _request.log.error(error);
      const status = (error as { statusCode?: number }).statusCode === 413 ? 413 : 500;
      return send(
        reply,
        notFoundPage().replace(
          'Không tìm thấy trang',
          status === 413 ? 'Nội dung gửi quá dài' : 'Có lỗi, vui lòng thử lại',
        ),
        status,
      );
    });
  });
}
