/** The sidebar shell: a view picker and the current view. */
import { clear, h } from './dom';
import { NAME } from '../domain/shared/programme';

export interface View {
  id: string;
  title: string;
  render(root: HTMLElement, app: App): void | Promise<void>;
}

export class App {
  private readonly main = h('main');
  private readonly picker: HTMLSelectElement;

  constructor(private readonly root: HTMLElement, private readonly views: View[]) {
    this.picker = h('select', { 'aria-label': 'Menu', onchange: () => this.show(this.picker.value) },
      ...views.map((v) => h('option', { value: v.id }, v.title)));
    root.append(h('header', {}, h('strong', {}, NAME), this.picker), this.main);
  }

  /** Opens a view; `params` reach it through `app.params`. */
  show(id: string, params: Record<string, string> = {}): void {
    const view = this.views.find((v) => v.id === id) ?? this.views[0];
    this.params = params;
    this.picker.value = view.id;
    clear(this.main);
    this.root.dataset.view = view.id;
    void view.render(this.main, this);
  }

  params: Record<string, string> = {};
}
