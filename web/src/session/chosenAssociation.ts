/**
 * The förbund a user chose to work in (a superuser, or someone with roles in several), kept in this browser only.
 * The app otherwise shows the first förbund the user has a role in (session/permissions.ts).
 */
const KEY = 'samordna.association';

export function chosenAssociation(): number | null {
  try {
    const value = Number(window.localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null; // storage blocked: the default förbund
  }
}

export function chooseAssociation(id: number): void {
  try {
    window.localStorage.setItem(KEY, String(id));
  } catch {
    // storage blocked: the choice lasts until the page is left
  }
}
