/** The spreadsheet's Ui (menus, sidebars, dialogs, alerts) and HtmlService. Everything shown is recorded on state.ui. */
import { BUTTON, BUTTON_SET } from './base';
import { type Api, enumOf, Fake, type Runtime } from './core';
import { badArguments, GasError } from './errors';
import type { MenuItemState } from './state';

const UI = [
  'Button',
  'ButtonSet',
  'alert',
  'createAddonMenu',
  'createMenu',
  'showModalDialog',
  'showModelessDialog',
  'showSidebar',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.Ui>;

/** developers.google.com/apps-script/reference/base/ui */
export class FakeUi extends Fake implements Api<GoogleAppsScript.Base.Ui, (typeof UI)[number]> {
  static service = 'Ui';
  static members: readonly string[] = UI;
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.rt, String(caption)).api;
  }
  /** A container-bound script's add-on menu sits under Extensions with the project's name. */
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.rt, 'Extensions').api;
  }

  /**
   * alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); the answer is the next one queued with
   * Emulator.ui.respond(), else the set's first button (OK or YES) — …/base/ui#alerttitle,-prompt,-buttons.
   */
  alert(a: string, b?: unknown, c?: unknown): string {
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), String(c)] : b !== undefined ? ['', a, String(b)] : ['', a, 'OK'];
    if (!(buttons in BUTTON_SET))
      throw badArguments(
        'Ui.alert',
        [a, b, c].filter((x) => x !== undefined),
      );
    const response = this.rt.alertResponses.shift() ?? (buttons.startsWith('YES') ? BUTTON.YES : BUTTON.OK);
    this.rt.state.ui.alerts.push({
      title: String(title),
      prompt: String(prompt),
      buttons,
      response,
      user: this.rt.activeUser,
      at: this.rt.state.now,
    });
    return response;
  }
  /** A sidebar is 300 px wide whatever setWidth said (…/base/ui#showsidebaruserinterface). */
  showSidebar(userInterface: FakeHtmlOutput): void {
    const out = this.html(userInterface, 'showSidebar');
    this.rt.state.ui.sidebars.push({ title: out.title, content: out.content, width: 300, user: this.rt.activeUser, at: this.rt.state.now });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.dialog(userInterface, title, false);
  }
  private dialog(userInterface: FakeHtmlOutput, title: string, modal: boolean): void {
    const out = this.html(userInterface, modal ? 'showModalDialog' : 'showModelessDialog');
    this.rt.state.ui.dialogs.push({
      title: String(title),
      content: out.content,
      width: out.width,
      height: out.height,
      modal,
      user: this.rt.activeUser,
      at: this.rt.state.now,
    });
  }
  private html(value: unknown, method: string): FakeHtmlOutput {
    const out = this.rt.unwrap(value, FakeHtmlOutput);
    if (!out) throw badArguments(`Ui.${method}`, [value]);
    return out;
  }
}

const MENU = ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.Menu>;

/** developers.google.com/apps-script/reference/base/menu. addToUi replaces a menu of the same title (a re-run onOpen). */
export class FakeMenu extends Fake implements Api<GoogleAppsScript.Base.Menu, (typeof MENU)[number]> {
  static service = 'Menu';
  static members: readonly string[] = MENU;
  readonly items: MenuItemState[] = [];
  constructor(
    rt: Runtime,
    readonly title: string,
  ) {
    super(rt);
  }
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this.api;
  }
  addSeparator(): FakeMenu {
    this.items.push(null);
    return this.api;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    const sub = this.rt.unwrap(menu, FakeMenu);
    if (!sub) throw badArguments('Menu.addSubMenu', [menu]);
    this.items.push({ caption: sub.title, items: structuredClone(sub.items) });
    return this.api;
  }
  addToUi(): void {
    const menus = this.rt.state.ui.menus;
    const entry = { title: this.title, items: structuredClone(this.items) };
    const at = menus.findIndex((m) => m.title === this.title);
    if (at >= 0) menus[at] = entry;
    else menus.push(entry);
  }
}

type H = typeof GoogleAppsScript.HTML;
export const SANDBOX_MODE = enumOf<H['SandboxMode']>()('EMULATED', 'IFRAME', 'NATIVE');
export const XFRAME_OPTIONS_MODE = enumOf<H['XFrameOptionsMode']>()('ALLOWALL', 'DEFAULT');

const HTML_SERVICE = ['SandboxMode', 'XFrameOptionsMode', 'createHtmlOutput', 'createHtmlOutputFromFile'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.HTML.HtmlService
>;

/** developers.google.com/apps-script/reference/html/html-service (templates are not modelled). */
export class FakeHtmlService extends Fake implements Api<GoogleAppsScript.HTML.HtmlService, (typeof HTML_SERVICE)[number]> {
  static service = 'HtmlService';
  static members: readonly string[] = HTML_SERVICE;
  readonly SandboxMode = SANDBOX_MODE;
  readonly XFrameOptionsMode = XFRAME_OPTIONS_MODE;
  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.rt, html === undefined ? '' : String(html)).api;
  }
  /** Reads `<filename>.html` of the project; a missing file fails as in Apps Script. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.rt.htmlFiles[name];
    if (content === undefined) throw new GasError(`No HTML file named ${filename} was found.`);
    return this.createHtmlOutput(content);
  }
}

const HTML_OUTPUT = [
  'getContent',
  'setContent',
  'append',
  'clear',
  'getTitle',
  'setTitle',
  'getWidth',
  'setWidth',
  'getHeight',
  'setHeight',
  'setSandboxMode',
  'setXFrameOptionsMode',
  'addMetaTag',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.HTML.HtmlOutput>;

/** developers.google.com/apps-script/reference/html/html-output */
export class FakeHtmlOutput extends Fake implements Api<GoogleAppsScript.HTML.HtmlOutput, (typeof HTML_OUTPUT)[number]> {
  static service = 'HtmlOutput';
  static members: readonly string[] = HTML_OUTPUT;
  title = '';
  width = 0;
  height = 0;
  readonly meta: Array<{ name: string; content: string }> = [];
  constructor(
    rt: Runtime,
    public content: string,
  ) {
    super(rt);
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this.api;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this.api;
  }
  clear(): FakeHtmlOutput {
    this.content = '';
    return this.api;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this.api;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this.api;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this.api;
  }
  /** Only IFRAME remains; other modes are ignored by Google (…/html-output#setsandboxmodemode). */
  setSandboxMode(_mode: unknown): FakeHtmlOutput {
    return this.api;
  }
  setXFrameOptionsMode(_mode: unknown): FakeHtmlOutput {
    return this.api;
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.meta.push({ name: String(name), content: String(content) });
    return this.api;
  }
}
