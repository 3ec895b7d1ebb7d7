import { svg } from 'lit';
import type { HistoryGroup } from '../controller/thread-history.js';
import type { Catalogue } from '../i18n/index.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Cached formatter; an invalid locale falls back to English instead of throwing mid-render. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, format);
  }
  return format;
}

/** The heading of a group of history entries ("Today", "Previous 7 days", "March 2026"). */
export function groupLabel(strings: Catalogue, locale: string, group: HistoryGroup): string {
  switch (group.key) {
    case 'today':
      return strings.historyToday;
    case 'yesterday':
      return strings.historyYesterday;
    case 'previous7Days':
      return strings.historyPrevious7Days;
    case 'previous30Days':
      return strings.historyPrevious30Days;
    case 'month':
      return formatter(locale, { month: 'long', year: 'numeric' }).format(group.month);
  }
}

/** Time for today, weekday within the week, else the date (with the year if not this one). */
export function shortDate(locale: string, date: Date, now: Date): string {
  const sameDay = date.toDateString() === now.toDateString();
  if (sameDay || date > now) return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
  const ageDays = (now.getTime() - date.getTime()) / 86_400_000;
  if (ageDays < 6) return formatter(locale, { weekday: 'short' }).format(date);
  if (date.getFullYear() === now.getFullYear()) return formatter(locale, { month: 'short', day: 'numeric' }).format(date);
  return formatter(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** A small busy indicator for the list's footer. */
export const spinner = svg`<svg class="icon spinner" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor"
  stroke-width="1.8" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M10 3a7 7 0 1 1-7 7" /></svg>`;
