/** Sidebar forms: labelled fields with an error slot each, so a refusal shows at its field. */
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
}

export type FormValues = Record<string, string | number | undefined>;

function control(spec: FieldSpec): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const common = { id: `f-${spec.name}`, name: spec.name, 'aria-describedby': `e-${spec.name}`, required: spec.required };
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
  const input = h('input', {
    ...common, type: spec.type ?? 'text', placeholder: spec.placeholder,
    inputmode: spec.type === 'number' ? 'numeric' : undefined, min: spec.type === 'number' ? 0 : undefined,
  });
  input.value = value;
  return input;
}

export function field(spec: FieldSpec): HTMLElement {
  return h('div', { class: 'field', 'data-field': spec.name },
    h('label', { for: `f-${spec.name}` }, spec.label, spec.required ? ' *' : ''),
    control(spec),
    spec.hint ? h('div', { class: 'hint' }, spec.hint) : null,
    h('div', { class: 'error', id: `e-${spec.name}` }),
  );
}

/** Reads a form's fields: empty ones are left out, number inputs become numbers. */
export function readForm(form: HTMLFormElement): FormValues {
  const values: FormValues = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name) continue;
    if (el.value === '') continue;
    values[el.name] = el instanceof HTMLInputElement && el.type === 'number' ? Number(el.value) : el.value;
  }
  return values;
}

/** Shows each error at its field; errors for no known field go to the form's status line. */
export function showErrors(form: HTMLFormElement, status: HTMLElement, errors: FieldError[]): void {
  for (const slot of Array.from(form.querySelectorAll('.error'))) slot.textContent = '';
  for (const el of Array.from(form.querySelectorAll('[aria-invalid]'))) el.removeAttribute('aria-invalid');
  clear(status);
  const general: string[] = [];
  for (const error of errors) {
    const name = error.field.split('.')[0];
    const slot = name ? form.querySelector<HTMLElement>(`#e-${CSS.escape(name)}`) : null;
    if (!slot) {
      general.push(error.message);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    form.querySelector(`[name="${CSS.escape(name)}"]`)?.setAttribute('aria-invalid', 'true');
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
