// The unit's answer templates per field: the built-in ones and the unit's own, which the office
// adds (title, field or every field, text with placeholders) and removes (archived on the server).
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  opinionFieldNames,
  opinionFields,
  type AnswerTemplates as AnswerTemplatesList,
} from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import * as apiCalls from './follow-up-api';
import { fieldName, message } from './follow-up-format';
import { followUpText } from './follow-up-text';

export function AnswerTemplates({ unitId }: { unitId: string }) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const [list, setList] = useState<AnswerTemplatesList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [field, setField] = useState<string | null>(null);
  const [text, setText] = useState('');

  const load = useCallback(() => {
    apiCalls
      .fetchTemplates(unitId)
      .then(setList)
      .catch((e) => setError(message(e)));
  }, [unitId]);
  useEffect(load, [load]);
  const run = (p: Promise<unknown>, after?: () => void) => {
    setError(null);
    p.then(() => {
      after?.();
      load();
    }).catch((e) => setError(message(e)));
  };

  if (!list)
    return error ? (
      <Alert color="red" role="alert">
        {error}
      </Alert>
    ) : (
      <Loader />
    );
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {list.canEdit && (
        <Card withBorder>
          <Stack gap="xs">
            <TextInput
              label={x.templateTitle}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Select
              label={x.field}
              placeholder={x.anyField}
              clearable
              value={field}
              onChange={setField}
              data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
            />
            <Textarea
              label={x.templateText}
              description={x.placeholders}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Button
              disabled={!title.trim() || !text.trim()}
              onClick={() =>
                run(apiCalls.createTemplate(unitId, { field, title, text }), () => {
                  setTitle('');
                  setText('');
                })
              }
            >
              {x.addTemplate}
            </Button>
          </Stack>
        </Card>
      )}
      {list.templates.map((t) => (
        <Card key={t.id} withBorder p="sm">
          <Group justify="space-between">
            <Group gap="xs">
              <Text fw={600}>{t.title}</Text>
              <Badge variant="light">{t.field ? fieldName(t.field, lang) : x.anyField}</Badge>
              {t.builtIn && <Badge color="gray">{x.builtIn}</Badge>}
            </Group>
            {list.canEdit && !t.builtIn && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => run(apiCalls.archiveTemplate(t.id))}
              >
                {x.archive}
              </Button>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {t.text}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
