/**
 * FormApp over state.forms (developers.google.com/apps-script/reference/forms). A form is also a Drive file
 * (MimeType.GOOGLE_FORMS) in its creator's My Drive, opened under Drive's visibility rules. Modelled: the items the
 * product builds (multiple choice, list, paragraph text, section header), script-built responses and pre-filled URLs,
 * and, for tests, a respondent submitting the published form (`formsView(rt).submit`).
 */
import { MIME } from './base';
import { type Api, DIGITS, enumOf, Fake, type Runtime } from './core';
import { createItem, find, NOT_FOUND } from './drive';
import { badArguments, GasError } from './errors';
import type { FormItemState, FormResponseState, FormState, ModelledType } from './state';

type F = typeof GoogleAppsScript.Forms;
/** developers.google.com/apps-script/reference/forms/item-type */
export const ITEM_TYPE = enumOf<F['ItemType']>()(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
);

/** Saved states from before FormApp was modelled have no `forms`. */
const formsOf = (rt: Runtime): Record<string, FormState> => (rt.state.forms ??= {});

function formState(rt: Runtime, id: string): FormState {
  const form = formsOf(rt)[id];
  if (!form) throw new GasError(NOT_FOUND);
  return form;
}

/** Opening needs the same access as opening the Drive file. */
function open(rt: Runtime, id: string): FakeForm {
  if (find(rt, id, false).mimeType !== MIME.GOOGLE_FORMS) throw new GasError(NOT_FOUND);
  formState(rt, id);
  return new FakeForm(rt, id).api;
}

/**
 * Forms created after 30 June 2026 start unpublished and "won't receive responses" until published
 * (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms). The date has moved before; the
 * emulator follows the guide's current one.
 */
export const UNPUBLISHED_FROM = Date.parse('2026-07-01T00:00:00Z');
const isPublished = (f: FormState) => f.published !== false;
/** Thrown by setAcceptingResponses and getPublishedUrl until the form is published (github.com/boilermaker-ben/Google-Sheets-NFL-Pick-Ems-and-Survivor-Pool/issues/26). */
export const UNPUBLISHED = 'Operation not supported on unpublished form';
function requirePublished(f: FormState): FormState {
  if (!isPublished(f)) throw new GasError(UNPUBLISHED);
  return f;
}

const publishedUrl = (f: FormState) => `https://docs.google.com/forms/d/e/${f.publishedId}/viewform`;
const newItemId = (rt: Runtime) => Number(`1${rt.newId(9, DIGITS)}`);

