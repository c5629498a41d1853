/**
 * Google Drive ids from what a user pastes: the id itself, or a link to the folder or file. Google publishes no list
 * of link shapes; these are the ones Drive's "Share"/"Copy link" and the address bar give, with ids of letters,
 * digits, "-" and "_":
 *   folders: https://drive.google.com/drive/folders/<id>[?usp=sharing], …/drive/u/<n>/folders/<id>, …/drive/mobile/folders/<id>
 *   files:   https://drive.google.com/file/d/<id>/view[?usp=sharing], https://docs.google.com/…/d/<id>/edit
 *   either:  https://drive.google.com/open?id=<id>, …/uc?id=<id>, …/folderview?id=<id>
 */
import type { Normalised } from './validation';

const ID = /^[A-Za-z0-9_-]{10,}$/;
const FOLDER_PATH = /\/folders\/([A-Za-z0-9_-]{10,})/;
const FILE_PATH = /\/d\/([A-Za-z0-9_-]{10,})/;
const ID_PARAMETER = /[?&]id=([A-Za-z0-9_-]{10,})/;

function idIn(text: string, path: RegExp, wrongPath: RegExp, what: string): Normalised {
  const s = text.trim();
  if (!s) return { value: '' };
  if (ID.test(s)) return { value: s };
  if (!/^https?:\/\/(drive|docs)\.google\.com\//i.test(s)) {
    return { problem: `Isi dengan tautan ${what} Google Drive (https://drive.google.com/…) atau ID-nya.` };
  }
  const found = path.exec(s) ?? ID_PARAMETER.exec(s);
  if (found) return { value: found[1] };
  if (wrongPath.test(s)) return { problem: `Tautan ini bukan tautan ${what}. Salin tautan ${what} dari Google Drive.` };
  return { problem: `Tautan ini tidak memuat ID ${what}. Salin tautan ${what} dari Google Drive (Bagikan › Salin link).` };
}

/** The id of a Drive folder typed as an id or pasted as a link; '' stays ''. */
export const folderIdOf = (text: string): Normalised => idIn(text, FOLDER_PATH, FILE_PATH, 'folder');

/** The id of a Drive file typed as an id or pasted as a link; '' stays ''. */
export const fileIdOf = (text: string): Normalised => idIn(text, FILE_PATH, FOLDER_PATH, 'berkas');

/** The link that opens a folder in Drive: what "Buka folder laporan" shows, and accepted back as input. */
export const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;
