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
  const message = fieldText.length > 0 ? `${err.messages[lang]}: ${fieldText.join('; ')}` : err.messages[lang];
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
    const context = error.validationContext && error.validationContext !== 'body' ? [error.validationContext] : [];
    const issues = error.validation.map((v) => ({
      ...(v.params as object),
      code: v.keyword,
      path: [...context, ...v.instancePath.split('/').filter(Boolean)],
    }));
    return new DomainError('VALIDATION', undefined, toFieldIssues(issues));
  }
  const fe = error as Partial<FastifyError>;
  if (fe.statusCode === 413) {
    return new DomainError('VALIDATION', { vi: 'Dữ liệu gửi lên quá lớn', en: 'Request body too large' });
  }
  if (fe.statusCode === 429) return new DomainError('RATE_LIMITED');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new DomainError('VALIDATION', {
      vi: `Yêu cầu không hợp lệ (${fe.code ?? fe.statusCode})`,
      en: `Bad request: ${fe.message ?? fe.code}`,
    });
  }
  return new DomainError('INTERNAL');
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const domain = toDomainError(error);
  const status = errorStatus[domain.code];
  if (status >= 500) request.log.error({ err: error }, 'unexpected error');
  const lang = pickLang(request.headers['accept-language']);
  return reply.status(status).send(errorBody(domain, lang));
}
