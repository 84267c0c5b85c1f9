// What GET /api/me answers: the signed-in person and their grants (each with the unit's name as
// it is now), as a zod contract shared by the server's response schema and the web app's types.
import { z } from 'zod';
import { roles } from '../policy/roles.js';

export const Me = z.object({
  userId: z.string(),
  name: z.string(),
  username: z.string(),
  grants: z.array(
    z.object({
      role: z.enum(roles),
      unitId: z.string(),
      unitPath: z.string(),
      unitName: z.string(),
    }),
  ),
});
export type Me = z.infer<typeof Me>;
