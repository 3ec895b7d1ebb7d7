/**
 * The `ChatKitOptions` object (chatkit-js-api.md §1), validated like the reference: unknown
 * keys are rejected at every level so typos surface instead of silently doing nothing.
 */
import * as z from 'zod/mini';
import { IconNameSchema, nullish } from './common.js';
import { readableIssues, type ReadableIssue } from './issues.js';
import type { WidgetRoot } from './widget-root.js';

const isFunction = (v: unknown): boolean => typeof v === 'function';

/** A function-valued option; the precise signature lives only in the type. */
function fn<T extends (...args: never[]) => unknown>() {
  return z.custom<T>(isFunction, { error: 'expected function' });
}

const optionalString = z.optional(z.string());
const optionalBoolean = z.optional(z.boolean());

/** An app object that can be @-mentioned and cited (`entities.onTagSearch` results). */
export const EntitySchema = z.object({
  id: z.string(),
  /** Shown in tags, sources and previews. */
  title: z.string(),
  icon: nullish(IconNameSchema),
  /** Clickable / previewable. */
  interactive: nullish(z.boolean()),
  /** Heading in the search results, e.g. "People". */
  group: nullish(z.string()),
  /** Opaque; forwarded to the server inside the tag and to callbacks. */
  data: nullish(z.record(z.string(), z.string())),
});
export type Entity = z.output<typeof EntitySchema>;

/** `{type: 'two_phase'}` (via `attachments.create`) or `{type: 'direct', uploadUrl}`. */
export const FileUploadStrategySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('two_phase') }),
  z.strictObject({ type: z.literal('direct'), uploadUrl: z.string() }),
]);
export type FileUploadStrategy = z.output<typeof FileUploadStrategySchema>;

/** A self-hosted ChatKit backend. `domainKey` is accepted for compatibility and ignored. */
export const CustomApiConfigSchema = z.strictObject({
  url: z.string(),
  domainKey: optionalString,
  /** Used for every request: add auth headers, credentials, … */
  fetch: z.optional(fn<typeof fetch>()),
  uploadStrategy: z.optional(FileUploadStrategySchema),
  /**
   * chat-kit extension: a request that receives nothing (no response, no new body bytes) for
   * this many milliseconds fails with a timeout error (default 120000; 0 turns it off).
   */
  timeout: z.optional(z.number()),
});
export type CustomApiConfig = z.output<typeof CustomApiConfigSchema>;

/** An OpenAI-hosted workflow (client secret minted by the app's server). */
export const HostedApiConfigSchema = z.strictObject({
  getClientSecret: fn<(currentClientSecret: string | null) => Promise<string>>(),
});
export type HostedApiConfig = z.output<typeof HostedApiConfigSchema>;

// `auto` (follow `prefers-color-scheme`) is a chat-kit extension.
const colorScheme = z.enum(['light', 'dark', 'auto']);
export type ColorScheme = z.output<typeof colorScheme>;

/** A web font to load for the UI. */
export const FontObjectSchema = z.strictObject({
  family: z.string(),
  src: z.string(),
  weight: z.optional(z.union([z.string(), z.number()])),
  style: z.optional(z.enum(['normal', 'italic', 'oblique'])),
  display: z.optional(z.enum(['auto', 'block', 'swap', 'fallback', 'optional'])),
  unicodeRange: optionalString,
});
export type FontObject = z.output<typeof FontObjectSchema>;

/** High-level appearance levers (no raw CSS). */
export const ThemeOptionSchema = z.strictObject({
  colorScheme: z.optional(colorScheme),
  radius: z.optional(z.enum(['pill', 'round', 'soft', 'sharp'])),
  density: z.optional(z.enum(['compact', 'normal', 'spacious'])),
  typography: z.optional(
    z.strictObject({
      baseSize: z.optional(z.literal([14, 15, 16, 17, 18])),
      fontFamily: optionalString,
      fontFamilyMono: optionalString,
      fontSources: z.optional(z.array(FontObjectSchema)),
    }),
  ),
  color: z.optional(
    z.strictObject({
      accent: z.optional(z.strictObject({ primary: z.string(), level: z.literal([0, 1, 2, 3]) })),
      grayscale: z.optional(
        z.strictObject({
          hue: z.number().check(z.minimum(0), z.maximum(360)),
          tint: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
          shade: z.optional(z.literal([-4, -3, -2, -1, 0, 1, 2, 3, 4])),
        }),
      ),
      surface: z.optional(z.strictObject({ background: z.string(), foreground: z.string() })),
    }),
  ),
});
export type ThemeOption = z.output<typeof ThemeOptionSchema>;

