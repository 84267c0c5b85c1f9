import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { SignInAnswer } from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';

const codeText = {
  vi: {
    label: 'Mã xác thực (6 chữ số, trong ứng dụng xác thực)',
    hint: 'Tài khoản này bật đăng nhập hai bước.',
    verify: 'Xác nhận',
    back: 'Quay lại',
  },
  en: {
    label: 'Authentication code (6 digits, from your authenticator app)',
    hint: 'This account uses two-step sign-in.',
    verify: 'Verify',
    back: 'Back',
  },
};

export function LoginPage({ onSignedIn }: { onSignedIn(): void }) {
  const { t, toggle, lang } = useI18n();
  const ct = codeText[lang];
  // Second step when the account has TOTP: the server answered twoFactorRedirect, no session yet.
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (needsCode) {
        await api('POST', '/api/auth/two-factor/verify-totp', { code: code.replace(/\s/g, '') });
        onSignedIn();
        return;
      }
      const res = await api<SignInAnswer>('POST', '/api/auth/sign-in/username', {
        username: username.trim(),
        password,
      });
      if (res?.twoFactorRedirect) {
        setNeedsCode(true);
        return;
      }
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
            <Text c="dimmed" size="sm">
              {t.tagline}
            </Text>
          </div>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {needsCode ? (
            <>
              <Text size="sm">{ct.hint}</Text>
              <TextInput
                label={ct.label}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                required
                autoFocus
              />
              <Button type="submit" loading={busy}>
                {ct.verify}
              </Button>
              <Anchor
                size="sm"
                component="button"
                type="button"
                onClick={() => {
                  setNeedsCode(false);
                  setCode('');
                }}
              >
                {ct.back}
              </Anchor>
            </>
          ) : (
            <>
              <TextInput
                label={t.username}
                name="username"
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                required
                autoFocus
              />
              <PasswordInput
                label={t.password}
                visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                required
              />
              <Button type="submit" loading={busy}>
                {t.signIn}
              </Button>
            </>
          )}
          <Text size="xs" c="dimmed">
            {t.demoHint}
          </Text>
          <Anchor size="sm" component="button" type="button" onClick={toggle}>
            {t.language}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
