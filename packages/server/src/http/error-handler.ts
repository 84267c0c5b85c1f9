// One error handler for the whole API: domain errors, schema validation errors, Fastify's own
// 4xx errors (bad JSON, body too large) and anything unexpected, always in one JSON shape,
// in the caller's language (Accept-Language; Vietnamese by default).
import { DomainError, pickLang, toFieldIssues, type Lang } from '@doithoai/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus } from './error-status.js';

export interface ErrorBody {
  error: { code: string; message: string; fields: { field: string; message: string }[] };
}

export function errorBody(err: DomainError, lang: Lang): ErrorBody {
  const fieldText = err.fields.map((f) => f.message[lang]);
  const message =
    fieldText.length > 0 ? `${err.messages[lang]}: ${fieldText.join('; ')}` : err.messages[lang];
  return {
    error: {
      code: err.code,
      message,
      fields: err.fields.map((f) => ({ field: f.field, message: f.message[lang] })),
    },
  };
}

export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context =
      error.validationContext && error.validationContext !== 'body'
        ? [error.validationContext]
        : [];
    const issues = error.validation.map((v) => ({
      ...(v.params as object),
      code: v.keyword,
      path: [...context, ...v.instancePath.split('/').filter(Boolean)],
    }));
    return new DomainError('VALIDATION', undefined, toFieldIssues(issues));
  }
  const db = databaseError(error);
  if (db) return db;
  const fe = error as Partial<FastifyError>;
  if (fe.statusCode === 429) return new DomainError('RATE_LIMITED');
  const known =
    fe.code && Object.hasOwn(fastifyMessages, fe.code) ? fastifyMessages[fe.code] : undefined;
  if (known) return new DomainError('VALIDATION', known);
  if (fe.statusCode === 413)
    return new DomainError('VALIDATION', fastifyMessages.FST_ERR_CTP_BODY_TOO_LARGE);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new DomainError('VALIDATION', {
      vi: `Yêu cầu không hợp lệ (${fe.code ?? fe.statusCode})`,
      en: `Bad request: ${fe.message ?? fe.code}`,
    });
  }
  return new DomainError('INTERNAL');
}

/**
 * A database refusing what a route let through (a reference to nothing, a duplicate, text
 * PostgreSQL cannot store such as a NUL character, a number out of range) is bad input, not a
 * server fault: 400 or 409 with a plain message. Routes should catch these first, naming the
 * field; this is the net under them. SQLite reports `SQLITE_CONSTRAINT_*` codes, PostgreSQL
 * SQLSTATEs (class 23: integrity, class 22: data).
 */
function databaseError(error: unknown): DomainError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  ) {
    return new DomainError('CONFLICT', {
      vi: 'Bản ghi này đã có (trùng)',
      en: 'This record already exists',
    });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    return new DomainError('VALIDATION', {
      vi: 'Dữ liệu tham chiếu đến một mục không tồn tại (mã không đúng)',
      en: 'The data refers to something that does not exist (wrong id)',
    });
  }
  if (
    code.startsWith('SQLITE_CONSTRAINT') ||
    code === 'SQLITE_TOOBIG' ||
    code === 'SQLITE_MISMATCH' ||
    /^2[23][0-9A-Z]{3}$/.test(code)
  ) {
    return new DomainError('VALIDATION', {
      vi: 'Dữ liệu không hợp lệ để lưu (ký tự lạ, quá dài hoặc ngoài phạm vi)',
      en: 'Data that cannot be stored (odd characters, too long or out of range)',
    });
  }
  return null;
}

/** Fastify's own refusals (before any route runs), in words a person can act on. */
const fastifyMessages: Record<string, { vi: string; en: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Request body too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    vi: 'Kiểu nội dung không được hỗ trợ (cần application/json)',
    en: 'Unsupported content type (expected application/json)',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { vi: 'Nội dung JSON trống', en: 'Empty JSON body' },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    vi: 'Nội dung không phải JSON hợp lệ',
    en: 'Body is not valid JSON',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    vi: 'Độ dài nội dung (Content-Length) không khớp',
    en: 'Content-Length does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    vi: 'Kiểu nội dung (Content-Type) không hợp lệ',
    en: 'Invalid Content-Type',
  },
  FST_ERR_BAD_URL: {
    vi: 'Đường dẫn không hợp lệ (mã hoá % sai)',
    en: 'Malformed URL (bad percent-encoding)',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    vi: 'Tham số trong đường dẫn quá dài',
    en: 'A path parameter is too long',
  },
  FST_ERR_ASYNC_CONSTRAINT: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  FST_ERR_QSP_NOT_FN: { vi: 'Chuỗi truy vấn không hợp lệ', en: 'Invalid query string' },
};

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const domain = toDomainError(error);
  const status = errorStatus[domain.code];
  if (status >= 500) request.log.error({ err: error }, 'unexpected error');
  // A refusal by the database is the caller's fault, but also a check missing in a route.
  else if (error !== domain && databaseError(error))
    request.log.warn({ err: error }, 'database refused input');
  const lang = pickLang(request.headers['accept-language']);
  return reply.status(status).send(errorBody(domain, lang));
}

/** Fastify's `frameworkErrors`: a malformed URL or an overlong path parameter, refused before routing. */
export function handleFrameworkError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  return handleError(error, request, reply);
}
