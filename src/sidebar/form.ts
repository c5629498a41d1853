/**
 * Sidebar forms: labelled fields with an error slot each, and the one way every form is sent and
 * shows its refusals (onSubmit, showErrors).
 */
import type { ApiResult } from '../api/endpoint';
import { formatNumberId, parseWholeNumberId } from '../domain/shared/numbers';
import type { FieldError } from '../domain/shared/validation';
import { append, clear, h, messages, notice } from './dom';

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'date' | 'time' | 'number' | 'textarea' | 'select' | 'datetime-local' | 'url' | 'tel';
  options?: ReadonlyArray<{ value: string; label: string }>;
  value?: string | number | null;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  /** Prefix of the element ids, for pages with several forms that share field names. */
  scope?: string;
}

const idOf = (spec: FieldSpec) => (spec.scope ? `${spec.scope}-${spec.name}` : spec.name);

export type FormValues = Record<string, string | number | undefined>;

function control(spec: FieldSpec): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const common = { id: `f-${idOf(spec)}`, name: spec.name, 'aria-describedby': `e-${idOf(spec)}`, required: spec.required };
  // A saved number reads as it was typed, "1.250", not 1250.
  const value =
    spec.value === null || spec.value === undefined
      ? ''
      : spec.type === 'number' && typeof spec.value === 'number'
        ? formatNumberId(spec.value)
        : String(spec.value);
  if (spec.type === 'select') {
    // A required list starts on "Pilih…", never blank and never on a choice the user did not make.
    const options =
      spec.required && !spec.options?.some((o) => o.value === '')
        ? [{ value: '', label: 'Pilih…' }, ...(spec.options ?? [])]
        : (spec.options ?? []);
    const select = h('select', common, ...options.map((o) => h('option', { value: o.value }, o.label)));
    select.value = value;
    return select;
  }
  if (spec.type === 'textarea') {
    const area = h('textarea', { ...common, placeholder: spec.placeholder });
    area.value = value;
    return area;
  }
  // A number is typed as text: a browser's number input reads "1.250" as 1,25 (its decimal point), not 1250.
  const number = spec.type === 'number';
  const input = h('input', {
    ...common,
    type: number ? 'text' : (spec.type ?? 'text'),
    placeholder: spec.placeholder,
    inputmode: number ? 'numeric' : undefined,
    'data-number': number,
  });
  input.value = value;
  return input;
}

export function field(spec: FieldSpec): HTMLElement {
  return h(
    'div',
    { class: 'field', 'data-field': spec.name },
    h('label', { for: `f-${idOf(spec)}` }, spec.label, spec.required ? ' *' : ''),
    control(spec),
    spec.hint ? h('div', { class: 'hint' }, spec.hint) : null,
    h('div', { class: 'error', id: `e-${idOf(spec)}` }),
  );
}

/** Reads a form's fields: empty ones are left out, whole numbers typed the Indonesian way become numbers. */
export function readForm(form: HTMLFormElement): FormValues {
  const values: FormValues = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name) continue;
    if (el.value === '') continue;
    // "1.250" goes as 1250; what is not a whole number goes as typed, for the server to name the mistake.
    values[el.name] = el.hasAttribute('data-number') ? (parseWholeNumberId(el.value) ?? el.value) : el.value;
  }
  return values;
}

/** Where a form or page says how its last action went; emptied when any form of the view is sent again. */
export function outcome(): HTMLElement {
  return h('div', { 'data-outcome': '', 'aria-live': 'polite' });
}

/**
 * Forgets what earlier actions said, in the whole view: after a new save, an old "disimpan" must never be
 * the only message in sight.
 */
function clearOutcomes(form: HTMLFormElement): void {
  const view = form.closest('main') ?? form;
  for (const slot of Array.from(view.querySelectorAll('[data-outcome]'))) clear(slot);
  for (const slot of Array.from(form.querySelectorAll('.error'))) slot.textContent = '';
  for (const el of Array.from(form.querySelectorAll('[aria-invalid]'))) el.removeAttribute('aria-invalid');
}

