import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Select,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { roleNames } from '@doithoai/core';
import { useState } from 'react';
import { Navigate, NavLink as RouterLink, Route, Routes } from 'react-router';
import { useI18n } from '../i18n';
import type { Me } from '../types';
import { homePath, pages, stageNames, stages } from './pages';
import { Bell } from '../features/notify/Bell';

export function Layout({ me, onSignOut }: { me: Me; onSignOut(): void }) {
  const { t, lang, toggle } = useI18n();
  // On a phone or a narrow window the navbar folds behind a burger; on a laptop it is always there
  // and scrolls on its own when the pages outgrow the screen.
  const [navOpen, nav] = useDisclosure(false);
  const [unitId, setUnitId] = useState<string>(() => {
    const saved = localStorage.getItem('unitId');
    return me.grants.some((g) => g.unitId === saved) ? saved! : (me.grants[0]?.unitId ?? '');
  });
  const grant = me.grants.find((g) => g.unitId === unitId);
  const chooseUnit = (id: string) => {
    localStorage.setItem('unitId', id);
    setUnitId(id);
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t.menu}
            />
            <Title order={3} c="red.8" style={{ whiteSpace: 'nowrap' }}>
              {t.appName}
            </Title>
            <Select
              aria-label={t.currentUnit}
              data={me.grants.map((g) => ({ value: g.unitId, label: g.unitName }))}
              value={unitId}
              onChange={(v) => v && chooseUnit(v)}
              allowDeselect={false}
              w={{ base: 140, sm: 220 }}
              style={{ minWidth: 0 }}
              // On a phone a long unit name ends in "…" rather than being cut mid-letter.
              styles={{ input: { textOverflow: 'ellipsis' } }}
            />
            {grant && (
              <Badge variant="light" visibleFrom="md">
                {roleNames[grant.role][lang]}
              </Badge>
            )}
          </Group>
          <Group wrap="nowrap" gap="sm">
            <Text size="sm" visibleFrom="md">
              {me.name}
            </Text>
            <Bell />
            {/* On a phone the header keeps only the bell; these two move to the foot of the menu. */}
            <Button variant="subtle" size="xs" onClick={toggle} visibleFrom="sm">
              {t.language}
            </Button>
            <Button variant="default" size="xs" onClick={onSignOut} visibleFrom="sm">
              {t.signOut}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          {/* The menu by the stages of a round (Chuẩn bị → Hội nghị → Sau hội nghị → Báo cáo, then
              Quản trị), each page only for the roles that can use it at the chosen unit. */}
          <nav aria-label={t.menu}>
            {stages.map((stage) => {
              const shown = pages.filter(
                (p) => p.stage === stage && (!p.roles || (grant && p.roles.includes(grant.role))),
              );
              if (!shown.length) return null;
              return (
                <div
                  key={stage}
                  data-stage={stage}
                  role="group"
                  aria-label={stage === 'start' ? undefined : stageNames[stage][lang]}
                >
                  {stage !== 'start' && (
                    <Text
                      size="xs"
                      fw={700}
                      c="gray.7"
                      tt="uppercase"
                      px="xs"
                      pt="sm"
                      pb={2}
                      aria-hidden="true"
                    >
                      {stageNames[stage][lang]}
                    </Text>
                  )}
                  {shown.map((p) => (
                    <RouterLink
                      key={p.path}
                      to={p.path}
                      style={{ textDecoration: 'none' }}
                      onClick={nav.close}
                    >
                      {({ isActive }) => (
                        <NavLink
                          component="span"
                          label={p.label(t, lang)}
                          active={isActive}
                          py={5}
                        />
                      )}
                    </RouterLink>
                  ))}
                </div>
              );
            })}
          </nav>
        </AppShell.Section>
        <AppShell.Section
          hiddenFrom="sm"
          pt="xs"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="sm" c="dimmed" px="xs">
            {me.name}
            {grant ? ` · ${roleNames[grant.role][lang]}` : ''}
          </Text>
          <Group gap="xs" mt="xs" px="xs">
            <Button variant="subtle" size="xs" onClick={toggle}>
              {t.language}
            </Button>
            <Button variant="default" size="xs" onClick={onSignOut}>
              {t.signOut}
            </Button>
          </Group>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          {pages.map((p) => (
            <Route key={p.path} path={`${p.path}/*`} element={<p.component unitId={unitId} />} />
          ))}
          <Route path="*" element={<Navigate to={homePath} replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
