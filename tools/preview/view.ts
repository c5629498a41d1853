/** What the preview server sends the page after every action (JSON). */

export interface View {
  title: string;
  sheets: SheetView[];
  menus: MenuView[];
  /** The sidebar the product opened last, until the user closes it; `opened` counts openings. */
  sidebar: { title: string; opened: number } | null;
  /** `label` as people read it; `local` for the date-time input (WIB). */
  clock: { label: string; local: string };
  triggers: TriggerView[];
  outbox: MailView[];
  drive: DriveItemView[];
  last: ActionView | null;
}

/** A cell's display value, or the formula it holds (the emulator does not calculate). */
export type Cell = string | { formula: string };

export interface SheetView {
  name: string;
  frozenRows: number;
  /** The used range, at most the first MAX_GRID_ROWS rows. */
  cells: Cell[][];
  /** Rows of the used range not sent. */
  hiddenRows: number;
}

export interface MenuView {
  title: string;
  items: ({ caption: string; functionName: string } | null)[];
}

export interface TriggerView {
  handler: string;
  description: string;
  next: string;
}

export interface MailView {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  at: string;
}

export interface DriveItemView {
  id: string;
  kind: 'folder' | 'document' | 'spreadsheet' | 'file';
  name: string;
  path: string;
  /** Where the page opens it: a document rendered as HTML. */
  href?: string;
}

export interface ActionView {
  /** Numbers actions, so the page shows an action's toasts and alerts once. */
  seq: number;
  label: string;
  ok: boolean;
  /** The function's return value or its error, as text for a person to read. */
  outcome: string;
  calls: [string, number][];
  toasts: { title: string; message: string }[];
  alerts: { title: string; message: string }[];
  /** Time-driven triggers a clock move ran, in order. */
  ran: { handler: string; at: string; outcome: string }[];
  logs: string[];
}
