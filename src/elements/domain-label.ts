/**
 * `example.com` for `https://www.example.com/a`; the host is all a reader needs to judge a link.
 * Its own module: messages (sources) use it without the task element.
 */
export function domainLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
