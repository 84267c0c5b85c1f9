// The demo's years before today (issue 20), walked through the real use cases:
//  - 2022, three tiers: the reference plan of Đảng ủy xã Sơn Giang, drafted from the unit tree and
//    the profile in force then (ha-tinh-657) and issued on 15/02/2022 (the reference's date is a
//    placeholder: the scan lost it), so it carries ĐẢNG BỘ HUYỆN HƯƠNG SƠN / ĐẢNG ỦY XÃ SƠN GIANG.
//  - 2025: two petitions received by the old Sơn Giang in May and June, still open on 1/7/2025.
//  - 1/7/2025 (Nghị quyết 1665/NQ-UBTVQH15): the merger operation itself (proposed, confirmed)
//    makes the new Xã Sơn Giang directly under the province from the old Sơn Giang and Sơn Hà (demo);
//    a change of parent places Sơn Tây (demo) under the province and ends Hương Sơn on 30/6/2025.
//    The open petitions, people, logins and routing move to the new commune; the 2022 plan stays
//    with the old one (nested under its successor, so found from it).
//  - After it: the two petitions answered at the new commune (July, August 2025).
// Which communes merged, the new code and the petitions are invented for the demo.
import { foldVietnamese, UnitChangeInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { newId } from '../db/ids.js';
import { personIdsOf } from '../unit/unit.repository.js';
import { insertMatter, insertRaising } from '../opinion/intake.repository.js';
import { createPlan } from '../plan/create-plan.js';
import { issuePlan } from '../plan/issue-plan.js';
import { confirmUnitChange } from '../unit/confirm-unit-change.js';
import { proposeUnitChange } from '../unit/propose-unit-change.js';
import { DEMO_MERGER_BASIS, DEMO_MERGER_DATE, demoSuccessor } from './demo-data.js';
import { actorOf } from './demo-plans.js';
import { insertStateChange } from '../opinion/opinion.repository.js';
import { personOfUserAt, setMatterStateOn } from './demo.repository.js';

const on = (db: Db, date: string) => ({ db, clock: () => new Date(`${date}T03:00:00Z`) });
const at = (date: string) => `${date}T03:00:00.000Z`;
const DEMO = 'Dữ liệu mẫu / demo data';

/** Petitions open across the merger: received by the old commune, answered by the new one. */
const straddling = [
  {
    village: 'sg-4',
    field: 'tai-nguyen',
    receivedOn: '2025-05-20',
    closedOn: '2025-07-25',
    state: 'responded',
    source: 'mttq',
    text: 'Đề nghị đo đạc lại ranh giới đất giữa các hộ ở thôn Đồng Lạc để cấp giấy chứng nhận quyền sử dụng đất',
  },
  {
    village: 'sg-6',
    field: 'moi-truong',
    receivedOn: '2025-06-12',
    closedOn: '2025-08-15',
    state: 'closed',
    source: 'village',
    text: 'Phản ánh rác thải đổ bừa bãi ven khe suối thôn Quyết Tiến, đề nghị bố trí điểm tập kết',
  },
] as const;

/** Loads the years before today; returns the id of the new Xã Sơn Giang (from 1/7/2025). */
export async function loadDemoHistory(db: Db, ids: Map<string, string>): Promise<string> {
  const office = await actorOf(db, 'vanphong');
  const admin = await actorOf(db, 'admin');
  const oldSonGiang = ids.get('sg')!;

  // 2022: the reference plan, from the three-tier tree and the 2022 profile.
  const plan = await createPlan(on(db, '2022-02-15'), office, oldSonGiang, { year: 2022 });
  await issuePlan(on(db, '2022-02-15'), office, plan.id, {
    date: '2022-02-15',
    version: plan.version,
  });

  // 2025: petitions received before the merger, still open on its date.
  const person = await personOfUserAt(db.kysely, oldSonGiang, office.userId);
  const official = await actorOf(db, 'congchuc');
  const [assigneeId] = await personIdsOf(db.kysely, official.userId);
  if (!assigneeId) throw new Error(`no person record for the official ${official.userId}`);
  const matterIds: string[] = [];
  for (const m of straddling) {
    const id = newId();
    matterIds.push(id);
    await insertMatter(db.kysely, {
      id,
      unit_id: oldSonGiang,
      village_id: ids.get(m.village)!,
      content: m.text,
      field: m.field,
      field_confirmed_by: person.user_id,
      field_confirmed_at: at(m.receivedOn),
      suggestions: '[]',
      state: 'assigned',
      source: m.source,
      source_organisation_id: null,
      received_on: m.receivedOn,
      assignee_person_id: assigneeId,
      prepare_by: null,
      merged_into_id: null,
      answer: null,
      search_folded: foldVietnamese(m.text),
      version: 0,
      created_by: person.user_id,
      created_at: at(m.receivedOn),
      updated_at: at(m.receivedOn),
    });
    await insertRaising(db.kysely, {
      id: newId(),
      matter_id: id,
      petitioner_id: null,
      source: m.source,
      source_organisation_id: null,
      received_on: m.receivedOn,
      created_by: person.user_id,
      created_at: at(m.receivedOn),
    });
    await insertStateChange(db.kysely, {
      id: newId(),
      matter_id: id,
      from_state: null,
      to_state: 'assigned',
      at: at(m.receivedOn),
      actor_user_id: person.user_id,
      reason: DEMO,
      detail: '{}',
    });
  }

  // 1/7/2025: the merger and the change of parent, as the province's administrator records them.
  const province = ids.get('ht')!;
  const record = async (input: unknown) => {
    const change = await proposeUnitChange({ db }, admin, province, UnitChangeInput.parse(input));
    return confirmUnitChange({ db }, admin, province, change.id);
  };
  const merger = await record({
    kind: 'merger',
    effectiveOn: DEMO_MERGER_DATE,
    legalBasis: DEMO_MERGER_BASIS,
    parentId: province,
    note: 'Dữ liệu mẫu: xã Sơn Hà (demo) và mã đơn vị mới là giả định / demo data: Sơn Hà (demo) and the new code are invented',
    predecessorIds: [oldSonGiang, ids.get('sh')!],
    successor: { code: demoSuccessor.code, name: demoSuccessor.name, kind: 'xa' },
  });
  await record({
    kind: 'parent-change',
    effectiveOn: DEMO_MERGER_DATE,
    legalBasis: `${DEMO_MERGER_BASIS}; Luật Tổ chức chính quyền địa phương năm 2025`,
    note: 'Không còn cấp huyện: xã trực thuộc tỉnh (xã Sơn Tây là dữ liệu mẫu) / No district level: the commune stands under the province (Sơn Tây is demo data)',
    unitIds: [ids.get('st')!],
    toParentId: province,
    retireFormerParent: true,
  });
  const successorId = (merger.applied as { successorId: string }).successorId;

  // After it: answered by the new commune.
  for (const [i, m] of straddling.entries()) {
    const id = matterIds[i]!;
    const steps = m.state === 'closed' ? ['responded', 'closed'] : ['responded'];
    let from = 'assigned';
    for (const to of steps) {
      await insertStateChange(db.kysely, {
        id: newId(),
        matter_id: id,
        from_state: from,
        to_state: to,
        at: at(m.closedOn),
        actor_user_id: person.user_id,
        reason: DEMO,
        detail: '{}',
      });
      from = to;
    }
    await setMatterStateOn(db.kysely, id, m.state, at(m.closedOn));
  }
  return successorId;
}
