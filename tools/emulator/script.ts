/**
 * ScriptApp: installable triggers. Triggers belong to the user who created them (they run as that user, and each user
 * sees only their own), at most 20 per user per script (developers.google.com/apps-script/guides/triggers/installable).
 */
import { type Api, DIGITS, enumOf, Fake, type Runtime } from './core';
import { badArguments, GasError } from './errors';
import { FakeForm } from './forms';
import { FakeSpreadsheet } from './spreadsheet';
import type { ScheduleState, TriggerState } from './state';
import { DAY_MS, fromWallMs, isTimeZone, wallFields } from './time';

type S = typeof GoogleAppsScript.Script;
export const AUTH_MODE = enumOf<S['AuthMode']>()('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const EVENT_TYPE = enumOf<S['EventType']>()('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TRIGGER_SOURCE = enumOf<S['TriggerSource']>()('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const WEEKDAY = enumOf<typeof GoogleAppsScript.Base.Weekday>()(
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
);
const WEEKDAYS = Object.keys(WEEKDAY);
const MAX_TRIGGERS_PER_USER = 20;

const SCRIPT_APP = [
  'AuthMode',
  'EventType',
  'TriggerSource',
  'WeekDay',
  'newTrigger',
  'getProjectTriggers',
  'getUserTriggers',
  'deleteTrigger',
  'getScriptId',
  'getService',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Script.ScriptApp>;

/** developers.google.com/apps-script/reference/script/script-app */
export class FakeScriptApp extends Fake implements Api<GoogleAppsScript.Script.ScriptApp, (typeof SCRIPT_APP)[number]> {
  static service = 'ScriptApp';
  static members: readonly string[] = SCRIPT_APP;
  readonly AuthMode = AUTH_MODE;
  readonly EventType = EVENT_TYPE;
  readonly TriggerSource = TRIGGER_SOURCE;
  readonly WeekDay = WEEKDAY;
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.rt, String(functionName)).api;
  }
  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): FakeTrigger[] {
    return this.rt.state.triggers.filter((t) => t.owner === this.rt.effectiveUser).map((t) => new FakeTrigger(this.rt, t.uid).api);
  }
  getUserTriggers(spreadsheet: FakeSpreadsheet): FakeTrigger[] {
    if (!this.rt.unwrap(spreadsheet, FakeSpreadsheet)) throw badArguments('ScriptApp.getUserTriggers', [spreadsheet]);
    return this.rt.state.triggers
      .filter((t) => t.owner === this.rt.effectiveUser && t.sourceId === this.rt.state.spreadsheet.id)
      .map((t) => new FakeTrigger(this.rt, t.uid).api);
  }
  deleteTrigger(trigger: FakeTrigger): void {
    const raw = this.rt.unwrap(trigger, FakeTrigger);
    if (!raw) throw badArguments('ScriptApp.deleteTrigger', [trigger]);
    this.rt.state.triggers = this.rt.state.triggers.filter((t) => t.uid !== raw.uid);
  }
  getScriptId(): string {
    return this.rt.state.scriptId;
  }
  getService(): FakeService {
    return new FakeService(this.rt).api;
  }
}

