/**
 * What an execution would cost on Apps Script: each Google service call counted by kind, with the cells it reads or
 * writes, priced by one table of per-call costs. Figures with a source come from Google's best-practices page
 * (https://developers.google.com/apps-script/guides/support/best-practices) and public measurements, each named in
 * its row; the rest are assumptions, marked as such.
 */
import type { Product } from '../harness';

export type Group = 'read' | 'write' | 'sheets' | 'store' | 'mail' | 'docs' | 'lock' | 'other';
export const GROUPS: Record<Group, string> = {
  read: 'spreadsheet reads',
  write: 'spreadsheet writes',
  sheets: 'other Sheets calls',
  store: 'Properties/Cache',
  mail: 'Mail',
  docs: 'Docs/Drive/Forms',
  lock: 'Lock',
  other: 'other',
};

/** One round trip to the Sheets backend: Google's 100×100 cells written one by one took ~70 s, ≈ 7 ms a call. */
const ROUND_TRIP = 70_000 / 10_000;
/** Per cell moved by getValues/setValues: one setValues of 4 000 cells < 50 ms, less its round trip. */
const PER_CELL = (50 - ROUND_TRIP) / 4000;

interface Cost {
  calls: string;
  ms: number;
  perCell?: true;
  group: Group;
  source: string;
}
const cost = (calls: string, group: Group, ms: number, source: string, perCell?: true): Cost => ({ calls, group, ms, source, perCell });
const A = 'assumption';

