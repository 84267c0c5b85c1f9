// Turns schema issues into messages that name the field, in Vietnamese and English.
// Kept apart from zod so the web app shows the same wording as the server.
import type { FieldIssue, Message } from './domain-error.js';

export interface SchemaIssue {
  path: ReadonlyArray<PropertyKey>;
  code: string;
  message?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  keys?: string[];
  input?: unknown;
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(body)' : path.map(String).join('.');
}

function describe(issue: SchemaIssue): Message {
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (missing) return { vi: 'bắt buộc phải nhập', en: 'is required' };
  switch (issue.code) {
    case 'invalid_type':
      return {
        vi: `sai kiểu dữ liệu (cần ${issue.expected ?? '?'})`,
        en: `has the wrong type (expected ${issue.expected ?? '?'})`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            vi: `cần ít nhất ${issue.minimum} ký tự`,
            en: `needs at least ${issue.minimum} characters`,
          }
        : { vi: `phải ≥ ${issue.minimum}`, en: `must be ≥ ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { vi: `dài quá ${issue.maximum} ký tự`, en: `is longer than ${issue.maximum} characters` }
        : { vi: `phải ≤ ${issue.maximum}`, en: `must be ≤ ${issue.maximum}` };
    case 'invalid_format':
      return {
        vi: `sai định dạng (${issue.format ?? ''})`,
        en: `has a bad format (${issue.format ?? ''})`,
      };
    case 'invalid_value':
      return { vi: 'không thuộc các giá trị cho phép', en: 'is not an allowed value' };
    case 'unrecognized_keys':
      return {
        vi: `có trường không được phép: ${(issue.keys ?? []).join(', ')}`,
        en: `has unknown fields: ${(issue.keys ?? []).join(', ')}`,
      };
    default:
      return { vi: 'không hợp lệ', en: 'is invalid' };
  }
}

export function toFieldIssues(issues: readonly SchemaIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    const d = describe(issue);
    return { field, message: { vi: `Trường «${field}» ${d.vi}`, en: `Field '${field}' ${d.en}` } };
  });
}
