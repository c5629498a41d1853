/**
 * DriveApp over state.drive. Each user has their own My Drive; an item is visible to its owner, to users it (or a
 * folder above it) is shared with, and the bound spreadsheet to everyone running the script.
 */
import { FakeBlob, FakeDriveUser, fromBase64, MIME, toBase64 } from './base';
import { type Api, enumOf, Fake, type Runtime } from './core';
import { documentPdf, newDocumentContent } from './document-content';
import { badArguments, GasError, notImplemented } from './errors';
import { accessOf } from './spreadsheet';
import type { DriveItemState } from './state';

/** …/drive/access and …/drive/permission */
const ACCESS = enumOf<typeof GoogleAppsScript.Drive.Access>()('ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE');
const PERMISSION = enumOf<typeof GoogleAppsScript.Drive.Permission>()('VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE');

export const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/**
 * A Drive action the user's role does not allow. The Drive API answers a non-owner's trash with insufficientFilePermissions
 * (developers.google.com/workspace/drive/api/guides/delete); Apps Script's wording for it, also widely reported for sharing
 * a folder owned by another account or blocked by the domain, is reported, not verified.
 */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

export function rootOf(rt: Runtime, user: string): DriveItemState {
  const found = Object.values(rt.state.drive).find((i) => i.root && i.owner === user);
  if (found) return found;
  const now = rt.state.now;
  const root: DriveItemState = {
    id: rt.newId(19),
    name: 'My Drive',
    mimeType: MIME.FOLDER,
    parents: [],
    owner: user,
    sharedWith: [],
    trashed: false,
    createdAt: now,
    updatedAt: now,
    description: '',
    root: true,
  };
  return (rt.state.drive[root.id] = root);
}

export function createItem(rt: Runtime, item: Pick<DriveItemState, 'name' | 'mimeType'> & Partial<DriveItemState>): DriveItemState {
  const now = rt.state.now;
  const owner = rt.effectiveUser;
  const state: DriveItemState = {
    id: rt.newId(item.mimeType === MIME.FOLDER ? 33 : 44),
    parents: [rootOf(rt, owner).id],
    owner,
    sharedWith: [],
    trashed: false,
    createdAt: now,
    updatedAt: now,
    description: '',
    ...item,
  };
  return (rt.state.drive[state.id] = state);
}

/**
 * The role a user holds on an item, given on it or on a folder above it (Drive permissions are inherited). "Other
 * users can't view files in the owner's trash" (developers.google.com/workspace/drive/api/guides/delete).
 */
function role(rt: Runtime, item: DriveItemState, user: string, depth = 0): 'OWNER' | 'EDIT' | 'VIEW' | 'NONE' {
  if (item.owner === user) return 'OWNER';
  if (item.trashed) return 'NONE';
  let best: 'EDIT' | 'VIEW' | 'NONE' = item.sharedWith.includes(user) ? 'EDIT' : item.viewers?.includes(user) ? 'VIEW' : 'NONE';
  for (const p of depth < 50 && best !== 'EDIT' ? item.parents : []) {
    const parent = rt.state.drive[p];
    const inherited = parent ? role(rt, parent, user, depth + 1) : 'NONE';
    if (inherited === 'OWNER' || inherited === 'EDIT') best = 'EDIT';
    else if (inherited === 'VIEW' && best === 'NONE') best = 'VIEW';
  }
  return best;
}

/** The bound spreadsheet is seen by the users it is shared with (Emulator.setAccess: by default, everyone running the script). */
function canSee(rt: Runtime, item: DriveItemState, user: string): boolean {
  if (item.id === rt.state.spreadsheet.id && !item.trashed) return accessOf(rt, user) !== 'none';
  return role(rt, item, user) !== 'NONE';
}

export function find(rt: Runtime, id: string, folder: boolean): DriveItemState {
  const item = rt.state.drive[String(id)];
  if (!item || (item.mimeType === MIME.FOLDER) !== folder || !canSee(rt, item, rt.effectiveUser)) throw new GasError(NOT_FOUND);
  return item;
}

