// Signed out: the login page. Signed in: the staff console layout with the unit switcher.
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { LoginPage } from '../features/auth/LoginPage';
import type { Me } from '../types';
import { Layout } from './Layout';

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const load = useCallback(() => {
    api<Me>('GET', '/api/me')
      .then(setMe)
      .catch((e) => (e instanceof ApiError && e.status === 401 ? setMe(null) : setMe(null)));
  }, []);
  useEffect(load, [load]);

  if (me === undefined)
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  if (me === null) return <LoginPage onSignedIn={load} />;
  return (
    <Layout
      me={me}
      onSignOut={async () => {
        await api('POST', '/api/auth/sign-out', {}).catch(() => undefined);
        setMe(null);
      }}
    />
  );
}
