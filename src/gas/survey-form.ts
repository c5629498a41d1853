/**
 * The SKM questionnaire as a Google Form. The form does not write to a sheet itself
 * (`setDestination` would add a sheet in Google's layout, not the register's): its id and the ids of
 * its items are kept in the document properties, and responses are imported by response id.
 */
import { wibDateTime } from '../domain/shared/dates';
import { type Answer, PROFILE, PROFILE_KEYS, type Profile, type ProfileKey, profileOf, scoreOf, UNSUR } from '../domain/survey/skm';
import { episodeIdOfChoice, type Questionnaire } from '../domain/survey/survey';
import { documentProperties } from './properties';
import { createFormSubmitTrigger, replaceFormSubmitTrigger, runningAs, triggersOf } from './triggers';

type Form = GoogleAppsScript.Forms.Form;

const PROPERTY = 'surveyForm';
/** The id of a form being built, until it is complete. */
const DRAFT = 'surveyFormDraft';
export const SUBMIT_HANDLER = 'onSurveySubmit';
/** Offered last in the episode picker (a list needs at least one choice); it means no episode. */
export const NO_EPISODE = 'Tidak ingat / bukan dari LIVE tertentu';

/** Where each part of the questionnaire sits in the form, by item id (titles may be edited). */
export interface SurveyFormRef {
  formId: string;
  answers: number[];
  profile: Record<ProfileKey, number>;
  episode: number;
  suggestion: number;
  /** The account whose trigger imports the responses (absent in forms made before it was recorded). */
  triggerOwner?: string;
}

export function loadFormRef(): SurveyFormRef | null {
  const stored = documentProperties().getProperty(PROPERTY);
  return stored ? (JSON.parse(stored) as SurveyFormRef) : null;
}

export function openForm(ref: SurveyFormRef): Form {
  return FormApp.openById(ref.formId);
}

/**
 * The form, or null when it cannot be opened or lies in the trash: FormApp.openById still opens a trashed form, but
 * respondents no longer can.
 */
export function openLiveForm(ref: SurveyFormRef): Form | null {
  try {
    return DriveApp.getFileById(ref.formId).isTrashed() ? null : openForm(ref);
  } catch {
    return null;
  }
}

/**
 * Opens the form to the public: answerable without signing in (a Workspace admin may make sign-in the default), and
 * published, which also starts accepting responses. Forms created after 30 June 2026 start unpublished and "won't
 * receive responses" (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
 */
export function publishForm(form: Form): void {
  form.setRequireLogin(false);
  form.setPublished(true);
}

export interface FormText {
  title: string;
  description: string;
  confirmation: string;
}

/**
 * Creates the form with the standard questionnaire, remembers it and installs its submit trigger. A
 * form left half-built by a run that failed is moved to the trash first, so an office has one form.
 */
export function createForm(text: FormText, episodeChoices: string[]): { form: Form; ref: SurveyFormRef } {
  const properties = documentProperties();
  const draft = properties.getProperty(DRAFT);
  if (draft) {
    try {
      DriveApp.getFileById(draft).setTrashed(true);
    } catch {
      // Already gone (deleted by hand): nothing to clean up.
    }
  }
  const created = FormApp.create(text.title);
  properties.setProperty(DRAFT, created.getId());
  const form = created.setDescription(text.description).setConfirmationMessage(text.confirmation).setCollectEmail(false);
  form.addSectionHeaderItem().setTitle('Data responden').setHelpText('Tidak perlu menuliskan nama. Boleh dikosongkan.');
  const episode = form
    .addListItem()
    .setTitle('Siaran LIVE yang Anda ikuti')
    .setChoiceValues([...episodeChoices, NO_EPISODE]);
  const profile = Object.fromEntries(
    PROFILE_KEYS.map((key) => {
      const item = form
        .addMultipleChoiceItem()
        .setTitle(PROFILE[key].label)
        .setChoiceValues([...PROFILE[key].options]);
      return [key, item.getId()];
    }),
  ) as Record<ProfileKey, number>;
  form.addSectionHeaderItem().setTitle('Pendapat Anda tentang layanan').setHelpText('Pilih satu jawaban untuk setiap pertanyaan.');
  const answers = UNSUR.map((u) =>
    form
      .addMultipleChoiceItem()
      .setTitle(u.question)
      .setChoiceValues([...u.labels])
      .setRequired(true)
      .getId(),
  );
  const suggestion = form.addParagraphTextItem().setTitle('Saran dan masukan').getId();
  publishForm(form); // last: a half-built form is never public
  const ref: SurveyFormRef = { formId: form.getId(), answers, profile, episode: episode.getId(), suggestion, triggerOwner: runningAs() };

  // Remembered before the trigger is installed: should that fail, "sync" still imports the responses.
  properties.setProperty(PROPERTY, JSON.stringify(ref));
  properties.deleteProperty(DRAFT);
  // This account's triggers on earlier forms go; another account's cannot be seen, and fire only for their own form.
  replaceFormSubmitTrigger(SUBMIT_HANDLER, form);
  return { form, ref };
}

