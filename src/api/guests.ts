/** Sidebar endpoints for guests (narasumber). */
import * as z from 'zod/mini';
import { isCancelled } from '../domain/episodes/episodes';
import { duplicateWarnings, GUEST_ID_PREFIX, type Guest, guestInput, guestRow, isArchived, matchesQuery } from '../domain/guests/guests';
import { formatDayDateId, wibDate, wibDateTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { form, id, oneOf, optionalText, refuse } from '../domain/shared/validation';
import type { Stored } from '../gas/table';
import { type Context, endpoint } from './endpoint';

/** The picker shows this many matches; the total says when there are more. */
const LIST_LIMIT = 50;
/** Which guests a list shows: those in use (the pickers), the archived ones, or both. */
const LIST_SCOPES = ['aktif', 'arsip', 'semua'] as const;

const guestId = id('ID narasumber');

function findGuest(ctx: Context, idValue: string): Stored<'guests'> {
  return ctx.register.table('guests').find((g) => g.id === idValue) ?? refuse('id', `Narasumber ${idValue} tidak ditemukan.`);
}

export const saveNarasumber = endpoint(
  guestInput,
  (input, ctx): { id: string } => {
    const table = ctx.register.table('guests');
    const existing = input.id ? findGuest(ctx, input.id) : undefined;
    // Ids in rows a user broke, or still named by episodes of a guest deleted by hand, stay taken.
    const id = existing?.row.id ?? nextIds(GUEST_ID_PREFIX, [...table.texts('id'), ...ctx.register.table('episodes').texts('guestId')])[0];
    const row = guestRow(input, id, existing?.row ?? { recordedBy: ctx.user, recordedAt: wibDateTime(ctx.now), archivedAt: '' });
    duplicateWarnings(row, table.rows()).forEach(ctx.warn);
    if (existing) {
      table.update(existing.index, row);
      ctx.audit('ubah narasumber', id, existing.row, row);
    } else {
      table.append(row);
      ctx.audit('tambah narasumber', id, undefined, row);
    }
    return { id };
  },
  { write: true },
);

export const listNarasumber = endpoint(
  form({ query: optionalText('Kata kunci', 200), scope: z.optional(oneOf('Tampilan', LIST_SCOPES)) }),
  ({ query, scope = 'aktif' }, ctx): { narasumber: Guest[]; total: number } => {
    const found = ctx.register
      .table('guests')
      .rows()
      .filter((g) => scope === 'semua' || isArchived(g) === (scope === 'arsip'))
      .filter((g) => !query || matchesQuery(g, query))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { narasumber: found.slice(0, LIST_LIMIT), total: found.length };
  },
  { write: false },
);

/**
 * Hides a guest from the pickers (a duplicate, a record made by mistake, a business that closed). Nothing is
 * deleted: the episodes that name the guest keep showing them, and the guest can be restored.
 */
export const archiveNarasumber = endpoint(
  form({ id: guestId }),
  (input, ctx): Guest => {
    const { index, row } = findGuest(ctx, input.id);
    if (isArchived(row)) refuse('id', `Narasumber ${row.id} sudah diarsipkan.`);
    const today = wibDate(ctx.now);
    const upcoming = ctx.register
      .table('episodes')
      .rows()
      .filter((e) => e.guestId === row.id && !isCancelled(e) && e.liveDate >= today)
      .map((e) => `${e.id} (${formatDayDateId(e.liveDate)})`);
    if (upcoming.length) {
      ctx.warn(`${row.name} masih menjadi narasumber episode yang akan datang: ${upcoming.join(', ')}. Episode itu tetap terjadwal.`);
    }
    const archived = ctx.register.table('guests').update(index, { archivedAt: wibDateTime(ctx.now) });
    ctx.audit('arsipkan narasumber', row.id, row, archived);
    return archived;
  },
  { write: true },
);

export const restoreNarasumber = endpoint(
  form({ id: guestId }),
  (input, ctx): Guest => {
    const { index, row } = findGuest(ctx, input.id);
    if (!isArchived(row)) refuse('id', `Narasumber ${row.id} tidak diarsipkan.`);
    const restored = ctx.register.table('guests').update(index, { archivedAt: '' });
    ctx.audit('pulihkan narasumber', row.id, row, restored);
    return restored;
  },
  { write: true },
);
