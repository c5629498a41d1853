/**
 * Sidebar endpoints and the form-submit trigger for the satisfaction survey (SKM). The formula lives
 * in domain/skm.ts, the rows in domain/survey.ts, the Google Form in gas/survey-form.ts.
 */
import * as z from 'zod/mini';
import { type Episode, isCancelled } from '../domain/episodes/episodes';
import { beneficiariesOf } from '../domain/reports/figures';
import { formatDayDateId, isIsoDate, isTime, wibDate, wibDateTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { form, id, isoDate, name, oneOf, optionalText, refuse } from '../domain/shared/validation';
import {
  computeIkm,
  type IkmResult,
  PROFILE,
  type ProfileKey,
  type SampleTarget,
  sampleTarget,
  UNSUR,
  type Unsur,
  unsurLabel,
  WEIGHTS,
  type WeightKey,
} from '../domain/survey/skm';
import {
  DEFAULT_FORM_TITLE,
  episodeChoice,
  formTexts,
  type Questionnaire,
  SOURCES,
  SURVEY_ID_PREFIX,
  surveyInvitation,
  surveyRow,
} from '../domain/survey/survey';
import type { Register } from '../gas/register';
import {
  createForm,
  loadFormRef,
  newResponses,
  openForm,
  openLiveForm,
  prefilledUrl,
  publishForm,
  repairSubmitTrigger,
  type SurveyFormRef,
  setEpisodeChoices,
} from '../gas/survey-form';
import { type Context, endpoint } from './endpoint';
import { findEpisode } from './shared/episodes';
import { surveyRespondents } from './shared/respondents';

const answer = (u: Unsur) => z.nullable(z.literal([1, 2, 3, 4], { error: `Jawaban ${unsurLabel(u)} harus 1–4 atau kosong.` }));
type A = ReturnType<typeof answer>;
const answers = z.tuple(UNSUR.map(answer) as [A, A, A, A, A, A, A, A, A], {
  error: `Jawaban harus ${UNSUR.length} nilai, ${UNSUR[0].code} sampai ${UNSUR[UNSUR.length - 1].code} (kosong ditulis null).`,
});
const profileField = <K extends ProfileKey>(key: K) => z.optional(oneOf(PROFILE[key].label, PROFILE[key].options));
const profile = z.optional(
  z.object(
    {
      gender: profileField('gender'),
      age: profileField('age'),
      education: profileField('education'),
      occupation: profileField('occupation'),
    },
    { error: 'Profil responden tidak sah.' },
  ),
);
/** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (WIB): a paper form often has a date but no time. */
const submittedAt = z.string({ error: 'Waktu pengisian harus berupa teks.' }).check(
  z.trim(),
  z.refine((s) => {
    const [date, time, extra] = s.split(' ');
    return isIsoDate(date) && (time === undefined || isTime(time)) && extra === undefined;
  }, 'Waktu pengisian harus berupa tanggal, mis. 2026-12-04, atau tanggal dan jam, mis. 2026-12-04 09:30.'),
);
const episodeId = z.optional(id('ID episode'));

/** Appends questionnaires as rows with the next ids, each recorded in the audit log. */
function record(ctx: Context, items: Array<{ q: Questionnaire; source: string; formResponseId: string }>): string[] {
  // Only the id column: new rows go below the last one, so the answers already on record are not read.
  const table = ctx.register.table('survey', { columns: ['id'] });
  const ids = nextIds(SURVEY_ID_PREFIX, table.texts('id'), items.length);
  items.forEach(({ q, source, formResponseId }, i) => {
    const row = surveyRow(q, { id: ids[i], source, formResponseId, recordedBy: ctx.user, recordedAt: wibDateTime(ctx.now) });
    table.append(row);
    ctx.audit('catat survei kepuasan', ids[i], undefined, row);
  });
  return ids;
}

export const saveSurveyResponse = endpoint(
  form({ episodeId, answers, profile, suggestion: optionalText('Saran', 2000), submittedAt: z.optional(submittedAt) }),
  (input, ctx): { id: string } => {
    if (input.answers.every((a) => a === null))
      refuse('answers', `Isi paling sedikit satu jawaban ${UNSUR[0].code}–${UNSUR[UNSUR.length - 1].code}.`);
    if (input.episodeId) heldEpisode(ctx, input.episodeId);
    const at = input.submittedAt ?? wibDateTime(ctx.now);
    const q: Questionnaire = {
      episodeId: input.episodeId ?? '',
      answers: input.answers,
      profile: input.profile ?? {},
      suggestion: input.suggestion ?? '',
      submittedAt: at.length === 10 ? `${at} 00:00` : at,
    };
    const [saved] = record(ctx, [{ q, source: SOURCES.paper, formResponseId: '' }]);
    return { id: saved };
  },
  { write: true },
);

const NO_FORM = 'Formulir survei belum dibuat. Buat dulu dari panel Survei.';

/** Responses are fetched from this long before the last import: enough for clocks that differ a little. */
const SYNC_OVERLAP_MS = 60 * 60_000;

/**
 * Imports the form's responses not yet in the register; a response id is never imported twice. Only
 * the responses submitted since shortly before the last import are fetched: after ten years a form
 * holds thousands, and each one looked at costs a call.
 */
function importResponses(ctx: Context): number {
  const ref = loadFormRef() ?? refuse('', NO_FORM);
  const table = ctx.register.table('survey', { columns: ['id', 'formResponseId'] });
  const responseIds = table.column('formResponseId');
  const known = new Set(responseIds.filter(Boolean));
  // When the lowest form response on record was imported (no later than the last import): every
  // response submitted before then was imported then. Unreadable: everything is fetched.
  let last = responseIds.length - 1;
  while (last >= 0 && !responseIds[last]) last--;
  const importedAt = last < 0 ? undefined : table.readFresh([last], 'recordedAt').get(last);
  const since = importedAt instanceof Date ? new Date(importedAt.getTime() - SYNC_OVERLAP_MS) : undefined;
  const fresh = newResponses(openForm(ref), ref, known, since);
  for (const r of fresh) {
    if (r.unknown.length)
      ctx.warn(
        `Jawaban formulir yang tidak dikenali dicatat kosong: ${r.unknown.join(', ')}. Jangan ubah teks pilihan jawaban di formulir.`,
      );
  }
  record(
    ctx,
    fresh.map((r) => ({ q: r, source: SOURCES.form, formResponseId: r.responseId })),
  );
  return fresh.length;
}

export const syncSurveyResponses = endpoint(form({}), (_input, ctx) => ({ imported: importResponses(ctx) }), { write: true });

/**
 * Installable trigger on the form's submissions. It imports everything not yet imported, so a run
 * that failed (lock busy, quota) is made good by the next submission or by syncSurveyResponses.
 */
export function onSurveySubmit(_e?: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const result = syncSurveyResponses({});
  if (!result.ok) console.error(`onSurveySubmit: ${result.errors.map((e) => e.message).join(' ')}`);
  else if (result.warnings) console.warn(`onSurveySubmit: ${result.warnings.join(' ')}`);
}

/** The population for the sample size: the LIVE's beneficiaries, as every report counts them (beneficiariesOf). */
function population(register: Register, episodeIdValue: string): number | undefined {
  const beneficiaries = beneficiariesOf(
    register
      .table('metrics')
      .rows()
      .filter((m) => m.episodeId === episodeIdValue)
      .pop(),
  );
  return beneficiaries > 0 ? beneficiaries : undefined;
}

export const getIkm = endpoint(
  form({
    from: z.optional(isoDate('Dari tanggal')),
    to: z.optional(isoDate('Sampai tanggal')),
    episodeId,
    weight: z.optional(oneOf('Bobot unsur', Object.keys(WEIGHTS) as WeightKey[])),
  }),
  (input, ctx): IkmResult & { sampleTarget?: SampleTarget } => {
    if (input.from && input.to && input.from > input.to) refuse('to', 'Sampai tanggal tidak boleh sebelum Dari tanggal.');
    if (input.episodeId) findEpisode(ctx, input.episodeId);
    const result = computeIkm(
      surveyRespondents(ctx.register, input).map((r) => r.answers),
      input.weight,
    );
    const people = input.episodeId ? population(ctx.register, input.episodeId) : undefined;
    return people === undefined ? result : { ...result, sampleTarget: sampleTarget(people, result.respondents) };
  },
  { write: false },
);

export interface SurveyFormInfo {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** The form with the episode already chosen, when an episode was given. */
  episodeUrl?: string;
  /** For the TikTok caption or WhatsApp. */
  invitation: string;
  /** The account whose trigger imports each response as it arrives ('' if not recorded: forms made before this was). */
  importedBy?: string;
}

/** The form, or null when it was deleted from Drive or trashed (a new one may then be created). */
const existingForm = (ref: SurveyFormRef | null) => (ref ? openLiveForm(ref) : null);

/** Episodes a respondent may have watched (not cancelled, LIVE today or earlier), newest first. */
function watchable(ctx: Context): Episode[] {
  const today = wibDate(ctx.now);
  return ctx.register
    .table('episodes')
    .rows()
    .filter((e) => !isCancelled(e) && e.liveDate <= today)
    .sort((a, b) => b.liveDate.localeCompare(a.liveDate));
}
const episodeChoices = (ctx: Context) => watchable(ctx).map(episodeChoice);

/** An episode a questionnaire can be about: it exists, was not cancelled and has taken place. */
function heldEpisode(ctx: Context, episodeIdValue: string): Episode {
  const episode = findEpisode(ctx, episodeIdValue).row;
  if (isCancelled(episode)) refuse('episodeId', `Episode ${episode.id} dibatalkan.`);
  if (episode.liveDate > wibDate(ctx.now)) {
    refuse('episodeId', `Episode ${episode.id} belum berlangsung; LIVE-nya ${formatDayDateId(episode.liveDate)}.`);
  }
  return episode;
}

function formInfo(ctx: Context, f: GoogleAppsScript.Forms.Form, ref: SurveyFormRef, episodeIdValue?: string): SurveyFormInfo {
  const agency = ctx.settings().agencyName;
  const info = { formId: ref.formId, publishedUrl: f.getPublishedUrl(), editUrl: f.getEditUrl() };
  if (!episodeIdValue) return { ...info, invitation: surveyInvitation(info.publishedUrl, agency) };
  const episode = heldEpisode(ctx, episodeIdValue);
  const episodeUrl = prefilledUrl(f, ref, episodeChoice(episode));
  return { ...info, episodeUrl, invitation: surveyInvitation(episodeUrl, agency, episode) };
}

export const createSurveyForm = endpoint(
  form({ title: z.optional(name('Judul formulir', 200)) }),
  (input, ctx): SurveyFormInfo => {
    if (existingForm(loadFormRef())) refuse('', 'Formulir survei sudah dibuat. Tautannya ada di panel Survei.');
    const { form: created, ref } = createForm(
      { title: input.title ?? DEFAULT_FORM_TITLE, ...formTexts(ctx.settings().agencyName) },
      episodeChoices(ctx),
    );
    ctx.audit('buat formulir survei', ref.formId, undefined, { title: input.title ?? DEFAULT_FORM_TITLE });
    return { ...formInfo(ctx, created, ref), importedBy: ref.triggerOwner ?? '' };
  },
  { write: true },
);

/**
 * Links and invitation, or null when there is no form to share (never created, or deleted from Drive).
 * Brings the form's episode picker up to date with the "Episode" sheet.
 */
export const getSurveyForm = endpoint(
  form({ episodeId }),
  (input, ctx): SurveyFormInfo | null => {
    // Checked before the form is touched: a refused call changes nothing.
    if (input.episodeId) heldEpisode(ctx, input.episodeId);
    const ref = loadFormRef();
    const f = existingForm(ref);
    if (!ref || !f) {
      if (ref) ctx.warn('Formulir survei yang lalu tidak dapat dibuka atau sudah dibuang ke sampah Drive. Buat formulir baru.');
      return null;
    }
    if (!f.isPublished()) {
      // Made before forms had to be published (or unpublished by hand): nobody can answer it until it is.
      publishForm(f);
      ctx.warn('Formulir survei belum diterbitkan sehingga tidak dapat diisi; sekarang sudah diterbitkan.');
    }
    setEpisodeChoices(f, ref, episodeChoices(ctx));
    if (repairSubmitTrigger(f, ref))
      ctx.warn('Pemicu impor jawaban formulir survei hilang dan sudah dipasang kembali atas nama akun Anda.');
    return { ...formInfo(ctx, f, ref, input.episodeId), importedBy: ref.triggerOwner ?? '' };
  },
  { write: false },
);