/** Items the current user can see, oldest first. Trashed items are included, as DriveApp's iterators include them. */
function visible(rt: Runtime, pick: (i: DriveItemState) => boolean): DriveItemState[] {
  return Object.values(rt.state.drive).filter((i) => !i.root && pick(i) && canSee(rt, i, rt.effectiveUser));
}

const fileIterator = (rt: Runtime, items: DriveItemState[]) =>
  new FakeFileIterator(
    rt,
    items.map((i) => new FakeFile(rt, i.id)),
  ).api;
const folderIterator = (rt: Runtime, items: DriveItemState[]) =>
  new FakeFolderIterator(
    rt,
    items.map((i) => new FakeFolder(rt, i.id)),
  ).api;
const isFolder = (i: DriveItemState) => i.mimeType === MIME.FOLDER;

/** createFile(blob) | createFile(name, content[, mimeType]) with plain text as the default type. */
function newFile(rt: Runtime, parent: string, a: unknown, content?: unknown, mimeType?: string): FakeFile {
  const blob = rt.unwrap(a, FakeBlob);
  if (!blob && (typeof a !== 'string' || typeof content !== 'string'))
    throw badArguments(
      'DriveApp.createFile',
      [a, content, mimeType].filter((x) => x !== undefined),
    );
  const type = blob ? (blob.contentType ?? 'application/octet-stream') : (mimeType ?? MIME.PLAIN_TEXT);
  if (type.startsWith('application/vnd.google-apps')) throw new GasError(`Invalid argument: file.contentType`);
  const data = blob ? blob.bytes : new TextEncoder().encode(content as string);
  const item = createItem(rt, {
    name: blob ? (blob.name ?? 'Untitled') : String(a),
    mimeType: type,
    parents: [parent],
    data: toBase64(data),
  });
  return new FakeFile(rt, item.id).api;
}

