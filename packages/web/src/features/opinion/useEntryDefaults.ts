// What the entry form starts with for this clerk: the source they last chose (remembered per
// user on this computer, so two clerks sharing it keep their own), else a paper petition; the
// village last chosen; the date received, today in Vietnam.
import { opinionSources, vietnamDayOf, type OpinionSource } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Me } from '../../types';

/** A clerk's form is mostly typed from paper. */
export const DEFAULT_SOURCE: OpinionSource = 'citizen-paper';
const sourceKey = (userId: string) => `opinion.source:${userId}`;
const isSource = (s: string | null): s is OpinionSource =>
  !!s && (opinionSources as readonly string[]).includes(s);

export const todayIso = () => vietnamDayOf(new Date());

export function useEntryDefaults() {
  const [userId, setUserId] = useState<string | null>(null);
  const [source, setSourceState] = useState<OpinionSource>(DEFAULT_SOURCE);
  const [villageId, setVillageState] = useState<string | null>(() =>
    localStorage.getItem('opinion.village'),
  );
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso);

  useEffect(() => {
    api<Me>('GET', '/api/me')
      .then((me) => {
        setUserId(me.userId);
        const saved = localStorage.getItem(sourceKey(me.userId));
        if (isSource(saved)) setSourceState(saved);
      })
      .catch(() => undefined);
  }, []);

  const setSource = (s: OpinionSource) => {
    setSourceState(s);
    if (userId) localStorage.setItem(sourceKey(userId), s);
  };
  const setVillageId = (v: string | null) => {
    setVillageState(v);
    if (v) localStorage.setItem('opinion.village', v);
  };
  return { source, setSource, villageId, setVillageId, receivedOn, setReceivedOn };
}