/** Brings an element into view and gives it the focus, so the user sees and hears what happened. */
function point(el: HTMLElement): void {
  if (!el.matches('input, select, textarea, button')) el.tabIndex = -1;
  el.scrollIntoView?.({ block: 'center' });
  el.focus({ preventScroll: true });
}

/**
 * Shows every error at once at its field, with a summary by the button that was pressed; errors for no
 * known field go into that summary. The first field in error is scrolled to and focused.
 */
export function showErrors(form: HTMLFormElement, status: HTMLElement, errors: FieldError[]): void {
  clearOutcomes(form);
  clear(status);
  if (!errors.length) return;
  const general: string[] = [];
  const marked: HTMLElement[] = [];
  const said = new Map<HTMLElement, string[]>();
  const wrapper = (name: string) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  for (const error of errors) {
    // "actions.1.dueDate" goes to that field if the form has it, else to "actions".
    const name = error.field && (wrapper(error.field) ? error.field : error.field.split('.')[0]);
    const slot = name ? wrapper(name)?.querySelector<HTMLElement>('.error') : null;
    if (!name || !slot) {
      general.push(error.message);
      continue;
    }
    // A field refused twice (a series' dates) is marked, and counted, once.
    const earlier = said.get(slot);
    if (earlier) {
      earlier.push(error.message);
      continue;
    }
    said.set(slot, [error.message]);
    const control =
      form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
      wrapper(name)?.querySelector<HTMLElement>('input, select, textarea');
    control?.setAttribute('aria-invalid', 'true');
    marked.push(control ?? slot);
  }
  for (const [slot, texts] of said) append(slot, messages(texts));
  // An error inside a collapsed section must be seen.
  for (const d of Array.from(form.querySelectorAll('details'))) {
    if (Array.from(d.querySelectorAll('.error')).some((e) => e.textContent)) d.open = true;
  }
  const count = marked.length;
  const summary = notice(
    'fail',
    messages([...(count ? [count > 1 ? `Periksa ${count} isian yang ditandai.` : 'Periksa isian yang ditandai.'] : []), ...general]),
  );
  status.appendChild(summary);
  // In the order of the form, not of the messages.
  const first = marked.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  point(first ?? summary);
}

/**
 * Wires a form: while its call runs the button is disabled, earlier messages of the view are cleared,
 * refusals appear next to their fields (see showErrors), and a success hands the data and warnings over
 * and forgets the form's draft.
 */
export function onSubmit<T>(
  form: HTMLFormElement,
  status: HTMLElement,
  button: HTMLButtonElement,
  send: (values: FormValues) => Promise<ApiResult<T>>,
  done: (data: T, warnings: string[]) => void,
): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(button, async () => {
      clearOutcomes(form);
      clear(status);
      const result = await send(readForm(form));
      if (!result.ok) return showErrors(form, status, result.errors);
      const key = form.dataset.draft;
      if (key) drafts.delete(key);
      done(result.data, result.warnings ?? []);
    });
  });
}

/** What was typed in forms left before saving, by form, for as long as the sidebar stays open. */
const drafts = new Map<string, FormValues>();

/** The draft kept for a form, if any. */
export const draftOf = (key: string): FormValues | undefined => drafts.get(key);

/**
 * Keeps what is typed in `form` when the user goes to another view and comes back (to add a guest while
 * scheduling, say). Fields given in `fixed` win over the draft; a successful save forgets it.
 */
export function keepDraft(form: HTMLFormElement, key: string, fixed: FormValues = {}): void {
  form.dataset.draft = key;
  const saved = drafts.get(key);
  const controls = () =>
    Array.from(form.elements).filter(
      (el): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && !!el.name,
    );
  for (const el of controls()) {
    const value = fixed[el.name] ?? saved?.[el.name];
    if (value === undefined) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === 'on';
    else el.value = String(value);
  }
  const remember = () => {
    const values: FormValues = {};
    for (const el of controls()) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') values[el.name] = el.checked ? 'on' : 'off';
      else values[el.name] = el.value;
    }
    drafts.set(key, values);
  };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
}

/** A submit button that is disabled while its call runs. */
export async function busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = 'Memproses…';
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}
