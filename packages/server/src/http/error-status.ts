// The one table from domain error codes to HTTP statuses.
import type { ErrorCode } from '@doithoai/core';

export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  RATE_LIMITED: 429,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};
