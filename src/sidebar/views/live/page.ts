/**
 * What the sections of "Catatan LIVE" share: the episode's record (every save answers with the whole
 * record, so the page redraws without another call), the status line that offers to mark a record's
 * SOP stage done, and the collapsible sections that stay open or closed across redraws.
 */
import { exclusionInWords } from '../../../domain/live/exclusion';
import { formatTimeId } from '../../../domain/shared/dates';
import { EXCLUSIONS } from '../../../domain/shared/schema';
import { optionLabel } from '../../../domain/shared/validation';
import { h, notice } from '../../dom';
import { busy, type FieldSpec, type FormValues, field, onSubmit, outcome } from '../../form';
import { call, type Data, type Input } from '../../rpc';
import { completeStage, confirmIn, failed, warned } from '../common';

export type LiveRecord = Data<'getLiveRecord'>;
export type Saved = Data<'saveQuestion'>;

/** Select options from a domain list, optionally after a blank choice labelled `none`. */
export const options = (values: readonly string[], none?: string) => [
  ...(none === undefined ? [] : [{ value: '', label: none }]),
  ...values.map((v) => ({ value: v, label: optionLabel(v) })),
];

export const clock = (dateTime: string) => (dateTime ? formatTimeId(dateTime.slice(11)) : '');

/**
 * How a save is confirmed: "… dicatat." for a new record, "… diperbarui (sebelumnya 1.200)." when it replaced one,
 * so the user sees which value is gone; "… disimpan; tidak ada yang berubah." when the same values came again.
 */
export function updated(what: string, replaced: string | undefined, done: string): string {
  if (replaced === undefined) return `${what} ${done}.`;
  return replaced ? `${what} diperbarui (sebelumnya ${replaced}).` : `${what} disimpan; tidak ada yang berubah.`;
}

export class LivePage {
  record: LiveRecord;
  readonly id: string;
  readonly status = outcome();
  /** What draw() fills: the sections and their forms. */
  readonly body = h('div');
  /** Sections stay open or closed across redraws; the viewer count is open for the LIVE, or the one asked for. */
  private readonly opened: Set<string>;

  constructor(
    initial: LiveRecord,
    private readonly draw: () => void,
    openSection = 'penonton',
  ) {
    this.record = initial;
    this.id = initial.episodeId;
    this.opened = new Set([openSection]);
  }

