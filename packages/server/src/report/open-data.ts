// Open data: a commune's published written answers as CSV or JSON, for anyone (like the public
// portal). Petitioners appear only masked ("Ông N.V.A., thôn 3"); no phone, email or address.
import { DomainError, maskPetitionerName } from '@doithoai/core';
import type { Db } from '../db/open-database.js';

export interface OpenAnswer {
  matterId: string; field: string | null; village: string | null; question: string; answer: string;
  official: string; approvedOn: string | null; publishedAt: string; petitioners: string[];
}

export async function publishedAnswers(db: Db, slug: string, year?: number): Promise<{ unit: { slug: string; name: string }; items: OpenAnswer[] }> {
  const k = db.kysely;
  const unit = await k.selectFrom('unit').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  if (!unit) throw new DomainError('NOT_FOUND');
  let q = k.selectFrom('matter_answer as a').innerJoin('matter as m', 'm.id', 'a.matter_id').leftJoin('unit as v', 'v.id', 'm.village_id')
    .select(['a.matter_id', 'm.field', 'v.name as village', 'm.content', 'a.text', 'a.official_name', 'a.approved_on', 'a.published_at'])
    .where('a.unit_id', '=', unit.id).where('a.published_at', 'is not', null);
  if (year) q = q.where('a.published_at', '>=', `${year}-01-01`).where('a.published_at', '<', `${year + 1}-01-01`);
  const rows = await q.orderBy('a.published_at', 'desc').limit(10000).execute();
  const ids = rows.map((r) => r.matter_id);
  const people = ids.length
    ? await k.selectFrom('raising as r').innerJoin('petitioner as p', 'p.id', 'r.petitioner_id').leftJoin('unit as v', 'v.id', 'p.village_id')
      .select(['r.matter_id', 'p.full_name', 'v.name as village']).where('r.matter_id', 'in', ids).execute()
    : [];
  return {
    unit: { slug: unit.slug, name: unit.name },
    items: rows.map((r) => ({
      matterId: r.matter_id, field: r.field, village: r.village, question: r.content, answer: r.text, official: r.official_name,
      approvedOn: r.approved_on, publishedAt: r.published_at!,
      petitioners: [...new Set(people.filter((p) => p.matter_id === r.matter_id).map((p) => maskPetitionerName(p.full_name, p.village)))],
    })),
  };
}

const csvCell = (v: string | null) => {
  const s = v ?? '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a BOM, so Excel opens the Vietnamese text as UTF-8. */
export function answersCsv(items: readonly OpenAnswer[]): string {
  const header = ['ma_van_de', 'linh_vuc', 'thon', 'noi_dung_kien_nghi', 'noi_dung_tra_loi', 'nguoi_tra_loi', 'ngay_duyet', 'ngay_cong_bo', 'nguoi_kien_nghi'];
  const lines = items.map((i) => [i.matterId, i.field, i.village, i.question, i.answer, i.official, i.approvedOn, i.publishedAt, i.petitioners.join('; ')].map(csvCell).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
