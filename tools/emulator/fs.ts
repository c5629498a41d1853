/** Saving and loading emulator state as JSON files (kept apart so the emulator itself imports no node module). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Emulator, type EmulatorOptions, type EmulatorState } from './index';

export function saveTo(emu: Emulator, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  // Unindented: the preview saves after every action, and the state runs to megabytes.
  writeFileSync(file, `${JSON.stringify(emu.toJSON())}\n`);
}

export function loadFrom(file: string, opts: Pick<EmulatorOptions, 'htmlFiles'> = {}): Emulator {
  return Emulator.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as EmulatorState, opts);
}
