// The bell in the header: the unread count, refreshed every 30 s and at once after reading.
import { ActionIcon, Indicator } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { UNREAD_CHANGED, fetchUnread } from './notify-api';
import { notifyText } from './notify-text';

export function Bell() {
  const { lang } = useI18n();
  const text = notifyText(lang);
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      fetchUnread()
        .then((r) => live && setUnread(r.unread))
        .catch(() => undefined);
    load();
    const timer = setInterval(load, 30_000);
    const onChange = (e: Event) => setUnread(Number((e as CustomEvent<number>).detail));
    window.addEventListener(UNREAD_CHANGED, onChange);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(UNREAD_CHANGED, onChange);
    };
  }, []);

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={16}
      disabled={unread === 0}
      color="red"
      offset={4}
    >
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={text.bell(unread)}
        title={text.bell(unread)}
        onClick={() => navigate('/thong-bao')}
        data-testid="bell"
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
