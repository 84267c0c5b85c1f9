// A list's filters, folded on a phone behind one button that counts those applied, so the list
// starts on the first screen; on a wider screen they are simply shown.
import { Button, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useNarrow } from './use-narrow';

export function FoldedFilters({ applied, children }: { applied: number; children: ReactNode }) {
  const { t } = useI18n();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  if (!narrow) return <>{children}</>;
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t.hideFilters : t.showFilters(applied)}
      </Button>
      {open && children}
    </Stack>
  );
}
