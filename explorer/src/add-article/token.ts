/**
 * The editor's token: typed once per tab and kept in sessionStorage only,
 * so it goes when the tab closes and is never written to disk by the page.
 */
const STORAGE_KEY = 'newsgraph.editorToken';

export function storedToken(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string) {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (a locked-down browser): the field still holds the token for this page.
  }
}