/** First match wins. `perCell`: plus PER_CELL for every cell of the range (reads and writes alike). */
export const MODEL: Array<[RegExp, Cost]> = [
  [/^Sheet\.appendRow$/, cost('Sheet.appendRow', 'write', 275, 'appendRow in a loop: 641 rows in 176 s (public measurement)')],
  [
    /^Range\.(getValue|getDisplayValue|getFormula|getNote|getNumberFormat)$/,
    cost('Range.getValue (one cell)', 'read', ROUND_TRIP, 'a round trip: 100×100 cells one by one ≈ 70 s (Google)'),
  ],
  [
    /^Range\.(getValues|getDisplayValues|getFormulas|getNumberFormats|getNotes|getDataValidations|getBackgrounds|isBlank)$/,
    cost(
      'Range.getValues and other grids read',
      'read',
      ROUND_TRIP,
      `a round trip + cells × PER_CELL (writes' figure; ${A}: reads alike)`,
      true,
    ),
  ],
  [/^Range\.setValue$/, cost('Range.setValue (one cell)', 'write', ROUND_TRIP, 'a round trip: 100×100 cells one by one ≈ 70 s (Google)')],
  [
    /^Range\.(setValues|setNumberFormats|setFormulas|setNotes|setDataValidations|setBackgrounds|setFontWeights|setFontColors)$/,
    cost(
      'Range.setValues and other grids written',
      'write',
      ROUND_TRIP,
      'a round trip + cells × PER_CELL: one setValues of 4 000 cells < 50 ms (public measurement)',
      true,
    ),
  ],
  [
    /^Range\.(set|clear|insert|protect)/,
    cost(
      'Range.setNumberFormat and other one-value formats',
      'write',
      ROUND_TRIP,
      `${A}: one round trip, the request does not grow with the range`,
    ),
  ],
  [
    /^SpreadsheetApp\.flush$/,
    cost('SpreadsheetApp.flush', 'write', 30, 'a flush after each of 400 rows: 164 ms → ~12 s (public measurement)'),
  ],
  [
    /^(Spreadsheet\.(insertSheet|deleteSheet)|Sheet\.(insert|delete)\w+)$/,
    cost('Sheet.insertRowsAfter, insertSheet…', 'write', 100, `${A}: a grid change, ~14 round trips`),
  ],
  [/^Sheet\.(insertChart|updateChart|removeChart)$/, cost('Sheet.insertChart…', 'write', 200, `${A}: a chart change`)],
  [/^EmbeddedChart\.(getAs|getBlob)$/, cost('EmbeddedChart.getAs (PNG)', 'docs', 1500, `${A}: a chart rendered as an image`)],
  [/^Protection\.(set|remove|add)\w*$/, cost('Protection.set…, remove', 'write', ROUND_TRIP, `${A}: one round trip`)],
  [
    /^Sheet\.(getLastRow|getLastColumn|getMaxRows|getMaxColumns|getDataRange)$/,
    cost('Sheet.getLastRow, getDataRange…', 'sheets', ROUND_TRIP, `${A}: sheet metadata, one round trip`),
  ],
  [
    /^Sheet\.(set|hide|show|protect|autoResize|clear|activate)/,
    cost('Sheet.setFrozenRows, hideSheet…', 'write', ROUND_TRIP, `${A}: one round trip`),
  ],
  [/^Spreadsheet\.(set|toast|rename|moveActiveSheet)/, cost('Spreadsheet.set…, toast', 'write', ROUND_TRIP, `${A}: one round trip`)],
  [
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|DataValidation\w*|EmbeddedChart\w*|User)\./,
    cost('getRange, getSheetByName… (navigation)', 'sheets', 1, `${A}: local objects, ≈ 1 ms`),
  ],
  [
    /^Properties\.(getProperty|getProperties|getKeys)$/,
    cost('Properties.getProperty', 'store', 30, 'Properties get ≈ 30 ms (public measurement)'),
  ],
  [/^Properties\.\w+$/, cost('Properties.setProperty…', 'store', 62, 'Properties set ≈ 62 ms (public measurement)')],
  [/^Cache\.(get|getAll)$/, cost('Cache.get', 'store', 3, 'Cache get ≈ 3 ms (public measurement)')],
  [/^Cache\.\w+$/, cost('Cache.put…', 'store', 93, 'Cache put ≈ 93 ms (public measurement)')],
  [
    /^(PropertiesService|CacheService|LockService)\./,
    cost('PropertiesService.get…, LockService.get…', 'store', 1, `${A}: the store object, local`),
  ],
  [/^Lock\.(tryLock|waitLock)$/, cost('Lock.tryLock, waitLock', 'lock', 62, `${A}: like a Properties set (no public figure)`)],
  [/^Lock\.\w+$/, cost('Lock.releaseLock…', 'lock', 30, `${A}: like a Properties get`)],
  [/^MailApp\.sendEmail$/, cost('MailApp.sendEmail', 'mail', 500, `${A}: one e-mail ≈ 0.5 s`)],
  [/^MailApp\.\w+$/, cost('MailApp.getRemainingDailyQuota', 'mail', 30, `${A}: like a Properties get`)],
  [
    /^(DocumentApp|FormApp)\.(create|openById|openByUrl)$/,
    cost('DocumentApp/FormApp.create, openById', 'docs', 1500, `${A}: a document opened or created ≈ 1.5 s`),
  ],
  [/^Document\.saveAndClose$/, cost('Document.saveAndClose', 'docs', 1000, `${A}: the Doc's edits saved ≈ 1 s`)],
  [
    /^(Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage|HeaderSection|FooterSection)\./,
    cost('Body.appendParagraph, appendTable…', 'docs', 5, `${A}: an edit of the open Doc ≈ 5 ms (sent at save)`),
  ],
  [/^Form\.getResponses$/, cost('Form.getResponses', 'docs', 500, `${A}: the form's responses fetched ≈ 0.5 s`)],
  [
    /^(Form|\w*Item|ItemResponse|FormResponse)\.(get|as|has|is|toPrefilledUrl|createResponse|withItemResponse)/,
    cost('FormResponse.getItemResponses, Item.getId…', 'docs', 1, `${A}: fetched form data, local`),
  ],
  [/^(Form|\w*Item)\./, cost('Form.addMultipleChoiceItem, Item.setTitle…', 'docs', 100, `${A}: one edit of the form ≈ 0.1 s`)],
  [
    /^(DriveApp|Folder|File|FileIterator|FolderIterator|Blob)\.(get(Name|Id|Url)|hasNext|getContentType)$/,
    cost('File.getName, getUrl…', 'docs', 1, `${A}: a fetched Drive object, local`),
  ],
  [
    /^(DriveApp|Folder|File|FileIterator|FolderIterator|Blob)\./,
    cost('DriveApp.getFolderById, File.setTrashed…', 'docs', 300, `${A}: one Drive request ≈ 0.3 s`),
  ],
  [
    /^ScriptApp\.(getProjectTriggers|deleteTrigger)$|^\w*TriggerBuilder\.create$/,
    cost('ScriptApp.getProjectTriggers, TriggerBuilder.create…', 'other', 300, `${A}: one trigger request ≈ 0.3 s`),
  ],
  [/^Utilities\.sleep$/, cost('Utilities.sleep', 'other', 0, 'the time slept')],
  [
    /^(console|Logger|MimeType|ScriptApp|Trigger|\w*TriggerBuilder|HtmlService|HtmlOutput)\./,
    cost('console, builders, Trigger.get…', 'other', 0, 'local'),
  ],
  [/^Session\.|^User\.getEmail$/, cost('Session.getActiveUser().getEmail()', 'other', 5, `${A}: the running user ≈ 5 ms`)],
  [/.*/, cost('anything else', 'other', ROUND_TRIP, `${A}: one round trip`)],
];