/**
 * The form's submit trigger as the current account can know it: its owner, and — for the owner only — whether it is
 * still there (another account's triggers are invisible).
 */
export function submitTrigger(ref: SurveyFormRef): { owner: string; mine: boolean; present: boolean | null } {
  const owner = ref.triggerOwner ?? '';
  const mine = owner === runningAs();
  return { owner, mine, present: mine ? triggersOf(SUBMIT_HANDLER).some((t) => t.getTriggerSourceId() === ref.formId) : null };
}

/** Puts back the owner's submit trigger if it was removed (e.g. from the Apps Script dashboard); true if it did. */
export function repairSubmitTrigger(form: Form, ref: SurveyFormRef): boolean {
  if (submitTrigger(ref).present !== false) return false;
  createFormSubmitTrigger(SUBMIT_HANDLER, form);
  return true;
}

/** Keeps the episode picker in step with the "Episode" sheet. */
export function setEpisodeChoices(form: Form, ref: SurveyFormRef, choices: string[]): void {
  form
    .getItemById(ref.episode)
    .asListItem()
    .setChoiceValues([...choices, NO_EPISODE]);
}

/** A link that opens the form with the episode already chosen. */
export function prefilledUrl(form: Form, ref: SurveyFormRef, choice: string): string {
  const item = form.getItemById(ref.episode).asListItem();
  return form.createResponse().withItemResponse(item.createResponse(choice)).toPrefilledUrl();
}

export interface FormResponse extends Questionnaire {
  responseId: string;
  /** Answers whose wording matched none of the choices (the form's choices were edited); recorded blank. */
  unknown: string[];
}

/** The form's responses (submitted from `since`, if given) whose ids are not in `known`, read into questionnaires. */
export function newResponses(form: Form, ref: SurveyFormRef, known: ReadonlySet<string>, since?: Date): FormResponse[] {
  const out: FormResponse[] = [];
  for (const response of since ? form.getResponses(since) : form.getResponses()) {
    const responseId = response.getId();
    if (known.has(responseId)) continue;
    const byItem = new Map<number, string>();
    for (const r of response.getItemResponses()) byItem.set(r.getItem().getId(), String(r.getResponse()));
    const unknown: string[] = [];
    const answers = ref.answers.map((itemId, i): Answer | null => {
      const text = byItem.get(itemId);
      if (text === undefined) return null;
      const score = scoreOf(i, text);
      if (score === null) unknown.push(`${UNSUR[i].code}: "${text}"`);
      return score;
    });
    // An answer outside the column's list would be refused by its validation and fail the import on every run.
    const profile: Profile = {};
    for (const key of PROFILE_KEYS) {
      const value = byItem.get(ref.profile[key]);
      if (!value) continue;
      const option = profileOf(key, value);
      if (option) profile[key] = option;
      else unknown.push(`${PROFILE[key].label}: "${value}"`);
    }
    const episode = byItem.get(ref.episode);
    out.push({
      responseId,
      unknown,
      answers,
      profile,
      episodeId: episode && episode !== NO_EPISODE ? episodeIdOfChoice(episode) : '',
      suggestion: byItem.get(ref.suggestion) ?? '',
      submittedAt: wibDateTime(response.getTimestamp() as unknown as Date),
    });
  }
  return out;
}
