import { AppShell, Badge, Button, Group, NavLink, Select, Text, Title } from '@mantine/core';
import { roleNames } from '@doithoai/core';
import { useState } from 'react';
import { UnitsPage } from '../features/units/UnitsPage';
import { useI18n } from '../i18n';
import type { Me } from '../types';

export function Layout({ me, onSignOut }: { me: Me; onSignOut(): void }) {
  const { t, lang, toggle } = useI18n();
  const [unitId, setUnitId] = useState<string>(me.grants[0]?.unitId ?? '');
  const grant = me.grants.find((g) => g.unitId === unitId);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Title order={3} c="red.8">{t.appName}</Title>
            <Select
              aria-label={t.currentUnit}
              data={me.grants.map((g) => ({ value: g.unitId, label: g.unitName }))}
              value={unitId}
              onChange={(v) => v && setUnitId(v)}
              allowDeselect={false}
              w={220}
            />
            {grant && <Badge variant="light">{roleNames[grant.role][lang]}</Badge>}
          </Group>
          <Group wrap="nowrap">
            <Text size="sm" visibleFrom="sm">{me.name}</Text>
            <Button variant="subtle" size="xs" onClick={toggle}>{t.language}</Button>
            <Button variant="default" size="xs" onClick={onSignOut}>{t.signOut}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink label={t.units} active />
      </AppShell.Navbar>
      <AppShell.Main>
        <UnitsPage rootUnitId={unitId} />
      </AppShell.Main>
    </AppShell>
  );
}
