/** Pieces the episode and guest views share: status badges, dates, checkboxes, the submit flow. */

import { daysLateSuffix, type StageStatus } from '../../domain/episodes/episodes';
import { formatDayDateId, formatTimeRangeId } from '../../domain/shared/dates';
import { h, messages, notice } from '../dom';
import type { FormValues } from '../form';
import { call, type Input, type Result } from '../rpc';

const STATUS_LABELS: Record<StageStatus | 'dibatalkan', string> = {
  belum: 'Belum',
  tercatat: 'Data tercatat',
  selesai: 'Selesai',
  terlambat: 'Terlambat',
  tidak_berlaku: 'Tidak berlaku',
  dibatalkan: 'Dibatalkan',
};

/** A status badge; a late stage's says how many working days late it is. */
export function badge(status: StageStatus | 'dibatalkan', daysLate = 0): HTMLElement {
  const label = STATUS_LABELS[status] + (status === 'terlambat' ? daysLateSuffix(daysLate) : '');
  return h('span', { class: `badge ${status === 'dibatalkan' ? 'terlambat' : status}` }, label);
}

/** "Jumat, 27 November 2026, 08.00–08.30 WIB". */
export function when(date: string, window?: { start: string; end: string }): string {
  const day = formatDayDateId(date);
  return window ? `${day}, ${formatTimeRangeId(window)}` : day;
}

/** A link that opens outside the sidebar; only http(s), since the sheet can be edited by hand. */
export function externalLink(href: string, text: string): HTMLElement {
  return /^https?:\/\//i.test(href) ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : h('span', {}, href);
}

/** Errors in one notice, as warnings are (see messages). */
export function failed(errors: ReadonlyArray<{ message: string }>): HTMLElement {
  return notice('fail', messages(errors.map((e) => e.message)));
}

/** Warnings in one notice (see messages); none, no notice. */
export function warned(warnings: readonly string[] | undefined): HTMLElement | null {
  return warnings?.length ? notice('warn', messages(warnings)) : null;
}

/** A labelled checkbox with its own error slot; `form.ts` fields are text-like. */
export function checkbox(name: string, label: string): { element: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox', id: `f-${name}`, name, style: 'width:auto;margin-right:6px' });
  const element = h(
    'div',
    { class: 'field', 'data-field': name },
    h('label', { for: `f-${name}` }, input, label),
    h('div', { class: 'error', id: `e-${name}` }),
  );
  return { element, input };
}

/** Values for a call: the named fields as text, '' where the form left them empty. */
export function texts<N extends string>(values: FormValues, names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((n) => [n, values[n] === undefined ? '' : String(values[n])])) as Record<N, string>;
}

/** Asks inside `slot` (a sidebar has no room for dialogs); resolves true on `yes`, false on "Batal". */
export function confirmIn(slot: HTMLElement, message: string, yes: string): Promise<boolean> {
  return new Promise((resolve) => {
    const answer = (value: boolean) => () => {
      slot.replaceChildren();
      resolve(value);
    };
    const ok = h('button', { type: 'button', class: 'primary' }, yes);
    const no = h('button', { type: 'button' }, 'Batal');
    ok.addEventListener('click', answer(true));
    no.addEventListener('click', answer(false));
    slot.replaceChildren(notice('warn', message), h('div', { class: 'actions' }, ok, no));
  });
}

/**
 * Marks a stage done. Before the stage's date the server asks first (an error at "early"): the question
 * is shown in `slot`, and the call repeated once the user confirms. Null when they did not.
 */
export async function completeStage(input: Input<'completeStage'>, slot: HTMLElement): Promise<Result<'completeStage'> | null> {
  const first = await call('completeStage', input);
  const early = first.ok ? undefined : first.errors.find((e) => e.field === 'early');
  if (!early) return first;
  return (await confirmIn(slot, early.message, 'Ya, tandai selesai')) ? call('completeStage', { ...input, early: true }) : null;
}
