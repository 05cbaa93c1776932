/**
 * Server address and demo credentials, from the environment scripts/e2e.sh sets. It starts one server per
 * Playwright worker (SAMORDNA_BASE_URLS, separated by spaces), since the specs change data; each worker uses
 * the one at its parallel index, which Playwright sets in the worker's environment.
 */
function serverOfThisWorker(): string {
  const urls = (process.env.SAMORDNA_BASE_URLS ?? process.env.SAMORDNA_BASE_URL ?? '').split(' ').filter(Boolean);
  if (urls.length === 0) urls.push('http://127.0.0.1:8080');
  const index = Number(process.env.TEST_PARALLEL_INDEX ?? '0');
  const url = Number.isInteger(index) ? urls[index] : undefined;
  if (url === undefined) {
    throw new Error(`worker ${index} has no server of its own: start one per worker (${urls.length} started)`);
  }
  return url;
}

export const BASE_URL = serverOfThisWorker();
export const ADMIN_USER = process.env.SAMORDNA_ADMIN_USER ?? 'admin';

export function adminPassword(): string {
  const password = process.env.SAMORDNA_ADMIN_PASSWORD;
  if (!password) throw new Error('Set SAMORDNA_ADMIN_PASSWORD to the demo admin password');
  return password;
}

export const DEMO_ASSOCIATION = 'Samordningsförbundet Insjöriket';

export const DEMO_MEMBERS = [
  { name: 'Försäkringskassan', kind: 'Försäkringskassan', kindEn: 'Social Insurance Agency' },
  { name: 'Arbetsförmedlingen', kind: 'Arbetsförmedlingen', kindEn: 'Public Employment Service' },
  { name: 'Västra Götalandsregionen', kind: 'Region', kindEn: 'Region' },
  { name: 'Mölndals stad', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Partille kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Härryda kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Lerums kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Alingsås kommun', kind: 'Kommun', kindEn: 'Municipality' },
] as const;
