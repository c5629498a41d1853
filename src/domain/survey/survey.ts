/**
 * Survey responses as the register keeps them: one row of "Survei Kepuasan" per questionnaire,
 * whether typed in from paper or imported from the Google Form. Pure: no Google service.
 */

import type { Episode } from '../episodes/episodes';
import { titleCase } from '../reports/document';
import { formatDayDateId, type IsoDate } from '../shared/dates';
import { NAME, PROGRAMME } from '../shared/programme';
import type { Row } from '../shared/schema';
import { type Answer, type Answers, PROFILE_KEYS, type Profile, UNSUR, unsurLabel } from './skm';
import type { Respondent } from './skm-report';

export type SurveyRow = Row<'survey'>;

export const SURVEY_ID_PREFIX = 'SKM';
export const SOURCES = { form: 'formulir', paper: 'kertas' } as const;
export const ANSWER_KEYS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

/** One questionnaire before it becomes a row. */
export interface Questionnaire {
  episodeId: string;
  answers: Answers;
  profile: Profile;
  suggestion: string;
  /** `YYYY-MM-DD HH:MM` WIB. */
  submittedAt: string;
}

export interface RowMeta {
  id: string;
  source: string;
  formResponseId: string;
  recordedBy: string;
  recordedAt: string;
}

export function surveyRow(q: Questionnaire, meta: RowMeta): SurveyRow {
  const answers = Object.fromEntries(ANSWER_KEYS.map((k, i) => [k, q.answers[i] ?? null])) as Record<
    (typeof ANSWER_KEYS)[number],
    number | null
  >;
  return {
    ...answers,
    id: meta.id,
    episodeId: q.episodeId,
    gender: q.profile.gender ?? '',
    age: q.profile.age ?? '',
    education: q.profile.education ?? '',
    occupation: q.profile.occupation ?? '',
    suggestion: q.suggestion,
    source: meta.source,
    submittedAt: q.submittedAt,
    formResponseId: meta.formResponseId,
    recordedBy: meta.recordedBy,
    recordedAt: meta.recordedAt,
  };
}

const isAnswer = (v: number | null): v is Answer | null => v === null || v === 1 || v === 2 || v === 3 || v === 4;

/** The first answer cell of a stored row that is not 1–4 or blank (typed into the sheet by hand). */
export function invalidAnswer(row: SurveyRow): { column: string; value: number } | null {
  const at = ANSWER_KEYS.findIndex((key) => !isAnswer(row[key]));
  return at < 0 ? null : { column: unsurLabel(UNSUR[at]), value: row[ANSWER_KEYS[at]] as number };
}

/** A stored row as a questionnaire of the report; its answers must have passed `invalidAnswer`. */
export function respondentOf(row: SurveyRow): Respondent {
  const profile: Profile = {};
  for (const key of PROFILE_KEYS) if (row[key]) profile[key] = row[key];
  return { answers: ANSWER_KEYS.map((key) => row[key] as Answer | null), profile, suggestion: row.suggestion };
}

export interface SurveyFilter {
  from?: IsoDate;
  to?: IsoDate;
  episodeId?: string;
}

/** Rows of a period (by the date the questionnaire was filled in) and/or of one episode. */
export function matches(row: SurveyRow, filter: SurveyFilter): boolean {
  const date = (row.submittedAt || row.recordedAt).slice(0, 10);
  return (
    (!filter.episodeId || row.episodeId === filter.episodeId) && (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to)
  );
}

const CHOICE_SEPARATOR = ' · ';
const TOPIC_MAX = 60;

/** The form's episode picker lists "EP-001 · Jumat, 4 Desember 2026 · topic"; the id leads so it can be read back. */
export function episodeChoice(episode: Pick<Episode, 'id' | 'liveDate' | 'topic'>): string {
  const topic = episode.topic.length > TOPIC_MAX ? `${episode.topic.slice(0, TOPIC_MAX - 1)}…` : episode.topic;
  return [episode.id, formatDayDateId(episode.liveDate), topic].filter(Boolean).join(CHOICE_SEPARATOR);
}

export function episodeIdOfChoice(choice: string): string {
  return choice.split(CHOICE_SEPARATOR)[0].trim();
}

/** Short enough for a TikTok caption; a WhatsApp message shows the link as a link. */
export function surveyInvitation(url: string, agencyName: string, episode?: Pick<Episode, 'liveDate' | 'topic'>): string {
  const which = episode ? ` "${episode.topic}" (${formatDayDateId(episode.liveDate)})` : '';
  return (
    `Terima kasih sudah mengikuti ${PROGRAMME}${which}! ` +
    `Bantu ${titleCase(agencyName)} meningkatkan layanan dengan mengisi Survei Kepuasan Masyarakat (±3 menit, tanpa nama): ${url}`
  );
}

export const DEFAULT_FORM_TITLE = `Survei Kepuasan Masyarakat – ${NAME}`;

/** The form's description and thank-you message. */
export function formTexts(agencyName: string): { description: string; confirmation: string } {
  return {
    description:
      `Survei Kepuasan Masyarakat (Peraturan Menteri PANRB Nomor 14 Tahun 2017) atas layanan konsultasi ` +
      `${PROGRAMME} di TikTok oleh ${titleCase(agencyName)}. Jawaban Anda membantu kami meningkatkan layanan. ` +
      'Survei ini tidak menanyakan nama atau kontak Anda.',
    confirmation: 'Terima kasih! Jawaban Anda sudah kami terima.',
  };
}
