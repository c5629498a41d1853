/**
 * Before the browser tests' workers start: finds the browser once (unpacking the packaged one on a
 * first run rather than in each worker at the same time) and says which one the tests drive.
 */
import { chromiumPath } from '../../tools/chromium';

export default async function setup(): Promise<void> {
  console.log(`Browser tests drive ${await chromiumPath()}`);
}
