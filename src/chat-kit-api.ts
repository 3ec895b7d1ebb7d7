import { UserMessageContentSchema, type UserMessageContent, type UserMessageContentOption } from './schemas/index.js';

/** Arguments of {@link ChatKit.sendUserMessage}, as in ChatKit JS. */
export interface SendUserMessageParams {
  text?: string;
  content?: UserMessageContentOption[];
  reply?: string;
  attachments?: { id: string }[];
  newThread?: boolean;
  toolChoice?: { id: string };
  model?: string;
}

/** Arguments of {@link ChatKit.setComposerValue}, as in ChatKit JS. */
export interface SetComposerValueParams {
  text?: string;
  content?: UserMessageContentOption[];
  /** Quoted text to reply to (`''` clears it). */
  reply?: string;
  /** Composer tool to select (`null` clears it). */
  selectedToolId?: string | null;
  /** Model to select. */
  selectedModelId?: string;
  /** Files to upload and attach (needs `composer.attachments.enabled`). */
  files?: File[];
}

/** Option content may omit a tag's `data`/`interactive`; the schema fills the wire defaults. */
export const toWire = (content: readonly UserMessageContentOption[]): UserMessageContent[] =>
  content.map((part) => UserMessageContentSchema.parse(part));

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const textOf = (content: readonly UserMessageContentOption[]): string =>
  content.map((part) => (part.type === 'input_text' ? part.text : `@${part.text}`)).join('');