const FORM_APP = ['ItemType', 'create', 'openById', 'openByUrl'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.FormApp>;

/** developers.google.com/apps-script/reference/forms/form-app */
export class FakeFormApp extends Fake implements Api<GoogleAppsScript.Forms.FormApp, (typeof FORM_APP)[number]> {
  static service = 'FormApp';
  static members: readonly string[] = FORM_APP;
  readonly ItemType = ITEM_TYPE;
  /** "Creates and returns a new Form" in the user's My Drive; the title is also the file's name. */
  create(title: string): FakeForm {
    const item = createItem(this.rt, { name: String(title), mimeType: MIME.GOOGLE_FORMS });
    formsOf(this.rt)[item.id] = {
      id: item.id,
      publishedId: `1FAIpQL${this.rt.newId(49)}`,
      title: String(title),
      description: '',
      confirmation: '',
      collectEmail: false,
      published: this.rt.state.now < UNPUBLISHED_FROM,
      accepting: true,
      requireLogin: this.rt.state.formsRequireLogin === true,
      items: [],
      responses: [],
    };
    return new FakeForm(this.rt, item.id).api;
  }
  openById(id: string): FakeForm {
    return open(this.rt, String(id));
  }
  /** Edit URL (…/forms/d/<id>/edit) or published URL (…/forms/d/e/<publishedId>/viewform). */
  openByUrl(url: string): FakeForm {
    const m = /\/forms\/d\/(e\/)?([\w-]+)/.exec(String(url));
    if (!m) throw new GasError('Invalid argument: url');
    const id = m[1] ? Object.values(formsOf(this.rt)).find((f) => f.publishedId === m[2])?.id : m[2];
    if (!id) throw new GasError(NOT_FOUND);
    return open(this.rt, id);
  }
}

const FORM = [
  'getId',
  'getTitle',
  'setTitle',
  'getDescription',
  'setDescription',
  'getConfirmationMessage',
  'setConfirmationMessage',
  'collectsEmail',
  'setCollectEmail',
  'isPublished',
  'setPublished',
  'isAcceptingResponses',
  'setAcceptingResponses',
  'requiresLogin',
  'setRequireLogin',
  'getPublishedUrl',
  'getEditUrl',
  'getItems',
  'getItemById',
  'deleteItem',
  'addListItem',
  'addMultipleChoiceItem',
  'addParagraphTextItem',
  'addSectionHeaderItem',
  'getResponses',
  'getResponse',
  'createResponse',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.Form>;

/** developers.google.com/apps-script/reference/forms/form */
export class FakeForm extends Fake implements Api<GoogleAppsScript.Forms.Form, (typeof FORM)[number]> {
  static service = 'Form';
  static members: readonly string[] = FORM;
  constructor(
    rt: Runtime,
    readonly id: string,
  ) {
    super(rt);
  }
  get f(): FormState {
    return formState(this.rt, this.id);
  }
  private set(patch: Partial<FormState>): FakeForm {
    Object.assign(this.f, patch);
    return this.api;
  }
  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this.f.title;
  }
  setTitle(title: string): FakeForm {
    return this.set({ title: String(title) });
  }
  getDescription(): string {
    return this.f.description;
  }
  setDescription(description: string): FakeForm {
    return this.set({ description: String(description) });
  }
  getConfirmationMessage(): string {
    return this.f.confirmation;
  }
  setConfirmationMessage(message: string): FakeForm {
    return this.set({ confirmation: String(message) });
  }
  collectsEmail(): boolean {
    return this.f.collectEmail;
  }
  setCollectEmail(collect: boolean): FakeForm {
    return this.set({ collectEmail: Boolean(collect) });
  }
  isPublished(): boolean {
    return isPublished(this.f);
  }
  /** "Publish the form. This also enables accepting responses." (…/guides/publish-form); unpublished, it accepts none. */
  setPublished(enabled: boolean): FakeForm {
    return this.set({ published: Boolean(enabled), accepting: Boolean(enabled) });
  }
  /** "If is_published is set to false, this field is forced to false" (forms/api/reference/rest/v1/forms/setPublishSettings). */
  isAcceptingResponses(): boolean {
    return isPublished(this.f) && this.f.accepting;
  }
  setAcceptingResponses(enabled: boolean): FakeForm {
    requirePublished(this.f);
    return this.set({ accepting: Boolean(enabled) });
  }
  requiresLogin(): boolean {
    return this.f.requireLogin === true;
  }
  setRequireLogin(requireLogin: boolean): FakeForm {
    return this.set({ requireLogin: Boolean(requireLogin) });
  }
  getPublishedUrl(): string {
    return publishedUrl(requirePublished(this.f));
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getItems(itemType?: unknown): FakeItem[] {
    return this.f.items
      .filter((i) => itemType === undefined || i.type === String(itemType))
      .map((i) => new FakeItem(this.rt, this.id, i.id).api);
  }
  /** "…or null if the item does not exist in the form." */
  getItemById(id: number): FakeItem | null {
    return this.f.items.some((i) => i.id === Number(id)) ? new FakeItem(this.rt, this.id, Number(id)).api : null;
  }
  /** deleteItem(index) | deleteItem(item). */
  deleteItem(target: number | FakeItem): void {
    const index = typeof target === 'number' ? target : this.f.items.findIndex((i) => i.id === this.rt.unwrap(target, ItemBase)?.itemId);
    if (!Number.isInteger(index) || index < 0 || index >= this.f.items.length) throw badArguments('Form.deleteItem', [target]);
    this.f.items.splice(index, 1);
  }
  private add<T>(type: ModelledType, make: (itemId: number) => T): T {
    const id = newItemId(this.rt);
    this.f.items.push({ id, entry: newItemId(this.rt), type, title: '', helpText: '', required: false, choices: [], otherOption: false });
    return make(id);
  }
  addListItem(): FakeListItem {
    return this.add('LIST', (id) => new FakeListItem(this.rt, this.id, id).api);
  }
  addMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.add('MULTIPLE_CHOICE', (id) => new FakeMultipleChoiceItem(this.rt, this.id, id).api);
  }
  addParagraphTextItem(): FakeParagraphTextItem {
    return this.add('PARAGRAPH_TEXT', (id) => new FakeParagraphTextItem(this.rt, this.id, id).api);
  }
  addSectionHeaderItem(): FakeSectionHeaderItem {
    return this.add('SECTION_HEADER', (id) => new FakeSectionHeaderItem(this.rt, this.id, id).api);
  }
  /** In submission order; with a timestamp, those submitted at or after it. */
  getResponses(timestamp?: Date): FakeFormResponse[] {
    if (timestamp !== undefined && !(timestamp instanceof Object && 'getTime' in timestamp))
      throw badArguments('Form.getResponses', [timestamp]);
    const from = timestamp?.getTime() ?? -Infinity;
    return this.f.responses.filter((r) => r.at >= from).map((r) => FakeFormResponse.stored(this.rt, this.id, r.id));
  }
  getResponse(responseId: string): FakeFormResponse {
    if (!this.f.responses.some((r) => r.id === String(responseId))) throw new GasError(`Invalid argument: responseId`); // wording not verified
    return FakeFormResponse.stored(this.rt, this.id, String(responseId));
  }
  /** A blank response to fill with withItemResponse, then submit() or toPrefilledUrl(). */
  createResponse(): FakeFormResponse {
    return new FakeFormResponse(this.rt, this.id, null).api;
  }
}

/** What every item shares (…/forms/item). */
abstract class ItemBase extends Fake {
  constructor(
    rt: Runtime,
    readonly formId: string,
    readonly itemId: number,
  ) {
    super(rt);
  }
  get s(): FormItemState {
    const item = formState(this.rt, this.formId).items.find((i) => i.id === this.itemId);
    if (!item) throw new GasError('The item has been deleted.'); // wording not verified
    return item;
  }
  protected set(patch: Partial<FormItemState>): this {
    Object.assign(this.s, patch);
    return this.api;
  }
  getId(): number {
    return this.itemId;
  }
  getIndex(): number {
    return formState(this.rt, this.formId).items.indexOf(this.s);
  }
  getTitle(): string {
    return this.s.title;
  }
  setTitle(title: string): this {
    return this.set({ title: String(title) });
  }
  getHelpText(): string {
    return this.s.helpText;
  }
  setHelpText(text: string): this {
    return this.set({ helpText: String(text) });
  }
  getType(): string {
    return ITEM_TYPE[this.s.type];
  }
}

/** Questions: required or not, and a response for a script-built FormResponse. */
abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this.s.required;
  }
  setRequired(enabled: boolean): this {
    return this.set({ required: Boolean(enabled) });
  }
  createResponse(response: string): FakeItemResponse {
    if (typeof response !== 'string') throw badArguments(`${(this.constructor as typeof Fake).service}.createResponse`, [response]);
    return new FakeItemResponse(this.rt, this.formId, this.itemId, this.checked(response)).api;
  }
  protected checked(response: string): string {
    return response;
  }
}