const SERVICE = ['getUrl', 'isEnabled'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Script.Service>;

/** developers.google.com/apps-script/reference/script/service: the web app deployment (Emulator.deployWebApp). */
export class FakeService extends Fake implements Api<GoogleAppsScript.Script.Service, (typeof SERVICE)[number]> {
  static service = 'Service';
  static members: readonly string[] = SERVICE;
  /** "The URL of the web app, if it has been deployed; otherwise returns null." */
  getUrl(): string | null {
    return this.rt.state.webApp?.url ?? null;
  }
  isEnabled(): boolean {
    return !!this.rt.state.webApp;
  }
}

function install(rt: Runtime, t: Omit<TriggerState, 'uid' | 'owner' | 'createdAt'>): FakeTrigger {
  const owner = rt.effectiveUser;
  if (rt.state.triggers.filter((x) => x.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
    throw new GasError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  const uid = rt.newId(10, DIGITS);
  const state: TriggerState = { uid, owner, createdAt: rt.state.now, ...t };
  if (state.schedule) state.nextAt = nextFire(state.schedule, state.createdAt, state.createdAt);
  rt.state.triggers.push(state);
  return new FakeTrigger(rt, uid).api;
}

const TRIGGER_BUILDER = ['timeBased', 'forSpreadsheet', 'forForm'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Script.TriggerBuilder
>;

/** developers.google.com/apps-script/reference/script/trigger-builder */
export class FakeTriggerBuilder extends Fake implements Api<GoogleAppsScript.Script.TriggerBuilder, (typeof TRIGGER_BUILDER)[number]> {
  static service = 'TriggerBuilder';
  static members: readonly string[] = TRIGGER_BUILDER;
  constructor(
    rt: Runtime,
    readonly handler: string,
  ) {
    super(rt);
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.rt, this.handler).api;
  }
  forSpreadsheet(sheet: FakeSpreadsheet | string): FakeSpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : this.rt.unwrap(sheet, FakeSpreadsheet) ? this.rt.state.spreadsheet.id : undefined;
    if (id !== this.rt.state.spreadsheet.id) throw badArguments('ScriptApp.TriggerBuilder.forSpreadsheet', [sheet]);
    return new FakeSpreadsheetTriggerBuilder(this.rt, this.handler).api;
  }
  /** forForm(form) | forForm(formId). */
  forForm(form: FakeForm | string): FakeFormTriggerBuilder {
    const id = typeof form === 'string' ? form : this.rt.unwrap(form, FakeForm)?.id;
    if (!id || !this.rt.state.forms?.[id]) throw badArguments('ScriptApp.TriggerBuilder.forForm', [form]);
    return new FakeFormTriggerBuilder(this.rt, this.handler, id).api;
  }
}

const FORM_TRIGGER_BUILDER = ['onOpen', 'onFormSubmit', 'create'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Script.FormTriggerBuilder
>;

/** developers.google.com/apps-script/reference/script/form-trigger-builder (fired by Emulator.forms.submit's caller). */
export class FakeFormTriggerBuilder
  extends Fake
  implements Api<GoogleAppsScript.Script.FormTriggerBuilder, (typeof FORM_TRIGGER_BUILDER)[number]>
{
  static service = 'FormTriggerBuilder';
  static members: readonly string[] = FORM_TRIGGER_BUILDER;
  private eventType?: 'ON_OPEN' | 'ON_FORM_SUBMIT';
  constructor(
    rt: Runtime,
    readonly handler: string,
    readonly formId: string,
  ) {
    super(rt);
  }
  onOpen(): FakeFormTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this.api;
  }
  onFormSubmit(): FakeFormTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this.api;
  }
  create(): FakeTrigger {
    if (!this.eventType) throw new GasError('Missing event type (onOpen or onFormSubmit).'); // wording not verified
    return install(this.rt, { handler: this.handler, eventType: this.eventType, sourceId: this.formId });
  }
}

const SPREADSHEET_TRIGGER_BUILDER = ['onOpen', 'onEdit', 'onChange', 'onFormSubmit', 'create'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Script.SpreadsheetTriggerBuilder
>;

/** developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder (recorded; the emulator fires clock triggers only). */
export class FakeSpreadsheetTriggerBuilder
  extends Fake
  implements Api<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, (typeof SPREADSHEET_TRIGGER_BUILDER)[number]>
{
  static service = 'SpreadsheetTriggerBuilder';
  static members: readonly string[] = SPREADSHEET_TRIGGER_BUILDER;
  private eventType?: TriggerState['eventType'];
  constructor(
    rt: Runtime,
    readonly handler: string,
  ) {
    super(rt);
  }
  private on(eventType: TriggerState['eventType']): FakeSpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return this.api;
  }
  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }
  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }
  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }
  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }
  create(): FakeTrigger {
    if (!this.eventType) throw new GasError('Missing event type (onOpen, onEdit, onChange or onFormSubmit).'); // wording not verified
    return install(this.rt, { handler: this.handler, eventType: this.eventType, sourceId: this.rt.state.spreadsheet.id });
  }
}

