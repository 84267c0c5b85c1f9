// Báo cáo kết quả from the dashboard: pick the period (a year, a 215-KL/TW period, by the calendar
// or cut off on the 14th), see the figures computed from the data, edit the wording (one
// paragraph a line), save, preview or download it (DOCX, PDF), and issue it with a number.
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import type { IssuedReport, ReportView } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { viDate } from '../../format/date';
import { useI18n } from '../../i18n';

type Figures = ReportView['figures'];

const kinds = [
  { value: 'year', vi: 'Cả năm', en: 'Year', index: [1] },
  { value: 'six-months', vi: '6 tháng', en: '6 months', index: [1] },
  { value: 'nine-months', vi: '9 tháng', en: '9 months', index: [1] },
  { value: 'quarter', vi: 'Quý', en: 'Quarter', index: [1, 2, 3, 4] },
  { value: 'month', vi: 'Tháng', en: 'Month', index: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
];
const sections = [
  'organisation',
  'assessment',
  'shortcomings',
  'nextSteps',
  'proposals',
  'recipients',
] as const;
const sectionNames = {
  vi: {
    organisation: 'Công tác tổ chức',
    assessment: 'Ưu điểm',
    shortcomings: 'Hạn chế, nguyên nhân',
    nextSteps: 'Phương hướng, nhiệm vụ',
    proposals: 'Đề xuất, kiến nghị',
    recipients: 'Nơi nhận',
  },
  en: {
    organisation: 'Organisation',
    assessment: 'Assessment',
    shortcomings: 'Shortcomings',
    nextSteps: 'Next steps',
    proposals: 'Proposals',
    recipients: 'Recipients',
  },
};
const figureNames: Record<keyof Figures, string> = {
  sessions: 'Số hội nghị',
  attendees: 'Lượt người dự',
  raised: 'Ý kiến, kiến nghị',
  settledAtSession: 'Giải quyết tại hội nghị',
  carriedOver: 'Chuyển sau hội nghị',
  answered: 'Đã trả lời bằng văn bản',
  answeredOnTime: 'Trả lời đúng hạn',
  overdue: 'Quá hạn chưa trả lời',
  escalated: 'Đề nghị cấp trên',
};

export function ReportPanel({ unitId, year }: { unitId: string; year: number }) {
  const { lang } = useI18n();
  const [kind, setKind] = useState('year');
  const [index, setIndex] = useState('1');
  const [convention, setConvention] = useState('calendar');
  const [report, setReport] = useState<ReportView | null>(null);
  const [text, setText] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const key =
    kind === 'year' ? `year:${year}:1:${convention}` : `${kind}:${year}:${index}:${convention}`;

  const load = () =>
    api<ReportView>('GET', `/api/units/${unitId}/reports/${encodeURIComponent(key)}`)
      .then((r) => {
        setReport(r);
        setText(Object.fromEntries(sections.map((s) => [s, (r.wording[s] ?? []).join('\n')])));
      })
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  useEffect(() => {
    setMessage(null);
    void load();
  }, [unitId, key]);

  const save = async () => {
    if (!report) return;
    const wording = Object.fromEntries(
      sections.map((s) => [
        s,
        (text[s] ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      ]),
    );
    try {
      await api('PUT', `/api/units/${unitId}/reports/${encodeURIComponent(key)}`, {
        ...report.wording,
        ...wording,
        version: report.version,
      });
      setMessage({ ok: true, text: lang === 'vi' ? 'Đã lưu' : 'Saved' });
      await load();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  const issue = async () => {
    try {
      const r = await api<IssuedReport>(
        'POST',
        `/api/units/${unitId}/reports/${encodeURIComponent(key)}/issue`,
      );
      setMessage({
        ok: true,
        text: `${lang === 'vi' ? 'Đã ban hành' : 'Issued'}: ${r.numberText}`,
      });
      await load();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  const kindInfo = kinds.find((k) => k.value === kind)!;
  const doc = report?.documentId ?? report?.draftId;
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>
          {lang === 'vi' ? 'Báo cáo kết quả' : 'Report'}
          {report ? ` (${viDate(report.from)} – ${viDate(report.to)})` : ''}
        </Text>
        <Group>
          <Select
            aria-label={lang === 'vi' ? 'Kỳ báo cáo' : 'Period'}
            data={kinds.map((k) => ({ value: k.value, label: k[lang] }))}
            value={kind}
            onChange={(v) => {
              if (v) {
                setKind(v);
                setIndex('1');
              }
            }}
            allowDeselect={false}
            w={140}
          />
          {kindInfo.index.length > 1 && (
            <Select
              aria-label={lang === 'vi' ? 'Số' : 'Number'}
              data={kindInfo.index.map(String)}
              value={index}
              onChange={(v) => v && setIndex(v)}
              allowDeselect={false}
              w={90}
            />
          )}
          <Select
            aria-label={lang === 'vi' ? 'Chốt số liệu' : 'Cut-off'}
            data={[
              { value: 'calendar', label: lang === 'vi' ? 'Theo lịch' : 'Calendar' },
              {
                value: 'cutoff-14',
                label: lang === 'vi' ? 'Chốt ngày 14 (NĐ 09/2019)' : 'Cut off on the 14th',
              },
            ]}
            value={convention}
            onChange={(v) => v && setConvention(v)}
            allowDeselect={false}
            w={230}
          />
        </Group>
        {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
        {report && (
          <>
            <Table data-testid="report-figures">
              <Table.Tbody>
                {(Object.keys(figureNames) as (keyof Figures)[]).map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{figureNames[k]}</Table.Td>
                    <Table.Td>{report.figures[k]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {sections.map((s) => (
              <Textarea
                key={s}
                label={sectionNames[lang][s]}
                autosize
                minRows={2}
                value={text[s] ?? ''}
                disabled={!report.can.write || !!report.documentId}
                onChange={(e) => setText({ ...text, [s]: e.currentTarget.value })}
              />
            ))}
            <Group>
              {report.can.write && !report.documentId && (
                <Button onClick={save}>{lang === 'vi' ? 'Lưu nội dung' : 'Save wording'}</Button>
              )}
              {doc && (
                <Button
                  component="a"
                  variant="default"
                  href={`/api/documents/bao-cao/${doc}/preview`}
                  target="_blank"
                >
                  {lang === 'vi' ? 'Xem trước' : 'Preview'}
                </Button>
              )}
              {doc && (
                <Button component="a" variant="default" href={`/api/documents/bao-cao/${doc}.docx`}>
                  DOCX
                </Button>
              )}
              {doc && (
                <Button component="a" variant="default" href={`/api/documents/bao-cao/${doc}.pdf`}>
                  PDF
                </Button>
              )}
              {report.can.issue && !report.documentId && (
                <Button color="red" onClick={issue}>
                  {lang === 'vi' ? 'Ban hành' : 'Issue'}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