/** Multiple choice and list items: choices, and "throws an exception if the response … does not match a valid choice". */
abstract class ChoiceBase extends QuestionBase {
  getChoices(): FakeChoice[] {
    return this.s.choices.map((v) => new FakeChoice(this.rt, v).api);
  }
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values)) throw badArguments(`${(this.constructor as typeof Fake).service}.setChoiceValues`, [values]);
    return this.set({ choices: values.map(String) });
  }
  setChoices(choices: FakeChoice[]): this {
    const values = Array.isArray(choices) ? choices.map((c) => this.rt.unwrap(c, FakeChoice)?.value) : [];
    if (!Array.isArray(choices) || values.some((v) => v === undefined))
      throw badArguments(`${(this.constructor as typeof Fake).service}.setChoices`, [choices]);
    return this.set({ choices: values as string[] });
  }
  createChoice(value: string): FakeChoice {
    return new FakeChoice(this.rt, String(value)).api;
  }
  protected checked(response: string): string {
    if (!this.s.choices.includes(response) && !this.s.otherOption) {
      throw new GasError(`Invalid response submitted to item: ${response}`); // wording not verified
    }
    return response;
  }
}

const ITEM = [
  'getId',
  'getIndex',
  'getTitle',
  'setTitle',
  'getHelpText',
  'setHelpText',
  'getType',
  'asListItem',
  'asMultipleChoiceItem',
  'asParagraphTextItem',
  'asSectionHeaderItem',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.Item>;

/** developers.google.com/apps-script/reference/forms/item: a generic item, cast with as…Item() to its type. */
export class FakeItem extends ItemBase implements Api<GoogleAppsScript.Forms.Item, (typeof ITEM)[number]> {
  static service = 'Item';
  static members: readonly string[] = ITEM;
  private as<T>(type: ModelledType, make: () => T): T {
    if (this.s.type !== type) throw new GasError(`Invalid conversion for item type: ${this.s.type}.`); // wording not verified
    return make();
  }
  asListItem(): FakeListItem {
    return this.as('LIST', () => new FakeListItem(this.rt, this.formId, this.itemId).api);
  }
  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE', () => new FakeMultipleChoiceItem(this.rt, this.formId, this.itemId).api);
  }
  asParagraphTextItem(): FakeParagraphTextItem {
    return this.as('PARAGRAPH_TEXT', () => new FakeParagraphTextItem(this.rt, this.formId, this.itemId).api);
  }
  asSectionHeaderItem(): FakeSectionHeaderItem {
    return this.as('SECTION_HEADER', () => new FakeSectionHeaderItem(this.rt, this.formId, this.itemId).api);
  }
}

