/** Sidebar endpoints for guests (narasumber). */

import { duplicateWarnings, GUEST_ID_PREFIX, type Guest, guestInput, guestRow, matchesQuery } from '../domain/guests/guests';
import { wibDateTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { form, optionalText, refuse } from '../domain/shared/validation';
import { endpoint } from './endpoint';

/** The picker shows this many matches; the total says when there are more. */
const LIST_LIMIT = 50;

export const saveNarasumber = endpoint(
  guestInput,
  (input, ctx): { id: string } => {
    const table = ctx.register.table('guests');
    const existing = input.id ? table.find((r) => r.id === input.id) : undefined;
    if (input.id && !existing) refuse('id', `Narasumber ${input.id} tidak ditemukan.`);
    // Ids in rows a user broke, or still named by episodes of a guest deleted by hand, stay taken.
    const id = existing?.row.id ?? nextIds(GUEST_ID_PREFIX, [...table.texts('id'), ...ctx.register.table('episodes').texts('guestId')])[0];
    const row = guestRow(input, id, existing?.row ?? { recordedBy: ctx.user, recordedAt: wibDateTime(ctx.now) });
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
  form({ query: optionalText('Kata kunci', 200) }),
  ({ query }, ctx): { narasumber: Guest[]; total: number } => {
    const found = ctx.register
      .table('guests')
      .rows()
      .filter((g) => !query || matchesQuery(g, query))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { narasumber: found.slice(0, LIST_LIMIT), total: found.length };
  },
  { write: false },
);
