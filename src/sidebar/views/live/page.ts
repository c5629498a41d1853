/**
 * What the sections of "Catatan LIVE" share: the episode's record (every save answers with the whole
 * record, so the page redraws without another call), the status line that offers to mark a record's
 * SOP stage done, and the collapsible sections that stay open or closed across redraws.
 */
import { formatTimeId } from '../../../domain/shared/dates';
import { h, notice } from '../../dom';
import { busy, field, type FieldSpec, type FormValues } from '../../form';
import { call, type Data, type Input } from '../../rpc';
import { failed, onSubmit, warned } from '../common';

export type LiveRecord = Data<'getLiveRecord'>;
export type Saved = Data<'saveQuestion'>;

/** Select options from a domain list, optionally after a blank choice labelled `none`. */
export const options = (values: readonly string[], none?: string) =>
  [...(none === undefined ? [] : [{ value: '', label: none }]), ...values.map((v) => ({ value: v, label: v }))];

export const clock = (dateTime: string) => (dateTime ? formatTimeId(dateTime.slice(11)) : '');

export class LivePage {
  record: LiveRecord;
  readonly id: string;
  readonly status = h('div', { 'aria-live': 'polite' });
  /** Sections stay open or closed across redraws; the viewer count is open for the LIVE, or the one asked for. */
  private readonly opened: Set<string>;
  /** The server's clock minus the device's, as of the last record (see now()). */
  private offset: number;

  constructor(initial: LiveRecord, private readonly draw: () => void, openSection = 'penonton') {
    this.record = initial;
    this.id = initial.episodeId;
    this.opened = new Set([openSection]);
    this.offset = initial.now - Date.now();
  }

  /** Now by the server's clock: times are filled in from it, since a phone's own clock may be off. */
  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  private completeButton(s: { stage: Input<'completeStage'>['stage']; title: string }): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'primary', 'data-stage': s.stage }, `Tandai selesai: ${s.title}`);
    button.addEventListener('click', () => busy(button, async () => {
      const result = await call('completeStage', { episodeId: this.id, stage: s.stage });
      if (!result.ok) return this.status.replaceChildren(failed(result.errors));
      const done = new Map(result.data.stages.map((v) => [v.key, v.status]));
      this.record = { ...this.record, stages: this.record.stages.map((x) => ({ ...x, status: done.get(x.key) ?? x.status })) };
      // The other suggested stages stay offered (an evaluation suggests two).
      const others = Array.from(this.status.querySelectorAll('button[data-stage]')).filter((b) => b !== button);
      this.status.replaceChildren(notice('ok', `Tahap "${s.title}" ditandai selesai.`), others.length ? h('div', { class: 'actions' }, ...others) : '');
    }));
    return button;
  }

  /** After a save: the message, any warnings, and the stages it may complete (one click each). */
  saved(data: Saved, message: string, warnings: string[] = []): void {
    this.record = data.record;
    this.offset = data.record.now - Date.now();
    this.draw();
    this.status.replaceChildren(notice('ok', message), warned(warnings) ?? '',
      data.suggestions.length ? h('div', { class: 'actions' }, ...data.suggestions.map((s) => this.completeButton(s))) : '');
    this.status.scrollIntoView?.({ block: 'nearest' });
  }

  /** A form whose success redraws the page with the record it answers. */
  recordForm(
    label: string, submit: string, children: (HTMLElement | null)[],
    send: (values: FormValues) => ReturnType<typeof call<'saveQuestion'>>, message: (data: Saved) => string,
  ): HTMLFormElement {
    const formStatus = h('div');
    const button = h('button', { type: 'submit', class: 'primary' }, submit);
    const form = h('form', { novalidate: true, 'aria-label': label }, ...children, h('div', { class: 'actions' }, button), formStatus);
    onSubmit(form, formStatus, button, send, (data, warnings) => this.saved(data, message(data), warnings));
    return form;
  }

  section(key: string, title: string, ...content: (Node | string | null)[]): HTMLDetailsElement {
    const details = h('details', { 'data-section': key }, h('summary', {}, h('strong', {}, title)), ...content);
    details.open = this.opened.has(key);
    details.addEventListener('toggle', () => (details.open ? this.opened.add(key) : this.opened.delete(key)));
    return details;
  }

  /** Fields whose ids are prefixed by their section, so two forms may have a field of the same name. */
  scoped(scope: string): (spec: FieldSpec) => HTMLElement {
    return (spec) => field({ ...spec, scope });
  }
}