const costOf = new Map<string, Cost>();
/** Calls no entry but the last one priced, to list under the model. */
export const unlisted = new Set<string>();
/** Times measured on Google by call (calibration.ts); they replace the model's cost of those calls. */
const measured = new Map<string, number>();

/**
 * Prices the calls in `times` at their measured ms from now on. A grid call keeps its per-cell term: the self-test
 * measured it on 50 cells, about its round trip.
 */
export function calibrate(times: ReadonlyMap<string, number>): void {
  measured.clear();
  for (const [key, ms] of times) measured.set(key, ms);
  costOf.clear();
}

/** Each measured call: its model cost and its measured ms, for the benchmark's output. */
export function calibrationRows(): string[][] {
  return [...measured]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, ms]) => {
      const model = MODEL.find(([r]) => r.test(key))![1];
      return [key, `${model.ms} ms`, `${ms} ms`];
    });
}

export function costFor(key: string): Cost {
  let c = costOf.get(key);
  if (!c) {
    const [re, found] = MODEL.find(([r]) => r.test(key))!;
    if (re === MODEL[MODEL.length - 1][0] && !measured.has(key)) unlisted.add(key);
    const ms = measured.get(key);
    c = ms === undefined ? found : { ...found, calls: key, ms, source: 'measured on Google ("Uji Fungsi", --calibration)' };
    costOf.set(key, c);
  }
  return c;
}

/** Single-cell methods: they touch the range's top-left cell (setValue sets all of a range's cells, but we only use it on one). */
const ONE_CELL = /^Range\.(get|set)(Value|DisplayValue|Formula|Note|NumberFormat)$/;

export interface Tally {
  calls: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** Estimated Apps Script time of the service calls, ms. */
  ms: number;
  byGroup: Record<Group, { calls: number; ms: number }>;
}

export const emptyTally = (): Tally => ({
  calls: {},
  cellsRead: 0,
  cellsWritten: 0,
  ms: 0,
  byGroup: Object.fromEntries(Object.keys(GROUPS).map((g) => [g, { calls: 0, ms: 0 }])) as Tally['byGroup'],
});

/** Counts and prices every service call made while it is on; `stop` ends it. */
export function tally(product: Product): { result: Tally; stop: () => void } {
  const t = emptyTally();
  const stop = product.emu.hooks.onCall((key, args, _execution, target) => {
    const c = costFor(key);
    const rect = (target as { rect?: { rows: number; cols: number } }).rect;
    const cells = key === 'Sheet.appendRow' ? (args[0] as unknown[]).length : !rect ? 0 : ONE_CELL.test(key) ? 1 : rect.rows * rect.cols;
    let ms = c.ms + (c.perCell ? cells * PER_CELL : 0);
    if (key === 'Utilities.sleep') ms = Number(args[0]) || 0;
    // Cells moved: grids read or written, one-cell calls and appendRow (a one-value format over a range moves none).
    const moved = c.perCell || ONE_CELL.test(key) || key === 'Sheet.appendRow' ? cells : 0;
    if (c.group === 'read') t.cellsRead += moved;
    if (c.group === 'write') t.cellsWritten += moved;
    t.calls[key] = (t.calls[key] ?? 0) + 1;
    t.ms += ms;
    t.byGroup[c.group].calls++;
    t.byGroup[c.group].ms += ms;
  });
  return { result: t, stop };
}

/** The model as printed by the benchmark: calls, cost, kind, source. */
export function modelRows(): string[][] {
  return MODEL.map(([, c]) => [
    c.calls,
    `${c.ms} ms${c.perCell ? ` + ${(PER_CELL * 1000).toFixed(2)} µs/cell` : ''}`,
    GROUPS[c.group],
    c.source.replace('PER_CELL', `${(PER_CELL * 1000).toFixed(2)} µs`),
  ]);
}
