// The profiles to choose from: built-in ones and administrators' clones; marks the one in use.
import { Badge, Card, Group, NavLink, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { StoredProfile } from './profile-api';
import { profileText } from './profile-text';

export function ProfileList({
  profiles,
  selected,
  inUse,
  onSelect,
}: {
  profiles: StoredProfile[];
  selected: string;
  inUse: string | undefined;
  onSelect(code: string): void;
}) {
  const { lang } = useI18n();
  const tp = profileText(lang);
  return (
    <Card withBorder padding="xs">
      <Title order={5} mb="xs">
        {tp.title}
      </Title>
      {profiles.map(({ profile: p, builtIn }) => (
        <NavLink
          key={p.code}
          component="button"
          active={p.code === selected}
          onClick={() => onSelect(p.code)}
          label={p.name[lang]}
          description={
            <Group gap={4} component="span">
              <span>{p.code}</span>
              <Badge
                component="span"
                size="xs"
                variant="light"
                color={builtIn ? 'blue' : 'grape'}
                tt="none"
              >
                {builtIn ? tp.builtIn : tp.cloned}
              </Badge>
              {p.code === inUse && (
                <Badge component="span" size="xs" color="green" tt="none">
                  {tp.current}
                </Badge>
              )}
            </Group>
          }
        />
      ))}
    </Card>
  );
}
