// /bao-mat: the signed-in user's optional second factor (TOTP), offered to administrators and
// chairs first: enrol with the password, add the secret to an authenticator app, confirm with a
// code; or turn it off with the password. Server: better-auth's twoFactor plugin (auth/auth.ts).
import {
  Alert,
  Button,
  Code,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { AuthSession, TotpEnrolment } from '@doithoai/core';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';

const words = {
  vi: {
    title: 'Đăng nhập hai bước',
    intro:
      'Khuyến nghị cho quản trị viên và người chủ trì: khi đăng nhập, ngoài mật khẩu cần nhập mã 6 chữ số từ ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) trên điện thoại.',
    on: 'Đang bật.',
    off: 'Đang tắt.',
    password: 'Mật khẩu hiện tại',
    enable: 'Bật đăng nhập hai bước',
    disable: 'Tắt đăng nhập hai bước',
    step: 'Thêm khóa này vào ứng dụng xác thực (chọn «nhập khóa»), rồi nhập mã đang hiện để xác nhận:',
    key: 'Khóa bí mật',
    uri: 'Hoặc địa chỉ otpauth',
    backup: 'Mã dự phòng (mỗi mã dùng một lần; cất giữ cẩn thận):',
    code: 'Mã 6 chữ số',
    confirm: 'Xác nhận',
    done: 'Đã bật đăng nhập hai bước.',
    disabled: 'Đã tắt đăng nhập hai bước.',
  },
  en: {
    title: 'Two-step sign-in',
    intro:
      'Recommended for administrators and chairs: signing in then needs, besides the password, a 6-digit code from an authenticator app on your phone.',
    on: 'On.',
    off: 'Off.',
    password: 'Current password',
    enable: 'Turn on two-step sign-in',
    disable: 'Turn off two-step sign-in',
    step: 'Add this key to your authenticator app ("enter a setup key"), then type the code it shows to confirm:',
    key: 'Secret key',
    uri: 'Or the otpauth address',
    backup: 'Backup codes (each works once; keep them safe):',
    code: '6-digit code',
    confirm: 'Confirm',
    done: 'Two-step sign-in is on.',
    disabled: 'Two-step sign-in is off.',
  },
};

export function TwoFactorPage() {
  const { t, lang } = useI18n();
  const w = words[lang];
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [password, setPassword] = useState('');
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () =>
    api<AuthSession>('GET', '/api/auth/get-session')
      .then((s) => setEnabled(!!s?.user?.twoFactorEnabled))
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    void refresh();
  }, []);

  const run = async (e: FormEvent, act: () => Promise<void>) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await act();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const secret = enrolment ? (new URL(enrolment.totpURI).searchParams.get('secret') ?? '') : '';

  return (
    <Stack maw={560}>
      <Title order={2}>{w.title}</Title>
      <Text size="sm" c="dimmed">
        {w.intro}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && <Alert color="green">{notice}</Alert>}
      {enabled !== null && !enrolment && <Text fw={600}>{enabled ? w.on : w.off}</Text>}
      {enabled !== null && !enrolment && (
        <form
          onSubmit={(e) =>
            run(e, async () => {
              if (enabled) {
                await api('POST', '/api/auth/two-factor/disable', { password });
                setNotice(w.disabled);
                await refresh();
              } else {
                setEnrolment(
                  await api<TotpEnrolment>('POST', '/api/auth/two-factor/enable', { password }),
                );
              }
              setPassword('');
            })
          }
        >
          <Group align="end">
            <PasswordInput
              label={w.password}
              visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
            />
            <Button type="submit" color={enabled ? 'red' : undefined}>
              {enabled ? w.disable : w.enable}
            </Button>
          </Group>
        </form>
      )}
      {enrolment && (
        <form
          onSubmit={(e) =>
            run(e, async () => {
              await api('POST', '/api/auth/two-factor/verify-totp', {
                code: code.replace(/\s/g, ''),
              });
              setEnrolment(null);
              setCode('');
              setNotice(w.done);
              await refresh();
            })
          }
        >
          <Stack>
            <Text size="sm">{w.step}</Text>
            <Text size="sm">
              {w.key}: <Code>{secret}</Code>
            </Text>
            <Text size="xs" c="dimmed">
              {w.uri}: <Code>{enrolment.totpURI}</Code>
            </Text>
            <Text size="sm">{w.backup}</Text>
            <Code block>{enrolment.backupCodes.join('\n')}</Code>
            <Group align="end">
              <TextInput
                label={w.code}
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                required
              />
              <Button type="submit">{w.confirm}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
