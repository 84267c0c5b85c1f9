import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';

export function LoginPage({ onSignedIn }: { onSignedIn(): void }) {
  const { t, toggle } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/auth/sign-in/username', { username: username.trim(), password });
      onSignedIn();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="form" onSubmit={submit} shadow="sm" p="xl" w={380} withBorder>
        <Stack>
          <div>
            <Title order={2}>{t.appName}</Title>
            <Text c="dimmed" size="sm">{t.tagline}</Text>
          </div>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput label={t.username} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.currentTarget.value)} required autoFocus />
          <PasswordInput label={t.password} name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required />
          <Button type="submit" loading={busy}>{t.signIn}</Button>
          <Text size="xs" c="dimmed">{t.demoHint}</Text>
          <Anchor size="sm" component="button" type="button" onClick={toggle}>{t.language}</Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