const CLOCK_BUILDER = [
  'after',
  'at',
  'atHour',
  'create',
  'everyDays',
  'everyHours',
  'everyMinutes',
  'everyWeeks',
  'inTimezone',
  'nearMinute',
  'onWeekDay',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Script.ClockTriggerBuilder>;

/**
 * developers.google.com/apps-script/reference/script/clock-trigger-builder. Google picks the exact minute of a
 * recurring trigger and lets atHour/nearMinute drift ±15 min; the emulator is deterministic instead:
 * - everyMinutes(n)/everyHours(n): first run n minutes/hours after creation, then every n;
 * - everyDays(n)/everyWeeks(n) with atHour(h) [nearMinute(m)] [onWeekDay(d)]: at h:m (m default 0) in the trigger's
 *   zone (inTimezone, else the script's), first occurrence after creation, then every n days/weeks; without atHour,
 *   at the creation time of day; onWeekDay alone means weekly;
 * - at(date)/after(ms): once. A one-shot trigger stays listed after it ran (and still counts toward the 20).
 * Argument checks use the documented ranges; their error wording is the emulator's own (not verified).
 */
export class FakeClockTriggerBuilder
  extends Fake
  implements Api<GoogleAppsScript.Script.ClockTriggerBuilder, (typeof CLOCK_BUILDER)[number]>
{
  static service = 'ClockTriggerBuilder';
  static members: readonly string[] = CLOCK_BUILDER;
  private readonly s: Partial<ScheduleState> = {};
  constructor(
    rt: Runtime,
    readonly handler: string,
  ) {
    super(rt);
  }
  private set(patch: Partial<ScheduleState>): FakeClockTriggerBuilder {
    Object.assign(this.s, patch);
    return this.api;
  }
  private check(ok: boolean, what: string): void {
    if (!ok) throw new GasError(`Invalid argument: ${what}`);
  }
  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.check(Number.isInteger(durationMilliseconds) && durationMilliseconds >= 0, 'durationMilliseconds');
    return this.set({ unit: 'once', every: 1, at: this.rt.state.now + durationMilliseconds });
  }
  at(date: Date): FakeClockTriggerBuilder {
    this.check(date instanceof Date && !Number.isNaN(date.getTime()), 'date');
    return this.set({ unit: 'once', every: 1, at: date.getTime() });
  }
  atHour(hour: number): FakeClockTriggerBuilder {
    this.check(Number.isInteger(hour) && hour >= 0 && hour <= 23, 'hour');
    return this.set({ atHour: hour });
  }
  nearMinute(minute: number): FakeClockTriggerBuilder {
    this.check(Number.isInteger(minute) && minute >= 0 && minute <= 59, 'minute');
    return this.set({ minute });
  }
  everyMinutes(n: number): FakeClockTriggerBuilder {
    this.check([1, 5, 10, 15, 30].includes(n), 'everyMinutes must be 1, 5, 10, 15 or 30');
    return this.set({ unit: 'minutes', every: n });
  }
  everyHours(n: number): FakeClockTriggerBuilder {
    this.check([1, 2, 4, 6, 8, 12].includes(n), 'everyHours must be 1, 2, 4, 6, 8 or 12');
    return this.set({ unit: 'hours', every: n });
  }
  everyDays(n: number): FakeClockTriggerBuilder {
    this.check(Number.isInteger(n) && n >= 1, 'everyDays');
    return this.set({ unit: 'days', every: n });
  }
  everyWeeks(n: number): FakeClockTriggerBuilder {
    this.check(Number.isInteger(n) && n >= 1, 'everyWeeks');
    return this.set({ unit: 'weeks', every: n });
  }
  onWeekDay(day: unknown): FakeClockTriggerBuilder {
    this.check(WEEKDAYS.includes(String(day)), 'day');
    return this.set({ weekDay: WEEKDAYS.indexOf(String(day)), ...(this.s.unit ? {} : { unit: 'weeks', every: 1 }) });
  }
  inTimezone(timezone: string): FakeClockTriggerBuilder {
    this.check(isTimeZone(timezone), 'timezone');
    return this.set({ timeZone: timezone });
  }
  create(): FakeTrigger {
    const s = this.s;
    if (!s.unit) throw new GasError('The trigger needs a schedule: everyMinutes, everyHours, everyDays, everyWeeks, at or after.'); // wording not verified
    if ((s.atHour !== undefined || s.minute !== undefined) && s.unit !== 'days' && s.unit !== 'weeks') {
      throw new GasError('atHour and nearMinute need everyDays or everyWeeks.'); // wording not verified
    }
    const schedule: ScheduleState = { timeZone: this.rt.state.scriptTimeZone, every: 1, ...s } as ScheduleState;
    return install(this.rt, { handler: this.handler, eventType: 'CLOCK', sourceId: null, schedule });
  }
}

