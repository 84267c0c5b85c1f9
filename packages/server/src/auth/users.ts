// Creating staff accounts (used by the demo loader and, later, the admin screens).
import type { Role } from '@doithoai/core';
import type { Auth } from './auth.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { insertGrant } from './grant.repository.js';

export interface NewStaffUser {
  username: string;
  name: string;
  email: string;
  password: string;
  grants: { role: Role; unitId: string }[];
}

export async function createStaffUser(db: Db, auth: Auth, input: NewStaffUser): Promise<string> {
  const ctx = await (await auth.instance()).$context;
  const passwordHash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email,
      name: input.name,
      emailVerified: true,
      username: input.username.toLowerCase(),
      displayUsername: input.username,
    } as never,
    { method: 'admin' } as never,
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: passwordHash,
  });
  const at = nowIso();
  for (const g of input.grants) {
    await insertGrant(db.kysely, { userId: user.id, unitId: g.unitId, role: g.role, at });
  }
  return user.id;
}
