/**
 * DocumentApp. A Document object edits a working copy; the document is saved by saveAndClose() or when the execution
 * ends (developers.google.com/apps-script/reference/document/document#saveandclose). Exports (Document.getAs,
 * File.getBlob) read the saved version, so a PDF made before saveAndClose misses the latest edits, as in Google.
 */
import { FakeBlob, fromBase64, MIME, toBase64 } from './base';
import { type Api, enumOf, Fake, type Runtime } from './core';
import { documentPdf, documentText, newDocumentContent } from './document-content';
import { createItem, FakeFile } from './drive';
import { badArguments, GasError, notImplemented } from './errors';
import type { DocContent, DocElement, InlineState } from './state';

type D = typeof GoogleAppsScript.Document;
export const PARAGRAPH_HEADING = enumOf<D['ParagraphHeading']>()(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const HORIZONTAL_ALIGNMENT = enumOf<D['HorizontalAlignment']>()('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const GLYPH_TYPE = enumOf<D['GlyphType']>()(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);
export const ATTRIBUTE = enumOf<D['Attribute']>()(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);
export const ELEMENT_TYPE = enumOf<D['ElementType']>()(
  'BODY_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'TABLE_ROW',
  'TEXT',
);

interface Handle {
  id: string;
  content: DocContent;
  closed: boolean;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function open(rt: Runtime, id: string): FakeDocument {
  const saved = rt.state.documents[id];
  if (!saved) throw new GasError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
  const handle: Handle = { id, content: structuredClone(saved), closed: false };
  rt.current?.onEnd.push(() => {
    if (!handle.closed) save(rt, handle);
  });
  return new FakeDocument(rt, handle).api;
}

function save(rt: Runtime, h: Handle): void {
  rt.state.documents[h.id] = structuredClone(h.content);
  const item = rt.state.drive[h.id];
  if (item) item.updatedAt = rt.state.now;
}

const DOCUMENT_APP = [
  'create',
  'openById',
  'openByUrl',
  'ParagraphHeading',
  'HorizontalAlignment',
  'Attribute',
  'ElementType',
  'GlyphType',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.DocumentApp>;

/** developers.google.com/apps-script/reference/document/document-app */
export class FakeDocumentApp extends Fake implements Api<GoogleAppsScript.Document.DocumentApp, (typeof DOCUMENT_APP)[number]> {
  static service = 'DocumentApp';
  static members: readonly string[] = DOCUMENT_APP;
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly Attribute = ATTRIBUTE;
  readonly ElementType = ELEMENT_TYPE;
  readonly GlyphType = GLYPH_TYPE;
  /** A new Doc in the user's My Drive root (…/document-app#createname). */
  create(name: string): FakeDocument {
    const item = createItem(this.rt, { name: String(name), mimeType: MIME.GOOGLE_DOCS });
    this.rt.state.documents[item.id] = newDocumentContent();
    return open(this.rt, item.id);
  }
  openById(id: string): FakeDocument {
    return open(this.rt, String(id));
  }
  openByUrl(url: string): FakeDocument {
    const id = /\/document\/d\/([\w-]+)/.exec(url)?.[1];
    if (!id) throw new GasError('Invalid argument: url');
    return open(this.rt, id);
  }
}

const DOCUMENT = ['getId', 'getName', 'setName', 'getUrl', 'getBody', 'saveAndClose', 'getAs', 'getBlob'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Document.Document
>;

/** developers.google.com/apps-script/reference/document/document */
export class FakeDocument extends Fake implements Api<GoogleAppsScript.Document.Document, (typeof DOCUMENT)[number]> {
  static service = 'Document';
  static members: readonly string[] = DOCUMENT;
  constructor(
    rt: Runtime,
    readonly handle: Handle,
  ) {
    super(rt);
  }
  getId(): string {
    return this.handle.id;
  }
  getName(): string {
    return this.rt.state.drive[this.handle.id]?.name ?? '';
  }
  setName(name: string): FakeDocument {
    const item = this.rt.state.drive[this.handle.id];
    if (item) item.name = String(name);
    return this.api;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.handle.id}/edit`;
  }
  getBody(): FakeBody {
    return new FakeBody(this.rt, this.handle).api;
  }
  saveAndClose(): void {
    if (!this.handle.closed) save(this.rt, this.handle);
    this.handle.closed = true;
  }
  getAs(contentType: string): FakeBlob {
    if (contentType !== MIME.PDF) throw notImplemented(`Document.getAs(${JSON.stringify(contentType)})`);
    return documentPdf(this.rt, this.handle.id);
  }
  getBlob(): FakeBlob {
    return this.getAs(MIME.PDF);
  }
}

/** Shared by the element fakes: the working copy they edit and the "closed" rule. */
abstract class DocPart extends Fake {
  constructor(
    rt: Runtime,
    readonly handle: Handle,
  ) {
    super(rt);
  }
  protected get content(): DocContent {
    return this.handle.content;
  }
  protected editable(): void {
    if (this.handle.closed) throw new GasError('Document is closed, its contents cannot be updated.');
  }
  protected element(eid: number): DocElement {
    const e = this.content.body.find((x) => x.eid === eid);
    if (!e) throw notImplemented('using a document element after it was removed');
    return e;
  }
  protected wrap(e: DocElement): FakeParagraph | FakeListItem | FakeTable {
    if (e.type === 'TABLE') return new FakeTable(this.rt, this.handle, e.eid).api;
    return e.type === 'LIST_ITEM' ? new FakeListItem(this.rt, this.handle, e.eid).api : new FakeParagraph(this.rt, this.handle, e.eid).api;
  }
}

/**
 * An image for the document from a Blob or BlobSource (a Drive file). Docs takes PNG, JPEG and GIF (Docs help, "Insert
 * an image": support.google.com/docs/answer/97447); what Docs does with other types is not modelled, so it fails loudly.
 * The inserted image has its own pixel size until resized (…/inline-image#getwidth: "the image's width, in pixels").
 */
function imageOf(rt: Runtime, image: unknown, method: string): { inline: InlineState; size: Record<string, number> } {
  const file = rt.unwrap(image, FakeFile);
  const blob = rt.unwrap(file ? file.getBlob() : image, FakeBlob);
  if (!blob) throw badArguments(method, [image]);
  const size = pixelSize(blob.bytes, blob.contentType ?? '');
  if (!size) throw notImplemented(`${method} with a ${blob.contentType ?? 'typeless'} blob that is not a readable PNG, JPEG or GIF`);
  return {
    inline: { kind: 'IMAGE', name: blob.name ?? '', contentType: blob.contentType ?? '', data: toBase64(blob.bytes) },
    size: { WIDTH: size[0], HEIGHT: size[1] },
  };
}

/** [width, height] from the image's header (PNG IHDR, GIF screen descriptor, JPEG start-of-frame), or null. */
function pixelSize(b: Uint8Array, contentType: string): [number, number] | null {
  const be16 = (i: number) => (b[i] << 8) | b[i + 1];
  if (contentType === MIME.PNG && b.length >= 24 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return [(be16(16) << 16) | be16(18), (be16(20) << 16) | be16(22)];
  }
  if (contentType === MIME.GIF && b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46)
    return [b[6] | (b[7] << 8), b[8] | (b[9] << 8)];
  if (contentType === MIME.JPEG && b[0] === 0xff && b[1] === 0xd8) {
    for (let i = 2; i + 9 < b.length; i += 2 + be16(i + 2)) {
      if (b[i] !== 0xff) return null;
      if (b[i + 1] >= 0xc0 && b[i + 1] <= 0xc3) return [be16(i + 7), be16(i + 5)];
    }
  }
  return null;
}

const BODY = [
  'appendParagraph',
  'appendListItem',
  'appendTable',
  'appendImage',
  'appendPageBreak',
  'appendHorizontalRule',
  'insertParagraph',
  'clear',
  'getText',
  'getNumChildren',
  'getChild',
  'getChildIndex',
  'getParagraphs',
  'getTables',
  'getListItems',
  'getType',
  'getMarginTop',
  'getMarginBottom',
  'getMarginLeft',
  'getMarginRight',
  'setMarginTop',
  'setMarginBottom',
  'setMarginLeft',
  'setMarginRight',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.Body>;

/** developers.google.com/apps-script/reference/document/body */
export class FakeBody extends DocPart implements Api<GoogleAppsScript.Document.Body, (typeof BODY)[number]> {
  static service = 'Body';
  static members: readonly string[] = BODY;
  private add<E extends DocElement>(e: DistributiveOmit<E, 'eid'>, at = this.content.body.length): E {
    this.editable();
    const el = { ...e, eid: this.content.nextEid++ } as unknown as E;
    this.content.body.splice(at, 0, el);
    return el;
  }
  private paragraph(type: 'PARAGRAPH' | 'LIST_ITEM', text: unknown, method: string, inline?: InlineState, at?: number) {
    if (typeof text === 'object' && text !== null) throw notImplemented(`Body.${method} with an element`);
    return this.add<ParagraphState>(
      {
        type,
        text: text === undefined ? '' : String(text),
        heading: 'NORMAL',
        attrs: {},
        inline,
        ...(type === 'LIST_ITEM' ? { nesting: 0 } : {}),
      },
      at,
    );
  }
  appendParagraph(text: string): FakeParagraph {
    return new FakeParagraph(this.rt, this.handle, this.paragraph('PARAGRAPH', text, 'appendParagraph').eid).api;
  }
  insertParagraph(childIndex: number, text: string): FakeParagraph {
    if (childIndex < 0 || childIndex > this.content.body.length)
      throw new GasError(
        `Child index (${childIndex}) must be less than or equal to the number of child elements (${this.content.body.length}).`,
      );
    return new FakeParagraph(this.rt, this.handle, this.paragraph('PARAGRAPH', text, 'insertParagraph', undefined, childIndex).eid).api;
  }
  appendListItem(text: string): FakeListItem {
    return new FakeListItem(this.rt, this.handle, this.paragraph('LIST_ITEM', text, 'appendListItem').eid).api;
  }
  /**
   * appendTable(cells): cells must be strings (String[][]), rows of equal length. Docs keeps a paragraph after a
   * table at the end of the body, so an empty paragraph follows the new table.
   */
  appendTable(cells?: string[][]): FakeTable {
    const rows = cells ?? [];
    if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) {
      throw badArguments('DocumentApp.Body.appendTable', [cells]);
    }
    if (rows.some((r) => r.length !== rows[0]!.length)) throw notImplemented('Body.appendTable with rows of different lengths');
    const table = this.add<TableState>({
      type: 'TABLE',
      rows: rows.map((r) => r.map((text) => ({ text, attrs: {} }))),
      attrs: {},
      columnWidths: {},
    });
    this.paragraph('PARAGRAPH', '', 'appendTable');
    return new FakeTable(this.rt, this.handle, table.eid).api;
  }
  /** The image goes into a new paragraph, as Docs does (…/body#appendimageimage). */
  appendImage(image: FakeBlob): FakeInlineImage {
    const { inline, size } = imageOf(this.rt, image, 'DocumentApp.Body.appendImage');
    return new FakeInlineImage(
      this.rt,
      this.handle,
      this.add<ParagraphState>({ type: 'PARAGRAPH', text: '', heading: 'NORMAL', attrs: size, inline }).eid,
    ).api;
  }
  appendPageBreak(): FakeMarker {
    return FakeMarker.of(this.rt, this.handle, this.paragraph('PARAGRAPH', '', 'appendPageBreak', { kind: 'PAGE_BREAK' }).eid, 'PageBreak');
  }
  appendHorizontalRule(): FakeMarker {
    return FakeMarker.of(
      this.rt,
      this.handle,
      this.paragraph('PARAGRAPH', '', 'appendHorizontalRule', { kind: 'HORIZONTAL_RULE' }).eid,
      'HorizontalRule',
    );
  }
  /** Leaves one empty paragraph: a body always has one (…/body#clear). */
  clear(): FakeBody {
    this.editable();
    this.content.body = [{ eid: this.content.nextEid++, type: 'PARAGRAPH', text: '', heading: 'NORMAL', attrs: {} }];
    return this.api;
  }
  getText(): string {
    return documentText(this.content);
  }
  getNumChildren(): number {
    return this.content.body.length;
  }
  getChild(childIndex: number): FakeParagraph | FakeListItem | FakeTable {
    const e = this.content.body[childIndex];
    if (!e) throw new GasError(`Child index (${childIndex}) must be less than the number of child elements (${this.content.body.length}).`);
    return this.wrap(e);
  }
  getChildIndex(child: unknown): number {
    const raw = this.rt.unwrap(child, FakeParagraph) ?? this.rt.unwrap(child, FakeTable);
    if (!raw) throw badArguments('DocumentApp.Body.getChildIndex', [child]);
    return this.content.body.findIndex((e) => e.eid === raw.eid);
  }
  /** Top-level paragraphs and list items (paragraphs inside table cells are not modelled as elements). */
  getParagraphs(): Array<FakeParagraph | FakeListItem> {
    return this.content.body.filter((e) => e.type !== 'TABLE').map((e) => this.wrap(e) as FakeParagraph);
  }
  getTables(): FakeTable[] {
    return this.content.body.filter((e) => e.type === 'TABLE').map((e) => this.wrap(e) as FakeTable);
  }
  getListItems(): FakeListItem[] {
    return this.content.body.filter((e) => e.type === 'LIST_ITEM').map((e) => this.wrap(e) as FakeListItem);
  }
  getType(): string {
    return ELEMENT_TYPE.BODY_SECTION;
  }
  getMarginTop(): number {
    return this.content.margins.top;
  }
  getMarginBottom(): number {
    return this.content.margins.bottom;
  }
  getMarginLeft(): number {
    return this.content.margins.left;
  }
  getMarginRight(): number {
    return this.content.margins.right;
  }
  setMarginTop(marginTop: number): FakeBody {
    return this.margin('top', marginTop);
  }
  setMarginBottom(marginBottom: number): FakeBody {
    return this.margin('bottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): FakeBody {
    return this.margin('left', marginLeft);
  }
  setMarginRight(marginRight: number): FakeBody {
    return this.margin('right', marginRight);
  }
  private margin(side: keyof DocContent['margins'], points: number): FakeBody {
    this.editable();
    this.content.margins[side] = points;
    return this.api;
  }
}

/** Attribute maps keyed by DocumentApp.Attribute names (…/document/attribute). */
function applyAttributes(attrs: Record<string, unknown>, patch: unknown): void {
  if (typeof patch !== 'object' || patch === null) throw badArguments('setAttributes', [patch]);
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in ATTRIBUTE)) continue;
    if (v === null || v === undefined) delete attrs[k];
    else attrs[k] = v;
  }
}

type ParagraphState = Extract<DocElement, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;
const PARAGRAPH = [
  'getText',
  'setText',
  'appendText',
  'appendInlineImage',
  'getHeading',
  'setHeading',
  'getAlignment',
  'setAlignment',
  'getAttributes',
  'setAttributes',
  'getSpacingAfter',
  'setSpacingAfter',
  'getSpacingBefore',
  'setSpacingBefore',
  'getLineSpacing',
  'setLineSpacing',
  'getLinkUrl',
  'setLinkUrl',
  'editAsText',
  'getType',
  'removeFromParent',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.Paragraph & keyof GoogleAppsScript.Document.ListItem>;

/** developers.google.com/apps-script/reference/document/paragraph */
export class FakeParagraph extends DocPart implements Api<GoogleAppsScript.Document.Paragraph, (typeof PARAGRAPH)[number]> {
  static service = 'Paragraph';
  static members: readonly string[] = PARAGRAPH;
  constructor(
    rt: Runtime,
    handle: Handle,
    readonly eid: number,
  ) {
    super(rt, handle);
  }
  protected get p(): ParagraphState {
    return this.element(this.eid) as ParagraphState;
  }
  protected change(fn: (p: ParagraphState) => void): this {
    this.editable();
    fn(this.p);
    return this.api;
  }
  getText(): string {
    return this.p.text;
  }
  setText(text: string): this {
    return this.change((p) => {
      p.text = String(text);
    });
  }
  appendText(text: string): FakeText {
    this.change((p) => {
      p.text += String(text);
    });
    return this.editAsText();
  }
  /** …/paragraph#appendinlineimageimage. Only an image alone in its paragraph is modelled (a paragraph holds one inline element). */
  appendInlineImage(image: FakeBlob): FakeInlineImage {
    const { inline, size } = imageOf(this.rt, image, `DocumentApp.${(this.constructor as typeof Fake).service}.appendInlineImage`);
    if (this.p.text !== '' || this.p.inline) throw notImplemented('Paragraph.appendInlineImage next to text or another inline element');
    this.change((p) => {
      p.inline = inline;
      applyAttributes(p.attrs, size);
    });
    return new FakeInlineImage(this.rt, this.handle, this.eid).api;
  }
  getHeading(): string {
    return this.p.heading;
  }
  setHeading(heading: unknown): this {
    if (!(String(heading) in PARAGRAPH_HEADING))
      throw badArguments(`DocumentApp.${(this.constructor as typeof Fake).service}.setHeading`, [heading]);
    return this.change((p) => {
      p.heading = String(heading);
    });
  }
  getAlignment(): string | null {
    return (this.p.attrs.HORIZONTAL_ALIGNMENT as string | undefined) ?? null;
  }
  setAlignment(alignment: unknown): this {
    return this.change((p) => applyAttributes(p.attrs, { HORIZONTAL_ALIGNMENT: alignment === null ? null : String(alignment) }));
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.p.attrs };
  }
  setAttributes(attributes: unknown): this {
    return this.change((p) => applyAttributes(p.attrs, attributes));
  }
  getSpacingAfter(): number {
    return Number(this.p.attrs.SPACING_AFTER ?? 0);
  }
  setSpacingAfter(spacingAfter: number): this {
    return this.change((p) => applyAttributes(p.attrs, { SPACING_AFTER: spacingAfter }));
  }
  getSpacingBefore(): number {
    return Number(this.p.attrs.SPACING_BEFORE ?? 0);
  }
  setSpacingBefore(spacingBefore: number): this {
    return this.change((p) => applyAttributes(p.attrs, { SPACING_BEFORE: spacingBefore }));
  }
  getLineSpacing(): number {
    return Number(this.p.attrs.LINE_SPACING ?? 1);
  }
  setLineSpacing(multiplier: number): this {
    return this.change((p) => applyAttributes(p.attrs, { LINE_SPACING: multiplier }));
  }
  getLinkUrl(): string | null {
    return (this.p.attrs.LINK_URL as string | undefined) ?? null;
  }
  setLinkUrl(url: string | null): this {
    return this.change((p) => applyAttributes(p.attrs, { LINK_URL: url }));
  }
  editAsText(): FakeText {
    return new FakeText(this.rt, this.handle, this.eid).api;
  }
  getType(): string {
    return this.p.type === 'LIST_ITEM' ? ELEMENT_TYPE.LIST_ITEM : ELEMENT_TYPE.PARAGRAPH;
  }
  /** The body must keep a paragraph at its end (…/paragraph#removefromparent). */
  removeFromParent(): this {
    this.editable();
    const body = this.content.body;
    const i = body.findIndex((e) => e.eid === this.eid);
    if (i === body.length - 1 && this.p.type === 'PARAGRAPH') throw new GasError("Can't remove the last paragraph in a document section.");
    body.splice(i, 1);
    return this.api;
  }
}

const LIST_ITEM = [...PARAGRAPH, 'getNestingLevel', 'setNestingLevel', 'getGlyphType', 'setGlyphType'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Document.ListItem
>;

/** developers.google.com/apps-script/reference/document/list-item */
export class FakeListItem extends FakeParagraph implements Api<GoogleAppsScript.Document.ListItem, (typeof LIST_ITEM)[number]> {
  static service = 'ListItem';
  static members: readonly string[] = LIST_ITEM;
  getNestingLevel(): number {
    return this.p.nesting ?? 0;
  }
  setNestingLevel(nestingLevel: number): this {
    return this.change((p) => {
      p.nesting = nestingLevel;
    });
  }
  getGlyphType(): string {
    return String(this.p.attrs.GLYPH_TYPE ?? GLYPH_TYPE.BULLET);
  }
  setGlyphType(glyphType: unknown): this {
    return this.change((p) => applyAttributes(p.attrs, { GLYPH_TYPE: String(glyphType) }));
  }
}

type TableState = Extract<DocElement, { type: 'TABLE' }>;
const TABLE = [
  'getNumRows',
  'getRow',
  'getCell',
  'getText',
  'getBorderWidth',
  'setBorderWidth',
  'getBorderColor',
  'setBorderColor',
  'getColumnWidth',
  'setColumnWidth',
  'getAttributes',
  'setAttributes',
  'getType',
  'removeFromParent',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.Table>;

/** developers.google.com/apps-script/reference/document/table */
export class FakeTable extends DocPart implements Api<GoogleAppsScript.Document.Table, (typeof TABLE)[number]> {
  static service = 'Table';
  static members: readonly string[] = TABLE;
  constructor(
    rt: Runtime,
    handle: Handle,
    readonly eid: number,
  ) {
    super(rt, handle);
  }
  get t(): TableState {
    return this.element(this.eid) as TableState;
  }
  private change(fn: (t: TableState) => void): FakeTable {
    this.editable();
    fn(this.t);
    return this.api;
  }
  getNumRows(): number {
    return this.t.rows.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    if (!this.t.rows[rowIndex])
      throw new GasError(`Child index (${rowIndex}) must be less than the number of child elements (${this.t.rows.length}).`);
    return new FakeTableRow(this.rt, this.handle, this.eid, rowIndex).api;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  getText(): string {
    return this.t.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
  }
  getBorderWidth(): number {
    return Number(this.t.attrs.BORDER_WIDTH ?? 1);
  }
  setBorderWidth(width: number): FakeTable {
    return this.change((t) => applyAttributes(t.attrs, { BORDER_WIDTH: width }));
  }
  getBorderColor(): string {
    return String(this.t.attrs.BORDER_COLOR ?? '#000000');
  }
  setBorderColor(color: string): FakeTable {
    return this.change((t) => applyAttributes(t.attrs, { BORDER_COLOR: color }));
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.t.columnWidths[columnIndex] ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): FakeTable {
    return this.change((t) => {
      t.columnWidths[columnIndex] = width;
    });
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.t.attrs };
  }
  setAttributes(attributes: unknown): FakeTable {
    return this.change((t) => applyAttributes(t.attrs, attributes));
  }
  getType(): string {
    return ELEMENT_TYPE.TABLE;
  }
  removeFromParent(): FakeTable {
    this.editable();
    this.content.body.splice(
      this.content.body.findIndex((e) => e.eid === this.eid),
      1,
    );
    return this.api;
  }
}

const TABLE_ROW = ['getNumCells', 'getCell', 'getText', 'getType', 'getParentTable'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Document.TableRow
>;

/** developers.google.com/apps-script/reference/document/table-row */
export class FakeTableRow extends DocPart implements Api<GoogleAppsScript.Document.TableRow, (typeof TABLE_ROW)[number]> {
  static service = 'TableRow';
  static members: readonly string[] = TABLE_ROW;
  constructor(
    rt: Runtime,
    handle: Handle,
    readonly eid: number,
    readonly row: number,
  ) {
    super(rt, handle);
  }
  private get cells() {
    return (this.element(this.eid) as TableState).rows[this.row]!;
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(cellIndex: number): FakeTableCell {
    if (!this.cells[cellIndex])
      throw new GasError(`Child index (${cellIndex}) must be less than the number of child elements (${this.cells.length}).`);
    return new FakeTableCell(this.rt, this.handle, this.eid, this.row, cellIndex).api;
  }
  getText(): string {
    return this.cells.map((c) => c.text).join('\t');
  }
  getType(): string {
    return ELEMENT_TYPE.TABLE_ROW;
  }
  getParentTable(): FakeTable {
    return new FakeTable(this.rt, this.handle, this.eid).api;
  }
}

const TABLE_CELL = [
  'getText',
  'setText',
  'getBackgroundColor',
  'setBackgroundColor',
  'editAsText',
  'getAttributes',
  'setAttributes',
  'getType',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.TableCell>;

/** developers.google.com/apps-script/reference/document/table-cell */
export class FakeTableCell extends DocPart implements Api<GoogleAppsScript.Document.TableCell, (typeof TABLE_CELL)[number]> {
  static service = 'TableCell';
  static members: readonly string[] = TABLE_CELL;
  constructor(
    rt: Runtime,
    handle: Handle,
    readonly eid: number,
    readonly row: number,
    readonly col: number,
  ) {
    super(rt, handle);
  }
  get cell() {
    return (this.element(this.eid) as TableState).rows[this.row]![this.col]!;
  }
  private change(fn: (c: { text: string; attrs: Record<string, unknown> }) => void): FakeTableCell {
    this.editable();
    fn(this.cell);
    return this.api;
  }
  getText(): string {
    return this.cell.text;
  }
  setText(text: string): FakeTableCell {
    return this.change((c) => {
      c.text = String(text);
    });
  }
  getBackgroundColor(): string | null {
    return (this.cell.attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string): FakeTableCell {
    return this.change((c) => applyAttributes(c.attrs, { BACKGROUND_COLOR: color }));
  }
  editAsText(): FakeText {
    return new FakeText(this.rt, this.handle, this.eid, [this.row, this.col]).api;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.cell.attrs };
  }
  setAttributes(attributes: unknown): FakeTableCell {
    return this.change((c) => applyAttributes(c.attrs, attributes));
  }
  getType(): string {
    return ELEMENT_TYPE.TABLE_CELL;
  }
}

const TEXT = [
  'getText',
  'setText',
  'isBold',
  'setBold',
  'isItalic',
  'setItalic',
  'isUnderline',
  'setUnderline',
  'getFontSize',
  'setFontSize',
  'getFontFamily',
  'setFontFamily',
  'getForegroundColor',
  'setForegroundColor',
  'getBackgroundColor',
  'setBackgroundColor',
  'getLinkUrl',
  'setLinkUrl',
  'getAttributes',
  'setAttributes',
  'getType',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Document.Text>;

/**
 * developers.google.com/apps-script/reference/document/text: the text of a paragraph, list item or table cell.
 * Styles apply to the whole text; the (start, endInclusive, value) overloads are not modelled.
 */
export class FakeText extends DocPart implements Api<GoogleAppsScript.Document.Text, (typeof TEXT)[number]> {
  static service = 'Text';
  static members: readonly string[] = TEXT;
  constructor(
    rt: Runtime,
    handle: Handle,
    readonly eid: number,
    readonly cell?: [number, number],
  ) {
    super(rt, handle);
  }
  private get target(): { text: string; attrs: Record<string, unknown> } {
    const e = this.element(this.eid);
    return e.type === 'TABLE' ? e.rows[this.cell![0]]![this.cell![1]]! : e;
  }
  private style(name: string, args: unknown[]): FakeText {
    if (args.length !== 1) throw notImplemented(`Text.${name} on part of the text`);
    this.editable();
    applyAttributes(this.target.attrs, { [name]: args[0] });
    return this.api;
  }
  private read(name: string): unknown {
    return this.target.attrs[name] ?? null;
  }
  getText(): string {
    return this.target.text;
  }
  setText(text: string): FakeText {
    this.editable();
    this.target.text = String(text);
    return this.api;
  }
  isBold(): boolean | null {
    return this.read('BOLD') as boolean | null;
  }
  setBold(...args: unknown[]): FakeText {
    return this.style('BOLD', args);
  }
  isItalic(): boolean | null {
    return this.read('ITALIC') as boolean | null;
  }
  setItalic(...args: unknown[]): FakeText {
    return this.style('ITALIC', args);
  }
  isUnderline(): boolean | null {
    return this.read('UNDERLINE') as boolean | null;
  }
  setUnderline(...args: unknown[]): FakeText {
    return this.style('UNDERLINE', args);
  }
  getFontSize(): number | null {
    return this.read('FONT_SIZE') as number | null;
  }
  setFontSize(...args: unknown[]): FakeText {
    return this.style('FONT_SIZE', args);
  }
  getFontFamily(): string | null {
    return this.read('FONT_FAMILY') as string | null;
  }
  setFontFamily(...args: unknown[]): FakeText {
    return this.style('FONT_FAMILY', args);
  }
  getForegroundColor(): string | null {
    return this.read('FOREGROUND_COLOR') as string | null;
  }
  setForegroundColor(...args: unknown[]): FakeText {
    return this.style('FOREGROUND_COLOR', args);
  }
  getBackgroundColor(): string | null {
    return this.read('BACKGROUND_COLOR') as string | null;
  }
  setBackgroundColor(...args: unknown[]): FakeText {
    return this.style('BACKGROUND_COLOR', args);
  }
  getLinkUrl(): string | null {
    return this.read('LINK_URL') as string | null;
  }
  setLinkUrl(...args: unknown[]): FakeText {
    return this.style('LINK_URL', args);
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.target.attrs };
  }
  setAttributes(attributes: unknown): FakeText {
    this.editable();
    applyAttributes(this.target.attrs, attributes);
    return this.api;
  }
  getType(): string {
    return ELEMENT_TYPE.TEXT;
  }
}

const INLINE_IMAGE = ['getWidth', 'setWidth', 'getHeight', 'setHeight', 'getBlob', 'getType'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Document.InlineImage
>;

/** developers.google.com/apps-script/reference/document/inline-image */
export class FakeInlineImage extends FakeParagraph implements Api<GoogleAppsScript.Document.InlineImage, (typeof INLINE_IMAGE)[number]> {
  static service = 'InlineImage';
  static members: readonly string[] = INLINE_IMAGE;
  private get image() {
    return this.p.inline as Extract<InlineState, { kind: 'IMAGE' }>;
  }
  getWidth(): number {
    return Number(this.p.attrs.WIDTH ?? 0);
  }
  setWidth(width: number): this {
    return this.change((p) => applyAttributes(p.attrs, { WIDTH: width }));
  }
  getHeight(): number {
    return Number(this.p.attrs.HEIGHT ?? 0);
  }
  setHeight(height: number): this {
    return this.change((p) => applyAttributes(p.attrs, { HEIGHT: height }));
  }
  getBlob(): FakeBlob {
    return new FakeBlob(this.rt, fromBase64(this.image.data), this.image.contentType, this.image.name).api;
  }
  getType(): string {
    return ELEMENT_TYPE.INLINE_IMAGE;
  }
}

const MARKER = ['getType'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Document.PageBreak & keyof GoogleAppsScript.Document.HorizontalRule
>;

/** PageBreak and HorizontalRule (…/document/page-break, …/document/horizontal-rule). */
export class FakeMarker extends FakeParagraph implements Api<GoogleAppsScript.Document.PageBreak, (typeof MARKER)[number]> {
  static members: readonly string[] = MARKER;
  static of(rt: Runtime, handle: Handle, eid: number, service: 'PageBreak' | 'HorizontalRule'): FakeMarker {
    return rt.expose(new FakeMarker(rt, handle, eid), service, MARKER);
  }
  getType(): string {
    return this.p.inline?.kind === 'PAGE_BREAK' ? ELEMENT_TYPE.PAGE_BREAK : ELEMENT_TYPE.HORIZONTAL_RULE;
  }
}

// ---------------------------------------------------------------------------------------------- views for tests and the preview

export type DocumentBlock =
  | { type: 'paragraph'; text: string; heading: string; attrs: Record<string, unknown> }
  | { type: 'listItem'; text: string; nesting: number; attrs: Record<string, unknown> }
  | { type: 'table'; rows: string[][] }
  | { type: 'image'; name: string; contentType: string; attrs: Record<string, unknown> }
  | { type: 'pageBreak' }
  | { type: 'horizontalRule' };

export function documentBlocks(content: DocContent): DocumentBlock[] {
  return content.body.map((e): DocumentBlock => {
    if (e.type === 'TABLE') return { type: 'table', rows: e.rows.map((r) => r.map((c) => c.text)) };
    if (e.inline?.kind === 'IMAGE') return { type: 'image', name: e.inline.name, contentType: e.inline.contentType, attrs: { ...e.attrs } };
    if (e.inline?.kind === 'PAGE_BREAK') return { type: 'pageBreak' };
    if (e.inline?.kind === 'HORIZONTAL_RULE') return { type: 'horizontalRule' };
    if (e.type === 'LIST_ITEM') return { type: 'listItem', text: e.text, nesting: e.nesting ?? 0, attrs: { ...e.attrs } };
    return { type: 'paragraph', text: e.text, heading: e.heading, attrs: { ...e.attrs } };
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Inline CSS from attributes, keeping only values that cannot break out of the style attribute. */
function css(attrs: Record<string, unknown>): string {
  const color = (v: unknown) => (typeof v === 'string' && /^#[0-9a-f]{3,8}$/i.test(v) ? v : undefined);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const align =
    typeof attrs.HORIZONTAL_ALIGNMENT === 'string' && /^(LEFT|CENTER|RIGHT|JUSTIFY)$/.test(attrs.HORIZONTAL_ALIGNMENT)
      ? attrs.HORIZONTAL_ALIGNMENT.toLowerCase()
      : undefined;
  const rules: Array<[string, unknown]> = [
    ['font-weight', attrs.BOLD === true ? 'bold' : undefined],
    ['font-style', attrs.ITALIC === true ? 'italic' : undefined],
    ['text-decoration', attrs.UNDERLINE === true ? 'underline' : undefined],
    ['font-size', num(attrs.FONT_SIZE) !== undefined ? `${num(attrs.FONT_SIZE)}pt` : undefined],
    ['color', color(attrs.FOREGROUND_COLOR)],
    ['background-color', color(attrs.BACKGROUND_COLOR)],
    ['text-align', align],
    ['margin-top', num(attrs.SPACING_BEFORE) !== undefined ? `${num(attrs.SPACING_BEFORE)}pt` : undefined],
    ['margin-bottom', num(attrs.SPACING_AFTER) !== undefined ? `${num(attrs.SPACING_AFTER)}pt` : undefined],
  ];
  const text = rules
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return text ? ` style="${text}"` : '';
}

/** A standalone, script-free HTML page of a document (every text escaped), for the preview. */
export function documentHtml(name: string, content: DocContent): string {
  const tags: Record<string, string> = {
    TITLE: 'h1',
    SUBTITLE: 'h2',
    HEADING1: 'h1',
    HEADING2: 'h2',
    HEADING3: 'h3',
    HEADING4: 'h4',
    HEADING5: 'h5',
    HEADING6: 'h6',
  };
  const out: string[] = [];
  let inList = false;
  for (const e of content.body) {
    if (inList && e.type !== 'LIST_ITEM') {
      out.push('</ul>');
      inList = false;
    }
    if (e.type === 'TABLE') {
      out.push(
        `<table>${e.rows.map((r) => `<tr>${r.map((c) => `<td${css(c.attrs)}>${escapeHtml(c.text)}</td>`).join('')}</tr>`).join('')}</table>`,
      );
    } else if (e.inline?.kind === 'PAGE_BREAK') out.push('<div class="page-break"></div>');
    else if (e.inline?.kind === 'HORIZONTAL_RULE') out.push('<hr>');
    else if (e.inline?.kind === 'IMAGE') {
      const safe = /^image\/(png|jpeg|gif|webp|bmp)$/.test(e.inline.contentType);
      out.push(
        safe
          ? `<p><img alt="${escapeHtml(e.inline.name)}" src="data:${e.inline.contentType};base64,${e.inline.data}"></p>`
          : `<p>[image ${escapeHtml(e.inline.name)}]</p>`,
      );
    } else if (e.type === 'LIST_ITEM') {
      if (!inList) {
        out.push('<ul>');
        inList = true;
      }
      out.push(`<li${css(e.attrs)}>${escapeHtml(e.text)}</li>`);
    } else {
      const tag = tags[e.heading] ?? 'p';
      out.push(`<${tag}${css(e.attrs)}>${escapeHtml(e.text) || '<br>'}</${tag}>`);
    }
  }
  if (inList) out.push('</ul>');
  const m = content.margins;
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title><style>` +
    `body{font-family:Arial,sans-serif;font-size:11pt;max-width:8.5in;margin:auto;padding:${m.top}pt ${m.right}pt ${m.bottom}pt ${m.left}pt}` +
    'table{border-collapse:collapse}td{border:1px solid #000;padding:4pt}.page-break{border-top:1px dashed #999;margin:12pt 0}' +
    `</style></head><body>${out.join('\n')}</body></html>`
  );
}
