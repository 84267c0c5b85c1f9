// The entry form's state: what the clerk types (the content, the person, their consents, the
// field, the matter to join, the photo of the paper), what the form starts with
// (useEntryDefaults), the likely duplicates and suggested fields for the text typed (asked 300 ms
// after typing stops, from 12 characters; only the answer to the latest text counts), and the
// save: refused, the form stays as typed and the message names the field; saved, the tracking
// code, then the photo (its failure does not undo the save). `next` clears the form for the next
// paper but keeps its source, village and date received.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { attachFile, saveOpinion, type Entered } from './entry-api';
import { entryText } from './entry-text';
import { fetchSimilar, warmSimilar, type SimilarResult } from './similar-api';
import { useEntryDefaults } from './useEntryDefaults';

const noHints: SimilarResult = { suggestions: [], duplicates: [] };
/** Shorter text says too little to compare. */
export const HINTS_FROM_LENGTH = 12;
export const HINTS_AFTER_MS = 300;

export interface SavedEntry {
  matter: Entered;
  joined: boolean;
  /** The photo's file name once attached, or why it was not. */
  attached: string | null;
  attachError: string | null;
}

export function useOpinionEntry(unitId: string) {
  const { lang } = useI18n();
  const x = entryText(lang);
  const kept = useEntryDefaults();
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consents, setConsents] = useState<string[]>([]);
  const [field, setField] = useState<string | null>(null);
  const [joinId, setJoinId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [hints, setHints] = useState<SimilarResult>(noHints);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedEntry | null>(null);

  useEffect(() => warmSimilar(unitId), [unitId]);
  useEffect(() => {
    if (content.trim().length < HINTS_FROM_LENGTH) {
      setHints(noHints);
      return;
    }
    // Only the answer to the latest text counts: an older request still in flight is dropped.
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilar(unitId, content, kept.villageId, abort.signal)
        .then(setHints)
        .catch(() => undefined);
    }, HINTS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [content, kept.villageId, unitId]);

  const chooseField = useCallback((f: string | null) => setField(f), []);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    setError(null);
    if (!kept.receivedOn) {
      setError(
        new ApiError(400, 'VALIDATION', x.receivedOnBad, [
          { field: 'receivedOn', message: x.receivedOnBad },
        ]),
      );
      return;
    }
    setBusy(true);
    try {
      const joined = !!joinId;
      const matter = await saveOpinion(unitId, {
        content,
        source: kept.source,
        villageId: kept.villageId,
        receivedOn: kept.receivedOn,
        field: joined ? null : field,
        joinMatterId: joinId,
        petitioner: name || phone ? { fullName: name, phone, consents } : null,
      });
      let attached: string | null = null;
      let attachError: string | null = null;
      if (file) {
        try {
          await attachFile(matter.id, file);
          attached = file.name;
        } catch (err) {
          attachError = err instanceof Error ? err.message : String(err);
        }
      }
      setSaved({ matter, joined, attached, attachError });
    } catch (err) {
      // Refused: the form stays as typed, the message names the field.
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    } finally {
      setBusy(false);
    }
  }

  /** The next entry: a clean form with the same source, village and date received. */
  function next() {
    setSaved(null);
    setContent('');
    setName('');
    setPhone('');
    setConsents([]);
    setField(null);
    setJoinId(null);
    setFile(null);
    setHints(noHints);
    setError(null);
  }

  /** The server's (or the form's) message for a field, or a part of it ('petitioner.phone'). */
  const fieldError = (f: string) =>
    error?.fields.find((e) => e.field === f || e.field.startsWith(`${f}.`))?.message;

  return {
    kept,
    content,
    setContent,
    name,
    setName,
    phone,
    setPhone,
    consents,
    setConsents,
    field,
    chooseField,
    joinId,
    setJoinId,
    file,
    setFile,
    hints,
    error,
    fieldError,
    busy,
    saved,
    save,
    next,
  };
}