const BASE = ['getId', 'getIndex', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText', 'getType'] as const;
const QUESTION = [...BASE, 'isRequired', 'setRequired', 'createResponse'] as const;
const CHOICES = [...QUESTION, 'getChoices', 'setChoiceValues', 'setChoices', 'createChoice'] as const;
const LIST_ITEM = CHOICES satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.ListItem>;
const MULTIPLE_CHOICE_ITEM = [...CHOICES, 'showOtherOption', 'hasOtherOption'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Forms.MultipleChoiceItem
>;
const PARAGRAPH_TEXT_ITEM = QUESTION satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.ParagraphTextItem>;
const SECTION_HEADER_ITEM = BASE satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.SectionHeaderItem>;

/** developers.google.com/apps-script/reference/forms/list-item */
export class FakeListItem extends ChoiceBase implements Api<GoogleAppsScript.Forms.ListItem, (typeof LIST_ITEM)[number]> {
  static service = 'ListItem';
  static members: readonly string[] = LIST_ITEM;
}

/** developers.google.com/apps-script/reference/forms/multiple-choice-item */
export class FakeMultipleChoiceItem
  extends ChoiceBase
  implements Api<GoogleAppsScript.Forms.MultipleChoiceItem, (typeof MULTIPLE_CHOICE_ITEM)[number]>
{
  static service = 'MultipleChoiceItem';
  static members: readonly string[] = MULTIPLE_CHOICE_ITEM;
  showOtherOption(enabled: boolean): FakeMultipleChoiceItem {
    return this.set({ otherOption: Boolean(enabled) });
  }
  hasOtherOption(): boolean {
    return this.s.otherOption;
  }
}

/** developers.google.com/apps-script/reference/forms/paragraph-text-item */
export class FakeParagraphTextItem
  extends QuestionBase
  implements Api<GoogleAppsScript.Forms.ParagraphTextItem, (typeof PARAGRAPH_TEXT_ITEM)[number]>
{
  static service = 'ParagraphTextItem';
  static members: readonly string[] = PARAGRAPH_TEXT_ITEM;
}

/** developers.google.com/apps-script/reference/forms/section-header-item */
export class FakeSectionHeaderItem
  extends ItemBase
  implements Api<GoogleAppsScript.Forms.SectionHeaderItem, (typeof SECTION_HEADER_ITEM)[number]>
{
  static service = 'SectionHeaderItem';
  static members: readonly string[] = SECTION_HEADER_ITEM;
}

const CHOICE = ['getValue'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.Choice>;

/** developers.google.com/apps-script/reference/forms/choice */
export class FakeChoice extends Fake implements Api<GoogleAppsScript.Forms.Choice, (typeof CHOICE)[number]> {
  static service = 'Choice';
  static members: readonly string[] = CHOICE;
  constructor(
    rt: Runtime,
    readonly value: string,
  ) {
    super(rt);
  }
  getValue(): string {
    return this.value;
  }
}

const ITEM_RESPONSE = ['getItem', 'getResponse'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.ItemResponse>;

/** developers.google.com/apps-script/reference/forms/item-response (the modelled items answer with a String). */
export class FakeItemResponse extends Fake implements Api<GoogleAppsScript.Forms.ItemResponse, (typeof ITEM_RESPONSE)[number]> {
  static service = 'ItemResponse';
  static members: readonly string[] = ITEM_RESPONSE;
  constructor(
    rt: Runtime,
    readonly formId: string,
    readonly itemId: number,
    readonly value: string,
  ) {
    super(rt);
  }
  getItem(): FakeItem {
    return new FakeItem(this.rt, this.formId, this.itemId).api;
  }
  getResponse(): string {
    return this.value;
  }
}

const FORM_RESPONSE = [
  'getId',
  'getTimestamp',
  'getItemResponses',
  'getResponseForItem',
  'getRespondentEmail',
  'withItemResponse',
  'submit',
  'toPrefilledUrl',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Forms.FormResponse>;

/**
 * developers.google.com/apps-script/reference/forms/form-response: a submitted response (`id` set) or one being built
 * by the script (id and timestamp null until submit()).
 */
export class FakeFormResponse extends Fake implements Api<GoogleAppsScript.Forms.FormResponse, (typeof FORM_RESPONSE)[number]> {
  static service = 'FormResponse';
  static members: readonly string[] = FORM_RESPONSE;
  private readonly draft: Array<{ item: number; value: string }> = [];
  constructor(
    rt: Runtime,
    readonly formId: string,
    private id: string | null,
  ) {
    super(rt);
  }
  static stored(rt: Runtime, formId: string, id: string): FakeFormResponse {
    return new FakeFormResponse(rt, formId, id).api;
  }
  private get form(): FormState {
    return formState(this.rt, this.formId);
  }
  private get stored(): FormResponseState | undefined {
    return this.form.responses.find((r) => r.id === this.id);
  }
  private get answers(): Array<{ item: number; value: string }> {
    return this.stored?.answers ?? this.draft;
  }
  getId(): string | null {
    return this.id;
  }
  getTimestamp(): Date | null {
    const r = this.stored;
    return r ? this.rt.date(r.at) : null;
  }
  /** Answers to items that still exist, in the form's item order (a skipped question has none). */
  getItemResponses(): FakeItemResponse[] {
    return this.form.items.flatMap((item) => {
      const a = this.answers.find((x) => x.item === item.id);
      return a ? [new FakeItemResponse(this.rt, this.formId, item.id, a.value).api] : [];
    });
  }
  getResponseForItem(item: FakeItem): FakeItemResponse | null {
    const itemId = this.rt.unwrap(item, ItemBase)?.itemId;
    if (itemId === undefined) throw badArguments('FormResponse.getResponseForItem', [item]);
    const a = this.answers.find((x) => x.item === itemId);
    return a ? new FakeItemResponse(this.rt, this.formId, itemId, a.value).api : null;
  }
  getRespondentEmail(): string {
    return '';
  }
  withItemResponse(response: FakeItemResponse): FakeFormResponse {
    const r = this.rt.unwrap(response, FakeItemResponse);
    if (!r || r.formId !== this.formId) throw badArguments('FormResponse.withItemResponse', [response]);
    if (this.id) throw new GasError('This response has already been submitted.'); // wording not verified
    const at = this.draft.findIndex((x) => x.item === r.itemId);
    this.draft.splice(at < 0 ? this.draft.length : at, at < 0 ? 0 : 1, { item: r.itemId, value: r.value });
    return this.api;
  }
  /** "Throws a scripting exception if the response has already been submitted." */
  submit(): FakeFormResponse {
    if (this.id) throw new GasError('This response has already been submitted.'); // wording not verified
    this.id = `2_ABaOnud${this.rt.newId(40)}`;
    this.form.responses.push({ id: this.id, at: this.rt.state.now, answers: this.draft.map((a) => ({ ...a })) });
    return this.api;
  }
  /** The published URL with each answer as `entry.<entry id>=<value>` (spaces as "+"). */
  toPrefilledUrl(): string {
    const form = this.form;
    const params = this.answers.map((a) => {
      const entry = form.items.find((i) => i.id === a.item)?.entry;
      return `entry.${entry}=${encodeURIComponent(a.value).replace(/%20/g, '+')}`;
    });
    return `${publishedUrl(form)}?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }
}

export interface FormSubmission {
  responseId: string;
  /**
   * The form's onFormSubmit triggers with their event object; the harness runs them by name as their owner, outside
   * the spreadsheet (`container: false`): whether such a run has an active spreadsheet is not documented, so it has none.
   */
  triggers: Array<{ uid: string; handler: string; owner: string; event: Record<string, unknown>; container: false }>;
}

/** Test and preview access to forms: their saved state, and a respondent filling in the published form. */
export function formsView(rt: Runtime) {
  /**
   * A response filled in as the published form checks it: no unpublished, trashed or closed form, none that needs a
   * sign-in the public lacks, no unknown question, missing required answer or unknown choice.
   */
  const filled = (formId: string, answers: Record<string, string>): FakeFormResponse => {
    const form = formState(rt, formId);
    if (!isPublished(form)) throw new Error(`Emulator: form ${formId} is not published, so it does not receive responses`);
    if (rt.state.drive[formId]?.trashed) throw new Error(`Emulator: form ${formId} is in the trash`);
    if (form.requireLogin) throw new Error(`Emulator: form ${formId} requires signing in to its domain; the public cannot respond`);
    if (!form.accepting) throw new Error(`Emulator: form ${formId} is not accepting responses`);
    const response = new FakeFormResponse(rt, formId, null);
    for (const [title, value] of Object.entries(answers)) {
      const matches = form.items.filter((i) => i.title === title && i.type !== 'SECTION_HEADER');
      if (matches.length !== 1) throw new Error(`Emulator: the form has ${matches.length} questions titled "${title}"`);
      const Item = { LIST: FakeListItem, MULTIPLE_CHOICE: FakeMultipleChoiceItem, PARAGRAPH_TEXT: FakeParagraphTextItem }[
        matches[0]!.type as Exclude<ModelledType, 'SECTION_HEADER'>
      ];
      response.withItemResponse(new Item(rt, formId, matches[0]!.id).createResponse(value));
    }
    const missing = form.items.filter((i) => i.required && !(i.title in answers));
    if (missing.length) throw new Error(`Emulator: required question not answered: "${missing[0]!.title}"`);
    return response;
  };
  return {
    ids: (): string[] => Object.keys(formsOf(rt)),
    get: (id: string): FormState => structuredClone(formState(rt, id)),
    /** Submits the published form as a respondent would, answers keyed by question title (checked as `filled` says). */
    submit: (formId: string, answers: Record<string, string>): FormSubmission => {
      const response = filled(formId, answers);
      response.submit();
      const responseId = response.getId() as string;
      const triggers = rt.state.triggers
        .filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === formId)
        .map((t) => ({
          uid: t.uid,
          handler: t.handler,
          owner: t.owner,
          // developers.google.com/apps-script/guides/triggers/events#form-submit_1 (Forms)
          event: { authMode: 'FULL', response: response.api, source: new FakeForm(rt, formId).api, triggerUid: t.uid },
          container: false as const,
        }));
      return { responseId, triggers };
    },
    /** Responses received before now, with their ids and times, as a form in use for years holds them (no triggers run). */
    received: (formId: string, responses: Array<{ id: string; at: Date; answers: Record<string, string> }>): void => {
      const stored = formState(rt, formId).responses;
      for (const r of responses) {
        if (r.at.getTime() > rt.state.now) throw new Error(`Emulator: response ${r.id} is dated after now`);
        filled(formId, r.answers).submit();
        Object.assign(stored[stored.length - 1]!, { id: r.id, at: r.at.getTime() });
      }
      stored.sort((a, b) => a.at - b.at);
    },
  };
}
