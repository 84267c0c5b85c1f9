// Regulation profiles: list, clone, edit (with the list of deadlines a change would move), and
// the profile a unit follows.
import {
  ProfileUpdate,
  RegulationProfile,
  RegulationProfiles,
  StoredProfile,
  UnitProfile,
  canAtRoot,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { listProfiles, unitProfile } from './profile.repository.js';
import { chooseUnitProfile, createProfileFrom, updateProfile } from './profile.use-cases.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';

const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(64);

export function profileRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/profiles',
    {
      schema: {
        tags: ['profiles'],
        summary: 'Các bộ quy định / regulation profiles',
        response: { 200: RegulationProfiles },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return {
        profiles: await listProfiles(deps.db.kysely),
        canManage: canAtRoot(actor, 'profile.manage'),
      };
    },
  );

  app.post(
    '/api/profiles',
    {
      schema: {
        tags: ['profiles'],
        summary: 'Nhân bản một bộ quy định / clone a profile',
        body: z.strictObject({
          from: code,
          code,
          name: z.strictObject({
            vi: z.string().trim().min(1).max(200),
            en: z.string().trim().min(1).max(200),
          }),
        }),
        response: { 201: StoredProfile },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return reply.status(201).send(await createProfileFrom(deps, actor, request.body));
    },
  );

  app.put(
    '/api/profiles/:code',
    {
      schema: {
        tags: ['profiles'],
        summary:
          'Sửa bộ quy định; nếu làm dời hạn đang mở thì cần xác nhận / edit; confirm when open deadlines would move',
        params: z.object({ code }),
        body: z.strictObject({
          profile: RegulationProfile,
          version: z.number().int().min(0),
          confirm: z.boolean().default(false),
          reason: z.string().max(500).optional(),
        }),
        response: { 200: ProfileUpdate },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return updateProfile(deps, actor, request.params.code, request.body);
    },
  );

  app.get(
    '/api/units/:id/profile',
    {
      schema: {
        tags: ['profiles'],
        params: z.object({ id: z.string().max(64) }),
        response: { 200: UnitProfile },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const unit = await findUnit(deps.db.kysely, request.params.id);
      requireAccess(actor, 'unit.read', unit && { unitPath: unit.path });
      return unitProfile(deps.db.kysely, unit!.path);
    },
  );

  app.put(
    '/api/units/:id/profile',
    {
      schema: {
        tags: ['profiles'],
        params: z.object({ id: z.string().max(64) }),
        body: z.strictObject({ code: code.nullable() }),
        response: { 200: UnitProfile },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      await chooseUnitProfile(deps, actor, request.params.id, request.body.code);
      const unit = await findUnit(deps.db.kysely, request.params.id);
      return unitProfile(deps.db.kysely, unit!.path);
    },
  );
}