const DRIVE_APP = [
  'Access',
  'Permission',
  'getRootFolder',
  'createFolder',
  'createFile',
  'getFolderById',
  'getFileById',
  'getFiles',
  'getFilesByName',
  'getFilesByType',
  'getFolders',
  'getFoldersByName',
  'getTrashedFiles',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Drive.DriveApp>;

/** developers.google.com/apps-script/reference/drive/drive-app */
export class FakeDriveApp extends Fake implements Api<GoogleAppsScript.Drive.DriveApp, (typeof DRIVE_APP)[number]> {
  static service = 'DriveApp';
  static members: readonly string[] = DRIVE_APP;
  readonly Access = ACCESS;
  readonly Permission = PERMISSION;
  private get root() {
    return rootOf(this.rt, this.rt.effectiveUser);
  }
  getRootFolder(): FakeFolder {
    return new FakeFolder(this.rt, this.root.id).api;
  }
  createFolder(name: string): FakeFolder {
    return this.getRootFolder().createFolder(name);
  }
  createFile(a: FakeBlob | string, content?: string, mimeType?: string): FakeFile {
    return newFile(this.rt, this.root.id, a, content, mimeType);
  }
  getFolderById(id: string): FakeFolder {
    return new FakeFolder(this.rt, find(this.rt, id, true).id).api;
  }
  getFileById(id: string): FakeFile {
    return new FakeFile(this.rt, find(this.rt, id, false).id).api;
  }
  getFiles(): FakeFileIterator {
    return fileIterator(
      this.rt,
      visible(this.rt, (i) => !isFolder(i)),
    );
  }
  getFilesByName(name: string): FakeFileIterator {
    return fileIterator(
      this.rt,
      visible(this.rt, (i) => !isFolder(i) && i.name === name),
    );
  }
  getFilesByType(mimeType: string): FakeFileIterator {
    return fileIterator(
      this.rt,
      visible(this.rt, (i) => i.mimeType === mimeType && !isFolder(i)),
    );
  }
  getFolders(): FakeFolderIterator {
    return folderIterator(this.rt, visible(this.rt, isFolder));
  }
  getFoldersByName(name: string): FakeFolderIterator {
    return folderIterator(
      this.rt,
      visible(this.rt, (i) => isFolder(i) && i.name === name),
    );
  }
  getTrashedFiles(): FakeFileIterator {
    return fileIterator(
      this.rt,
      visible(this.rt, (i) => !isFolder(i) && i.trashed),
    );
  }
}

/** What files and folders share (…/drive/file, …/drive/folder). */
abstract class DriveItem extends Fake {
  constructor(
    rt: Runtime,
    readonly id: string,
  ) {
    super(rt);
  }
  get item(): DriveItemState {
    const item = this.rt.state.drive[this.id];
    if (!item) throw new GasError(NOT_FOUND);
    return item;
  }
  protected touch(): this {
    this.item.updatedAt = this.rt.state.now;
    return this.api;
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.item.name = String(name);
    return this.touch();
  }
  getDescription(): string | null {
    return this.item.description || null;
  }
  setDescription(description: string): this {
    this.item.description = String(description);
    return this.touch();
  }
  getDateCreated(): Date {
    return this.rt.date(this.item.createdAt);
  }
  getLastUpdated(): Date {
    return this.rt.date(this.item.updatedAt);
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  /** "Only the file owner can trash a file" (developers.google.com/workspace/drive/api/guides/delete; My Drive, no shared drives). */
  setTrashed(trashed: boolean): this {
    if (this.item.owner !== this.rt.effectiveUser) throw new GasError(ACCESS_DENIED);
    this.item.trashed = Boolean(trashed);
    return this.touch();
  }
  getParents(): FakeFolderIterator {
    return folderIterator(
      this.rt,
      this.item.parents.map((p) => this.rt.state.drive[p]!).filter((p) => canSee(this.rt, p, this.rt.effectiveUser)),
    );
  }
  /** Puts the item in exactly this folder (…/drive/file#movetodestination). */
  moveTo(destination: FakeFolder): this {
    const folder = this.rt.unwrap(destination, FakeFolder);
    if (!folder) throw badArguments(`DriveApp.${(this.constructor as typeof Fake).service}.moveTo`, [destination]);
    this.item.parents = [folder.id];
    return this.touch();
  }
  getOwner(): FakeDriveUser {
    return new FakeDriveUser(this.rt, this.item.owner).api;
  }
  addEditor(emailAddress: string): this {
    return this.share(emailAddress, 'addEditor');
  }
  /** Gives view access; one who can already edit keeps that (…/drive/folder#addviewer). */
  addViewer(emailAddress: string): this {
    return this.share(emailAddress, 'addViewer');
  }
  getEditors(): FakeDriveUser[] {
    return this.item.sharedWith.map((e) => new FakeDriveUser(this.rt, e).api);
  }
  /** Viewers and commenters given access on the item itself (…/drive/folder#getviewers). */
  getViewers(): FakeDriveUser[] {
    return (this.item.viewers ?? []).map((e) => new FakeDriveUser(this.rt, e).api);
  }
  /**
   * The permission a user holds, inherited ones included (…/drive/folder#getaccessemail). Only modelled for a caller
   * who owns or edits the item: what a viewer is told is not documented.
   */
  getAccess(user: string | FakeDriveUser): string {
    this.manager('getAccess');
    const email = this.emailOf(user, 'getAccess');
    return PERMISSION[role(this.rt, this.item, email)];
  }
  getSharingAccess(): string {
    return this.item.sharing?.access ?? ACCESS.PRIVATE;
  }
  getSharingPermission(): string {
    return this.item.sharing?.permission ?? PERMISSION.NONE;
  }
  /** …/drive/folder#setsharingaccesstype,-permissiontype: OWNER, ORGANIZER and NONE cannot be given (…/drive/permission). */
  setSharing(accessType: string, permissionType: string): this {
    this.manager('setSharing');
    if (!(String(accessType) in ACCESS) || !['VIEW', 'EDIT', 'COMMENT'].includes(String(permissionType))) {
      throw badArguments(`DriveApp.${(this.constructor as typeof Fake).service}.setSharing`, [accessType, permissionType]);
    }
    this.item.sharing = { access: String(accessType), permission: String(permissionType) };
    return this.touch();
  }
  /** Sharing is for those who own or edit the item. */
  private manager(method: string): void {
    const held = role(this.rt, this.item, this.rt.effectiveUser);
    if (held === 'OWNER' || held === 'EDIT') return;
    if (method === 'getAccess') throw notImplemented(`${(this.constructor as typeof Fake).service}.getAccess by a user who cannot edit it`);
    throw new GasError(ACCESS_DENIED);
  }
  private emailOf(user: unknown, method: string): string {
    const email = typeof user === 'string' ? user : this.rt.unwrap(user, FakeDriveUser)?.email;
    if (!email) throw badArguments(`DriveApp.${(this.constructor as typeof Fake).service}.${method}`, [user]);
    return email.toLowerCase();
  }
  private share(user: unknown, method: 'addEditor' | 'addViewer'): this {
    this.manager(method);
    const email = this.emailOf(user, method);
    const item = this.item;
    if (method === 'addEditor') {
      item.viewers = (item.viewers ?? []).filter((v) => v !== email);
      if (!item.sharedWith.includes(email)) item.sharedWith.push(email);
    } else if (!item.sharedWith.includes(email) && !item.viewers?.includes(email) && item.owner !== email) {
      item.viewers = [...(item.viewers ?? []), email];
    }
    return this.api;
  }
}

const COMMON = [
  'getId',
  'getName',
  'setName',
  'getDescription',
  'setDescription',
  'getDateCreated',
  'getLastUpdated',
  'isTrashed',
  'setTrashed',
  'getParents',
  'moveTo',
  'getOwner',
  'addEditor',
  'addViewer',
  'getEditors',
  'getViewers',
  'getAccess',
  'getSharingAccess',
  'getSharingPermission',
  'setSharing',
  'getUrl',
] as const;
const FOLDER = [
  ...COMMON,
  'createFolder',
  'createFile',
  'getFiles',
  'getFilesByName',
  'getFilesByType',
  'getFolders',
  'getFoldersByName',
  'addFile',
  'removeFile',
  'addFolder',
  'removeFolder',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Drive.Folder>;

/** developers.google.com/apps-script/reference/drive/folder */
export class FakeFolder extends DriveItem implements Api<GoogleAppsScript.Drive.Folder, (typeof FOLDER)[number]> {
  static service = 'Folder';
  static members: readonly string[] = FOLDER;
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  createFolder(name: string): FakeFolder {
    return new FakeFolder(this.rt, createItem(this.rt, { name: String(name), mimeType: MIME.FOLDER, parents: [this.id] }).id).api;
  }
  createFile(a: FakeBlob | string, content?: string, mimeType?: string): FakeFile {
    return newFile(this.rt, this.id, a, content, mimeType);
  }
  private children(pick: (i: DriveItemState) => boolean): DriveItemState[] {
    return visible(this.rt, (i) => i.parents.includes(this.id) && pick(i));
  }
  getFiles(): FakeFileIterator {
    return fileIterator(
      this.rt,
      this.children((i) => !isFolder(i)),
    );
  }
  getFilesByName(name: string): FakeFileIterator {
    return fileIterator(
      this.rt,
      this.children((i) => !isFolder(i) && i.name === name),
    );
  }
  getFilesByType(mimeType: string): FakeFileIterator {
    return fileIterator(
      this.rt,
      this.children((i) => !isFolder(i) && i.mimeType === mimeType),
    );
  }
  getFolders(): FakeFolderIterator {
    return folderIterator(this.rt, this.children(isFolder));
  }
  getFoldersByName(name: string): FakeFolderIterator {
    return folderIterator(
      this.rt,
      this.children((i) => isFolder(i) && i.name === name),
    );
  }
  addFile(child: FakeFile): FakeFolder {
    return this.link(this.rt.unwrap(child, FakeFile), 'addFile', child, true);
  }
  removeFile(child: FakeFile): FakeFolder {
    return this.link(this.rt.unwrap(child, FakeFile), 'removeFile', child, false);
  }
  addFolder(child: FakeFolder): FakeFolder {
    return this.link(this.rt.unwrap(child, FakeFolder), 'addFolder', child, true);
  }
  removeFolder(child: FakeFolder): FakeFolder {
    return this.link(this.rt.unwrap(child, FakeFolder), 'removeFolder', child, false);
  }
  private link(raw: DriveItem | undefined, method: string, child: unknown, add: boolean): FakeFolder {
    if (!raw) throw badArguments(`DriveApp.Folder.${method}`, [child]);
    const parents = raw.item.parents.filter((p) => p !== this.id);
    raw.item.parents = add ? [...parents, this.id] : parents;
    return this.api;
  }
}

const FILE = [...COMMON, 'getMimeType', 'getBlob', 'getAs', 'getSize', 'makeCopy'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Drive.File
>;

/** developers.google.com/apps-script/reference/drive/file */
export class FakeFile extends DriveItem implements Api<GoogleAppsScript.Drive.File, (typeof FILE)[number]> {
  static service = 'File';
  static members: readonly string[] = FILE;
  getUrl(): string {
    const item = this.item;
    if (item.mimeType === MIME.GOOGLE_DOCS) return `https://docs.google.com/document/d/${this.id}/edit?usp=drivesdk`;
    if (item.mimeType === MIME.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${this.id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  }
  getMimeType(): string {
    return this.item.mimeType;
  }
  /** A Google Doc's blob is its PDF export of the last saved version (…/drive/file#getblob). */
  getBlob(): FakeBlob {
    const item = this.item;
    if (item.mimeType === MIME.GOOGLE_DOCS) return documentPdf(this.rt, this.id);
    if (item.data === undefined) throw notImplemented(`File.getBlob of ${item.mimeType}`);
    return new FakeBlob(this.rt, fromBase64(item.data), item.mimeType, item.name).api;
  }
  getAs(contentType: string): FakeBlob {
    const item = this.item;
    if (item.mimeType === MIME.GOOGLE_DOCS && contentType === MIME.PDF) return documentPdf(this.rt, this.id);
    if (item.mimeType === contentType && item.data !== undefined) return this.getBlob();
    throw notImplemented(`File.getAs from ${item.mimeType} to ${contentType}`);
  }
  getSize(): number {
    return this.item.data === undefined ? 0 : fromBase64(this.item.data).length;
  }
  /** makeCopy([name][, destination]): "Copy of <name>" in the same folder by default; a Doc copies its saved content. */
  makeCopy(a?: string | FakeFolder, b?: FakeFolder): FakeFile {
    const name = typeof a === 'string' ? a : `Copy of ${this.item.name}`;
    const dest = this.rt.unwrap(typeof a === 'string' ? b : a, FakeFolder);
    const source = this.item;
    const copy = createItem(this.rt, {
      name,
      mimeType: source.mimeType,
      data: source.data,
      parents: dest ? [dest.id] : [...source.parents],
    });
    if (source.mimeType === MIME.GOOGLE_DOCS)
      this.rt.state.documents[copy.id] = structuredClone(this.rt.state.documents[source.id] ?? newDocumentContent());
    return new FakeFile(this.rt, copy.id).api;
  }
}

const ITERATOR = ['hasNext', 'next'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Drive.FileIterator & keyof GoogleAppsScript.Drive.FolderIterator
>;

/** developers.google.com/apps-script/reference/drive/file-iterator (a snapshot taken when it was created). */
class Iterator<T extends Fake> extends Fake {
  private index = 0;
  constructor(
    rt: Runtime,
    private readonly items: T[],
  ) {
    super(rt);
  }
  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    const item = this.items[this.index++];
    if (!item) throw new GasError('Cannot retrieve the next object: iterator has reached the end.');
    return item.api;
  }
}
export class FakeFileIterator extends Iterator<FakeFile> implements Api<GoogleAppsScript.Drive.FileIterator, (typeof ITERATOR)[number]> {
  static service = 'FileIterator';
  static members: readonly string[] = ITERATOR;
}
export class FakeFolderIterator
  extends Iterator<FakeFolder>
  implements Api<GoogleAppsScript.Drive.FolderIterator, (typeof ITERATOR)[number]>
{
  static service = 'FolderIterator';
  static members: readonly string[] = ITERATOR;
}
