/**
 * The server address as stored and used: trimmed, without a trailing slash ('' means the server
 * that served the app). Its own module so that the settings the list reads need not load the API
 * client (docs/performance.md).
 */
export function normaliseServerUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
