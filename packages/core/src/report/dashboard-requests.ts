// What the dashboards and their exports take in the query, as zod contracts shared by the
// server's request schemas (dashboard/, report/) and OpenAPI.
import { z } from 'zod';

/** ?from=&to= (ISO days, both or neither) or ?year=; neither: the current year. */
export const PeriodQuerySchema = z.object({
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});
