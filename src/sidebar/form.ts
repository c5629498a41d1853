/** Sidebar forms: labelled fields with an error slot each, so a refusal shows at its field. */
import { parseWholeNumberId } from '../domain/shared/numbers';
import { clear, h, notice } from './dom';

interface FieldError {
  field: string;
  message: string;
}

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
  const value = spec.value === null || spec.value === undefined ? '' : String(spec.value);
  if (spec.type === 'select') {
    const select = h('select', common, ...(spec.options ?? []).map((o) => h('option', { value: o.value }, o.label)));
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
    ...common, type: number ? 'text' : spec.type ?? 'text', placeholder: spec.placeholder,
    inputmode: number ? 'numeric' : undefined, 'data-number': number,
  });
  input.value = value;
  return input;
}

export function field(spec: FieldSpec): HTMLElement {
  return h('div', { class: 'field', 'data-field': spec.name },
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
    values[el.name] = el.hasAttribute('data-number') ? parseWholeNumberId(el.value) ?? el.value : el.value;
  }
  return values;
}

/** Shows each error at its field; errors for no known field go to the form's status line. */
export function showErrors(form: HTMLFormElement, status: HTMLElement, errors: FieldError[]): void {
  for (const slot of Array.from(form.querySelectorAll('.error'))) slot.textContent = '';
  for (const el of Array.from(form.querySelectorAll('[aria-invalid]'))) el.removeAttribute('aria-invalid');
  clear(status);
  const general: string[] = [];
  const wrapper = (name: string) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  for (const error of errors) {
    // "actions.1.dueDate" goes to that field if the form has it, else to "actions".
    const name = error.field && (wrapper(error.field) ? error.field : error.field.split('.')[0]);
    const slot = name ? wrapper(name)?.querySelector<HTMLElement>('.error') : null;
    if (!name || !slot) {
      general.push(error.message);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    (form.querySelector(`[name="${CSS.escape(name)}"]`) ?? wrapper(name)?.querySelector('input, select, textarea'))?.setAttribute('aria-invalid', 'true');
  }
  if (general.length) status.appendChild(notice('fail', general.join(' ')));
  else if (errors.length) status.appendChild(notice('fail', 'Periksa isian yang ditandai.'));
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
