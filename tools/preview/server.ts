/**
 * `npm start`: the local preview of the register on http://127.0.0.1:8080/ (PORT overrides; 0 picks
 * a free port). State is kept in .preview-state/ (PREVIEW_STATE_DIR overrides) between restarts.
 */
import { join } from 'node:path';
import { startPreview } from './preview';

const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const stateDir = process.env.PREVIEW_STATE_DIR ?? join(ROOT, '.preview-state');
  const preview = await startPreview({ port, stateDir });
  console.log(`Preview: ${preview.url}`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
