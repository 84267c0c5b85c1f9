// Open data: a commune's published written answers as CSV or JSON, for anyone (like the public
// portal). It shows exactly what the portal's answer list shows (portal/published-answers.ts:
// names in the texts as initials, phones removed, the question withheld when its sender did not
// agree to publish it), plus the field, the village and the approval date. Petitioners appear only
// masked ("Ông N.V.A., thôn 3"); no phone, email or address.
import { DomainError } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { publishedAnswers as portalAnswers } from '../portal/published-answers.js';
import { publishedAnswerFacts, unitBySlug } from './report.repository.js';

export interface OpenAnswer {
  matterId: string;
  field: string | null;
  village: string | null;
  /** null: the sender did not agree to publish their question. */
  question: string | null;
  answer: string;
  official: string;
  approvedOn: string | null;
  publishedAt: string;
  askedBy: string;
}

/** A commune's published answers, newest first, at most 10,000 (a year's at most). */
export async function publishedAnswers(
  db: Db,
  slug: string,
  year?: number,
): Promise<{ unit: { slug: string; name: string }; items: OpenAnswer[] }> {
  const k = db.kysely;
  const unit = await unitBySlug(k, slug);
  if (!unit) throw new DomainError('NOT_FOUND');
  const shown = (await portalAnswers(k, unit.id, 10_000)).filter(
    (a) => !year || a.publishedAt.startsWith(String(year)),
  );
  const facts = new Map<
    string,
    { field: string | null; village: string | null; approvedOn: string | null }
  >();
  for (let i = 0; i < shown.length; i += 500) {
    const ids = shown.slice(i, i + 500).map((a) => a.matterId);
    const rows = await publishedAnswerFacts(k, ids);
    for (const r of rows)
      facts.set(r.id, {
        field: r.field,
        village: r.village,
        approvedOn: r.approved_on ?? facts.get(r.id)?.approvedOn ?? null,
      });
  }
  return {
    unit: { slug: unit.slug, name: unit.name },
    items: shown.map((a) => ({
      matterId: a.matterId,
      field: facts.get(a.matterId)?.field ?? null,
      village: facts.get(a.matterId)?.village ?? null,
      question: a.question,
      answer: a.answer,
      official: a.officialName,
      approvedOn: facts.get(a.matterId)?.approvedOn ?? null,
      publishedAt: a.publishedAt,
      askedBy: a.askedBy,
    })),
  };
}

const csvCell = (v: string | null) => {
  const s = v ?? '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a BOM, so Excel opens the Vietnamese text as UTF-8. */
export function answersCsv(items: readonly OpenAnswer[]): string {
  const header = [
    'ma_van_de',
    'linh_vuc',
    'thon',
    'noi_dung_kien_nghi',
    'noi_dung_tra_loi',
    'nguoi_tra_loi',
    'ngay_duyet',
    'ngay_cong_bo',
    'nguoi_kien_nghi',
  ];
  const lines = items.map((i) =>
    [
      i.matterId,
      i.field,
      i.village,
      i.question,
      i.answer,
      i.official,
      i.approvedOn,
      i.publishedAt,
      i.askedBy,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