/** The first firing strictly after `after` (null: a one-shot trigger that has already fired). */
export function nextFire(s: ScheduleState, createdAt: number, after: number): number | null {
  if (s.unit === 'once') return s.at! > after ? s.at! : null;
  const unitMs = { minutes: 60_000, hours: 3_600_000, days: DAY_MS, weeks: 7 * DAY_MS }[s.unit];
  const period = unitMs * s.every;
  let first = createdAt + period;
  if ((s.unit === 'days' || s.unit === 'weeks') && (s.atHour !== undefined || s.weekDay !== undefined)) {
    const c = wallFields(createdAt, s.timeZone);
    for (let i = 0; ; i++) {
      const t = fromWallMs(
        s.timeZone,
        Date.UTC(c.year, c.month - 1, c.day + i, s.atHour ?? c.hour, s.minute ?? (s.atHour === undefined ? c.minute : 0)),
      );
      if (t > createdAt && (s.weekDay === undefined || wallFields(t, s.timeZone).weekday === s.weekDay)) {
        first = t;
        break;
      }
    }
  }
  if (after < first) return first;
  // Whole periods counted on the wall clock, so a daily 09:00 stays at 09:00 across DST changes.
  const firstWall = first + wallFields(first, s.timeZone).offset * 60_000;
  for (let k = Math.floor((after - first) / period); ; k++) {
    const t = fromWallMs(s.timeZone, firstWall + k * period);
    if (t > after) return t;
  }
}

const TRIGGER = [
  'getEventType',
  'getHandlerFunction',
  'getTriggerSource',
  'getTriggerSourceId',
  'getUniqueId',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Script.Trigger>;

/** developers.google.com/apps-script/reference/script/trigger */
export class FakeTrigger extends Fake implements Api<GoogleAppsScript.Script.Trigger, (typeof TRIGGER)[number]> {
  static service = 'Trigger';
  static members: readonly string[] = TRIGGER;
  constructor(
    rt: Runtime,
    readonly uid: string,
  ) {
    super(rt);
  }
  private get t(): TriggerState {
    const t = this.rt.state.triggers.find((x) => x.uid === this.uid);
    if (!t) throw new GasError('Trigger not found'); // a deleted trigger; wording not verified
    return t;
  }
  getEventType(): string {
    return EVENT_TYPE[this.t.eventType];
  }
  getHandlerFunction(): string {
    return this.t.handler;
  }
  getTriggerSource(): string {
    const t = this.t;
    if (t.eventType === 'CLOCK') return TRIGGER_SOURCE.CLOCK;
    return t.sourceId === this.rt.state.spreadsheet.id ? TRIGGER_SOURCE.SPREADSHEETS : TRIGGER_SOURCE.FORMS;
  }
  getTriggerSourceId(): string | null {
    return this.t.sourceId;
  }
  getUniqueId(): string {
    return this.uid;
  }
}

/**
 * The event object of a time-driven trigger (developers.google.com/apps-script/guides/triggers/events#time-driven_events):
 * the firing time's fields in UTC, day-of-week 1 = Monday … 7 = Sunday, ISO week of the year.
 */
export function clockEvent(at: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(at);
  const weekday = d.getUTCDay() || 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - weekday);
  const week = Math.ceil(((thursday - Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1)) / DAY_MS + 1) / 7);
  return {
    authMode: AUTH_MODE.FULL,
    'day-of-month': d.getUTCDate(),
    'day-of-week': weekday,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}
