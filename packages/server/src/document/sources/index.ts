// The registered document sources: one import and one entry per source. Issued documents need
// no entry here: the register (./issued.ts) serves every kind.
import type { DocumentSource } from '../document-source.js';
import { planSource } from '../../plan/plan-source.js';
import { announcementSource, conclusionSource } from '../../session/session-sources.js';
import { minutesSource } from '../../session/minutes-source.js';
import { invitationSource } from '../../session/invitation-source.js';
import { opinionListSource } from '../../session/opinion-list-source.js';
import { answerLetterSource } from '../../follow-up/answer-letter-source.js';
import { reportSource } from '../../report/report-source.js';

export const documentSources: DocumentSource[] = [
  planSource,
  announcementSource,
  conclusionSource,
  minutesSource,
  invitationSource,
  opinionListSource,
  answerLetterSource,
  reportSource,
];
