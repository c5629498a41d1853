/**
 * Builds the sidebar's DOM. Text always goes in as text nodes, never as HTML: what the register
 * holds may come from the public (comments, questions).
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * Messages of one answer: one stays a sentence; several are a list, each its own item, since one run-on
 * paragraph is hard to read in 300 px.
 */
export function messages(texts: readonly string[]): Child {
  return texts.length > 1 ? h('ul', {}, ...texts.map((t) => h('li', {}, t))) : texts[0];
}

export function notice(kind: 'ok' | 'warn' | 'fail', ...text: Child[]): HTMLElement {
  return h('div', { class: `notice ${kind}`, role: kind === 'fail' ? 'alert' : 'status' }, ...text);
}
