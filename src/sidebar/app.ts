/** The page shell: a view picker and the current view. The sidebar picks from a list; the phone page from tabs. */

import { NAME } from '../domain/shared/programme';
import { h } from './dom';
import { setPage } from './rpc';

export interface View {
  id: string;
  title: string;
  render(root: HTMLElement, app: App): void | Promise<void>;
}

export class App {
  private main = h('main');
  private readonly picker: HTMLSelectElement | null = null;
  private readonly tabs = new Map<string, HTMLButtonElement>();

  /** `phone`: the web app's page (tabs, and views that open on what a phone user needs first). */
  constructor(
    private readonly root: HTMLElement,
    private readonly views: View[],
    readonly phone = false,
  ) {
    if (phone) {
      setPage('phone');
      for (const v of views) {
        const tab = h('button', { type: 'button', onclick: () => this.show(v.id) }, v.title);
        this.tabs.set(v.id, tab);
      }
      root.append(h('header', {}, h('strong', {}, NAME), h('nav', { 'aria-label': 'Menu' }, ...this.tabs.values())), this.main);
      return;
    }
    const picker = h(
      'select',
      { 'aria-label': 'Menu', onchange: () => this.show(picker.value) },
      ...views.map((v) => h('option', { value: v.id }, v.title)),
    );
    this.picker = picker;
    root.append(h('header', {}, h('strong', {}, NAME), picker), this.main);
  }

  /** Opens a view; `params` reach it through `app.params`. */
  show(id: string, params: Record<string, string> = {}): void {
    const view = this.views.find((v) => v.id === id) ?? this.views[0];
    this.params = params;
    if (this.picker) this.picker.value = view.id;
    for (const [key, tab] of this.tabs) {
      if (key === view.id) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    // A fresh <main> each time: what a view left waiting for the server draws later (its content, a message)
    // lands in the old one, detached, never in the view now shown.
    const main = h('main');
    this.main.replaceWith(main);
    this.main = main;
    this.root.dataset.view = view.id;
    void view.render(main, this);
  }

  params: Record<string, string> = {};
}