const headerAction = z.strictObject({
  icon: IconNameSchema,
  onClick: fn<() => void>(),
  /** chat-kit extension: the button's accessible name and tooltip (ChatKit JS has none). */
  label: optionalString,
});

/** The header bar. */
export const HeaderOptionSchema = z.strictObject({
  enabled: optionalBoolean,
  title: z.optional(z.strictObject({ enabled: optionalBoolean, text: optionalString })),
  leftAction: z.optional(headerAction),
  rightAction: z.optional(headerAction),
});
export type HeaderOption = z.output<typeof HeaderOptionSchema>;

/** The thread history panel. */
export const HistoryOptionSchema = z.strictObject({
  enabled: optionalBoolean,
  showDelete: optionalBoolean,
  showRename: optionalBoolean,
});
export type HistoryOption = z.output<typeof HistoryOptionSchema>;

/**
 * Message content as an app writes it (start-screen prompts): like the wire's
 * `UserMessageContent`, but `data`/`interactive` of a tag may be left out.
 */
export const UserMessageContentOptionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('input_text'), text: z.string() }),
  z.strictObject({
    type: z.literal('input_tag'),
    id: z.string(),
    text: z.string(),
    group: optionalString,
    data: z.optional(z.record(z.string(), z.unknown())),
    interactive: optionalBoolean,
  }),
]);
export type UserMessageContentOption = z.output<typeof UserMessageContentOptionSchema>;

/** A starter prompt; choosing it sends `prompt` as a user message. */
export const StartScreenPromptSchema = z.strictObject({
  label: z.string(),
  prompt: z.union([z.string(), z.array(UserMessageContentOptionSchema)]),
  icon: z.optional(IconNameSchema),
});
export type StartScreenPrompt = z.output<typeof StartScreenPromptSchema>;

/** The new-thread view. */
export const StartScreenOptionSchema = z.strictObject({
  greeting: optionalString,
  prompts: z.optional(z.array(StartScreenPromptSchema)),
});
export type StartScreenOption = z.output<typeof StartScreenOptionSchema>;

/** Buttons under assistant responses. */
export const ThreadItemActionsOptionSchema = z.strictObject({
  feedback: optionalBoolean,
  retry: optionalBoolean,
  /**
   * chat-kit extension: app-defined buttons under every response (ChatKit JS has none, #59).
   * Each press fires `item-action` and calls `onClick`.
   */
  custom: z.optional(
    z.array(
      z.strictObject({
        id: z.string(),
        label: z.string(),
        icon: z.optional(IconNameSchema),
        onClick: z.optional(fn<(context: ItemActionContext) => void | Promise<void>>()),
      }),
    ),
  ),
});
export type ThreadItemActionsOption = z.output<typeof ThreadItemActionsOptionSchema>;

/** What an app-defined item action (`threadItemActions.custom[].onClick`) receives. */
export interface ItemActionContext {
  /** The action's `id`. */
  actionId: string;
  threadId: string;
  /** The response's items (assistant messages, widgets, tasks…), oldest first. */
  itemIds: string[];
  /** The response as plain text (what Copy copies). */
  text: string;
}

/** A composer tool; the choice is sent as `inference_options.tool_choice`. */
export const ToolOptionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  icon: IconNameSchema,
  /** Text on the selected chip. */
  shortLabel: optionalString,
  /** Composer placeholder while selected. */
  placeholderOverride: optionalString,
  /** Shown outside the menu. */
  pinned: optionalBoolean,
  /** Stays selected after sending. */
  persistent: optionalBoolean,
});
export type ToolOption = z.output<typeof ToolOptionSchema>;

/** A model-picker entry; the choice is sent as `inference_options.model`. */
export const ModelOptionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: optionalString,
  disabled: optionalBoolean,
  default: optionalBoolean,
});
export type ModelOption = z.output<typeof ModelOptionSchema>;

