import type { ChatKitOptions } from '../schemas/index.js';
import type { UploadStrategy } from './attachments.js';

/** The zero-JavaScript attributes of `<chat-kit>`. */
export interface AttributeConfig {
  apiUrl: string | null;
  theme: string | null;
  locale: string | null;
  placeholder: string | null;
  greeting: string | null;
  /** The page prefers a dark scheme (`prefers-color-scheme`), for `theme: 'auto'`. */
  prefersDark: boolean;
}

/** What the view and the session need, with every default applied in one place. */
type HeaderAction = NonNullable<NonNullable<ChatKitOptions['header']>['leftAction']>;

export interface ResolvedConfig {
  apiUrl: string | null;
  fetch: typeof fetch | undefined;
  /** Idle timeout of requests in ms (`api.timeout`); undefined = the client's default. */
  timeout: number | undefined;
  locale: string;
  colorScheme: 'light' | 'dark';
  /** The `theme` object (null for a bare colour scheme or none). */
  theme: Exclude<ChatKitOptions['theme'], string | undefined> | null;
  placeholder: string | null;
  greeting: string | null;
  prompts: NonNullable<NonNullable<ChatKitOptions['startScreen']>['prompts']>;
  header: {
    enabled: boolean;
    titleEnabled: boolean;
    titleText: string | null;
    leftAction: HeaderAction | null;
    rightAction: HeaderAction | null;
  };
  /** The history panel and its header button (on by default, as in ChatKit JS). */
  history: { enabled: boolean; showRename: boolean; showDelete: boolean };
  /** Actions under responses; Copy is always there. */
  itemActions: {
    feedback: boolean;
    retry: boolean;
    custom: NonNullable<NonNullable<ChatKitOptions['threadItemActions']>['custom']>;
  };
  /** Follow streaming output while the reader is at the bottom (`thread.autoScroll`). */
  autoScroll: boolean;
  initialThread: string | null;
  tools: NonNullable<NonNullable<ChatKitOptions['composer']>['tools']>;
  models: NonNullable<NonNullable<ChatKitOptions['composer']>['models']>;
  disclaimer: ChatKitOptions['disclaimer'] | null;
  /** `composer.attachments` when enabled, with the upload strategy (default two-phase). */
  attachments: { limits: NonNullable<NonNullable<ChatKitOptions['composer']>['attachments']>; strategy: UploadStrategy } | null;
  dictation: boolean;
}

function systemLocale(): string {
  return (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en';
}

/**
 * Options win over attributes; attributes fill what the options leave out, so a page can start
 * with `<chat-kit api-url=…>` and add `setOptions` later without surprises.
 */
export function resolveConfig(options: ChatKitOptions | null, attrs: AttributeConfig): ResolvedConfig {
  const api = options?.api;
  const customApi = api && 'url' in api ? api : null;
  const theme = options?.theme;
  const scheme = typeof theme === 'string' ? theme : (theme?.colorScheme ?? attrs.theme);
  return {
    apiUrl: customApi?.url ?? attrs.apiUrl,
    fetch: customApi?.fetch,
    timeout: customApi?.timeout,
    locale: options?.locale ?? attrs.locale ?? systemLocale(),
    colorScheme: scheme === 'dark' || (scheme === 'auto' && attrs.prefersDark) ? 'dark' : 'light',
    theme: typeof theme === 'object' ? theme : null,
    placeholder: options?.composer?.placeholder ?? attrs.placeholder,
    greeting: options?.startScreen?.greeting ?? attrs.greeting,
    prompts: options?.startScreen?.prompts ?? [],
    header: {
      enabled: options?.header?.enabled ?? true,
      titleEnabled: options?.header?.title?.enabled ?? true,
      titleText: options?.header?.title?.text ?? null,
      leftAction: options?.header?.leftAction ?? null,
      rightAction: options?.header?.rightAction ?? null,
    },
    history: {
      enabled: options?.history?.enabled ?? true,
      showRename: options?.history?.showRename ?? true,
      showDelete: options?.history?.showDelete ?? true,
    },
    itemActions: {
      feedback: options?.threadItemActions?.feedback ?? false,
      retry: options?.threadItemActions?.retry ?? false,
      custom: options?.threadItemActions?.custom ?? [],
    },
    // ChatKit JS documents `false` as its default; following output while the reader is at the
    // bottom is what chat users expect, so ours defaults to true (docs/decisions/0005).
    autoScroll: options?.thread?.autoScroll ?? true,
    initialThread: options?.initialThread ?? null,
    tools: options?.composer?.tools ?? [],
    models: options?.composer?.models ?? [],
    disclaimer: options?.disclaimer ?? null,
    attachments: options?.composer?.attachments?.enabled
      ? { limits: options.composer.attachments, strategy: customApi?.uploadStrategy ?? { type: 'two_phase' } }
      : null,
    dictation: options?.composer?.dictation?.enabled ?? false,
  };
}