  /** A button that completes a suggested stage; its message replaces what `box` said. */
  private completeButton(s: { stage: Input<'completeStage'>['stage']; title: string }, box: HTMLElement): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'primary', 'data-stage': s.stage }, `Tandai selesai: ${s.title}`);
    button.addEventListener('click', () =>
      busy(button, async () => {
        // Before the stage's date the server asks first; the question shows under the button.
        const ask = h('div');
        button.after(ask);
        const result = await completeStage({ episodeId: this.id, stage: s.stage }, ask);
        ask.remove();
        if (!result) return;
        if (!result.ok) return box.replaceChildren(failed(result.errors));
        const done = new Map(result.data.stages.map((v) => [v.key, v.status]));
        this.record = { ...this.record, stages: this.record.stages.map((x) => ({ ...x, status: done.get(x.key) ?? x.status })) };
        // The other suggested stages stay offered (an evaluation suggests two).
        const others = Array.from(box.querySelectorAll('button[data-stage]')).filter((b) => b !== button);
        box.replaceChildren(
          notice('ok', `Tahap "${s.title}" ditandai selesai.`),
          others.length ? h('div', { class: 'actions' }, ...others) : '',
        );
      }),
    );
    return button;
  }

  /**
   * After a save: the page redraws with the record, and the message, warnings and the stages it may
   * complete (one click each) appear by the form that was saved, which stays where it was on screen.
   * A form used again and again (a question, a viewer count) gets the focus back, ready for the next.
   */
  saved(data: Saved, message: string, warnings: string[] = [], from?: { label: string; again: boolean }): void {
    const selector = from && `form[aria-label="${CSS.escape(from.label)}"]`;
    const before = selector ? this.body.querySelector(selector)?.getBoundingClientRect().top : undefined;
    this.record = data.record;
    this.draw();
    const form = selector ? this.body.querySelector<HTMLFormElement>(selector) : null;
    const box = form?.querySelector<HTMLElement>('[data-outcome]') ?? this.status;
    box.replaceChildren(
      notice('ok', message),
      warned(warnings) ?? '',
      data.suggestions.length ? h('div', { class: 'actions' }, ...data.suggestions.map((s) => this.completeButton(s, box))) : '',
    );
    if (form && before !== undefined) {
      window.scrollBy(0, form.getBoundingClientRect().top - before);
      if (from?.again) form.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')?.focus({ preventScroll: true });
    } else box.scrollIntoView?.({ block: 'nearest' });
  }

  /** A form whose success redraws the page with the record it answers; `again` for a form filled over and over. */
  recordForm(
    label: string,
    submit: string,
    children: (HTMLElement | null)[],
    send: (values: FormValues) => ReturnType<typeof call<'saveQuestion'>>,
    message: (data: Saved) => string,
    again = false,
  ): HTMLFormElement {
    const formStatus = outcome();
    const button = h('button', { type: 'submit', class: 'primary' }, submit);
    const form = h('form', { novalidate: true, 'aria-label': label }, ...children, h('div', { class: 'actions' }, button), formStatus);
    onSubmit(form, formStatus, button, send, (data, warnings) => this.saved(data, message(data), warnings, { label, again }));
    return form;
  }

  section(key: string, title: string, ...content: (Node | string | null)[]): HTMLDetailsElement {
    const details = h('details', { 'data-section': key }, h('summary', {}, h('strong', {}, title)), ...content);
    details.open = this.opened.has(key);
    details.addEventListener('toggle', () => (details.open ? this.opened.add(key) : this.opened.delete(key)));
    return details;
  }

  /**
   * Leave a record out of reports and percentages (with a reason), count it again, or delete it; each
   * redraws the page. The audit log keeps every change.
   */
  recordActions(sheet: Input<'excludeRecord'>['sheet'], key: string, label: string, excluded: string): HTMLElement {
    const slot = h('div');
    const run = (button: HTMLButtonElement, work: () => Promise<Saved | null>, message: string) =>
      button.addEventListener('click', () =>
        busy(button, async () => {
          const data = await work();
          if (data) this.saved(data, message);
        }),
      );
    const send = async (result: Promise<{ ok: true; data: Saved } | { ok: false; errors: { message: string }[] }>) => {
      const r = await result;
      if (!r.ok) this.status.replaceChildren(failed(r.errors));
      return r.ok ? r.data : null;
    };
    const ids = { episodeId: this.id, sheet, id: key };
    const remove = h('button', { type: 'button', 'aria-label': `Hapus ${label}` }, 'Hapus');
    run(
      remove,
      async () =>
        (await confirmIn(slot, `Hapus ${label}? Barisnya dihapus dari register; Log Audit tetap menyimpannya.`, 'Ya, hapus'))
          ? send(call('deleteRecord', ids))
          : null,
      `${label} dihapus.`,
    );
    if (excluded) {
      const include = h('button', { type: 'button', 'aria-label': `Hitung lagi ${label}` }, 'Hitung lagi');
      run(include, () => send(call('excludeRecord', { ...ids, reason: '' })), `${label} dihitung lagi.`);
      return h('div', {}, h('div', { class: 'actions' }, include, remove), slot);
    }
    const reason = h(
      'select',
      { 'aria-label': `Alasan mengecualikan ${label}` },
      ...EXCLUSIONS[sheet].map((r) => h('option', { value: r }, exclusionInWords(r))),
    );
    const exclude = h('button', { type: 'button', 'aria-label': `Kecualikan ${label}` }, 'Kecualikan');
    run(exclude, () => send(call('excludeRecord', { ...ids, reason: reason.value })), `${label} dikecualikan dari laporan.`);
    return h('div', {}, h('div', { class: 'actions' }, reason, exclude, remove), slot);
  }

  /** Fields whose ids are prefixed by their section, so two forms may have a field of the same name. */
  scoped(scope: string): (spec: FieldSpec) => HTMLElement {
    return (spec) => field({ ...spec, scope });
  }
}

/** "Tidak dihitung: pesan sampah atau iklan" beside a record left out of reports. */
export const excludedBadge = (excluded: string) =>
  excluded ? h('span', { class: 'badge' }, `Tidak dihitung: ${exclusionInWords(excluded)}`) : null;