/** File attachments in the composer. */
export const AttachmentsOptionSchema = z.strictObject({
  enabled: z.boolean(),
  /** Bytes: one limit, or MIME pattern → limit with `"*"`/`""` as the fallback. */
  maxSize: z.optional(z.union([z.number(), z.record(z.string(), z.number())])),
  maxCount: z.optional(z.number()),
  /** MIME type → extensions, like `showOpenFilePicker`'s `accept`. */
  accept: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type AttachmentsOption = z.output<typeof AttachmentsOptionSchema>;

/** The input area. */
export const ComposerOptionSchema = z.strictObject({
  placeholder: optionalString,
  attachments: z.optional(AttachmentsOptionSchema),
  tools: z.optional(z.array(ToolOptionSchema)),
  models: z.optional(z.array(ModelOptionSchema)),
  dictation: z.optional(z.strictObject({ enabled: optionalBoolean })),
});
export type ComposerOption = z.output<typeof ComposerOptionSchema>;

/** Markdown text under the composer. */
export const DisclaimerOptionSchema = z.strictObject({
  text: z.string(),
  highContrast: optionalBoolean,
});
export type DisclaimerOption = z.output<typeof DisclaimerOptionSchema>;

/** @-mentions, entity clicks and previews. */
export const EntitiesOptionSchema = z.strictObject({
  onTagSearch: z.optional(fn<(query: string) => Promise<Entity[]>>()),
  onClick: z.optional(fn<(entity: Entity) => void>()),
  onRequestPreview: z.optional(fn<(entity: Entity) => Promise<{ preview: WidgetRoot | null }>>()),
  showComposerMenu: optionalBoolean,
});
export type EntitiesOption = z.output<typeof EntitiesOptionSchema>;

/**
 * The "/" command menu of ChatKit JS ≥ 1.9. Accepted so apps written for it keep working (unknown
 * keys reject the whole options object); the menu itself is not implemented yet.
 */
export const CommandsOptionSchema = z.strictObject({
  enabled: z.boolean(),
  onSearch: z.optional(fn<(query: string) => Promise<unknown[]>>()),
  onSelect: z.optional(fn<(command: unknown) => Promise<unknown>>()),
});
export type CommandsOption = z.output<typeof CommandsOptionSchema>;

/** A widget action delivered to the host (`handler: "client"`). */
export interface WidgetActionOption {
  type: string;
  payload?: Record<string, unknown>;
}

/** Client-handled widget actions. */
export const WidgetsOptionSchema = z.strictObject({
  onAction: z.optional(
    fn<(action: WidgetActionOption, widgetItem: { id: string; widget: WidgetRoot }) => void | Promise<void>>(),
  ),
});
export type WidgetsOption = z.output<typeof WidgetsOptionSchema>;

/** Thread view behaviour. */
export const ThreadOptionSchema = z.strictObject({ autoScroll: optionalBoolean });
export type ThreadOption = z.output<typeof ThreadOptionSchema>;

/** A client tool call as handed to `onClientTool`. */
export interface ClientToolCall {
  name: string;
  params: Record<string, unknown>;
}

/** The whole configuration; `setOptions` replaces it, nothing is merged. */
export const ChatKitOptionsSchema = z.strictObject({
  api: z.union([CustomApiConfigSchema, HostedApiConfigSchema]),
  /** UI language, also sent as `Accept-Language`; unsupported locales fall back to English. */
  locale: optionalString,
  theme: z.optional(z.union([colorScheme, ThemeOptionSchema])),
  /** Accessible title of the chat region. */
  frameTitle: optionalString,
  /** Thread shown first; `null` = new-thread view. */
  initialThread: z.optional(z.nullable(z.string())),
  onClientTool: z.optional(
    fn<(toolCall: ClientToolCall) => Record<string, unknown> | Promise<Record<string, unknown>>>(),
  ),
  header: z.optional(HeaderOptionSchema),
  history: z.optional(HistoryOptionSchema),
  startScreen: z.optional(StartScreenOptionSchema),
  threadItemActions: z.optional(ThreadItemActionsOptionSchema),
  composer: z.optional(ComposerOptionSchema),
  disclaimer: z.optional(DisclaimerOptionSchema),
  entities: z.optional(EntitiesOptionSchema),
  commands: z.optional(CommandsOptionSchema),
  widgets: z.optional(WidgetsOptionSchema),
  thread: z.optional(ThreadOptionSchema),
});
export type ChatKitOptions = z.output<typeof ChatKitOptionsSchema>;

/** Outcome of {@link parseOptions}. */
export type ParseOptionsResult =
  | { ok: true; options: ChatKitOptions }
  | { ok: false; message: string; issues: ReadableIssue[] };

/**
 * Validates an options object. On failure `message` names the first bad path
 * (`composer.tools[0].id: required`) and `issues` lists every problem.
 */
export function parseOptions(value: unknown): ParseOptionsResult {
  const result = ChatKitOptionsSchema.safeParse(value);
  if (result.success) return { ok: true, options: result.data };
  const issues = readableIssues(result.error, value);
  const first = issues[0] ?? { path: 'options', message: 'invalid input' };
  return { ok: false, message: `${first.path}: ${first.message}`, issues };
}
