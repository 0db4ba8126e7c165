/**
 * Reads a file shipped with the app (the example plans), relative to the page so that
 * the app works under any base path. The only network request the app makes.
 */
export async function fetchSameOrigin(relativePath: string): Promise<string> {
  const url = new URL(relativePath, document.baseURI);
  if (url.origin !== window.location.origin) throw new Error('not same-origin');
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
