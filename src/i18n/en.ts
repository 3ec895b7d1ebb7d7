/**
 * The English catalogue, and the shape every other catalogue follows. UI strings only: option
 * strings (greeting, prompts, placeholder) come from the app already localized.
 */
import { historyStrings } from './en-history.js';
import { itemsStrings } from './en-items.js';
import { threadStrings } from './en-thread.js';
import { widgetsStrings } from './en-widgets.js';

export const en = {
  ...historyStrings,
  ...itemsStrings,
  ...threadStrings,
  ...widgetsStrings,
  /** BCP 47 tag of the catalogue's language: what `Intl` formats numbers, dates and plurals with. */
  locale: 'en',
  greeting: 'What can I help with today?',
  placeholder: 'Message the AI',
  send: 'Send message',
  stop: 'Stop response',
  newChat: 'New chat',
  headerLeftAction: 'Left action',
  headerRightAction: 'Right action',
  composerLabel: 'Message',
  threadLabel: 'Conversation',
  defaultTitle: 'New chat',
  retry: 'Retry',
  dismiss: 'Dismiss',
  genericError: 'An error occurred when generating a response.',
  requestFailed: 'The message could not be sent. Your draft was kept.',
  loadFailed: 'The conversation could not be loaded.',
  busy: 'Please wait for the current response to finish.',
  responding: 'Assistant is responding…',
  responseDone: 'Response complete.',
  you: 'You',
  assistant: 'Assistant',
  stopped: 'Stopped',
  sources: 'Sources',
  loading: 'Loading…',
  widgetUnavailable: 'This widget could not be displayed.',
  startPrompts: 'Suggested prompts',
  lockedDefault: 'This conversation is read-only.',
  closedDefault: 'This conversation has ended.',
  attach: 'Attach files',
  mention: 'Mention someone or something',
  transcribeFailed: 'The recording could not be transcribed.',
  showMore: 'Show more',
  moreItems_one: '{count} more item',
  moreItems_other: '{count} more items',
  moreItemsShown_one: '{count} more item shown',
  moreItemsShown_other: '{count} more items shown',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  toolMenu: 'Tools',
  removeTool: 'Remove tool {label}',
  modelPicker: 'Model',
  replyingTo: 'Replying to',
  clearReply: 'Remove quote',
  mentionSuggestions: 'Suggestions',
  mentionSearching: 'Searching…',
  mentionNoResults: 'No matches',
  mentionOther: 'Other',
  attachmentTooLarge: '{name} is larger than {size}.',
  attachmentTypeNotAllowed: '{name} is not a supported file type.',
  attachmentTooMany: '{name} was not added: you can attach up to {count} files.',
  attachmentUploadFailed: '{name} could not be uploaded.',
  attachmentsLabel: 'Attachments',
  attachmentRemove: 'Remove {name}',
  attachmentRetry: 'Retry uploading {name}',
  attachmentUploading: 'Uploading {name}',
  dictationStart: 'Dictate',
  dictationStop: 'Stop dictation',
  dictationUnsupported: 'Dictation is not supported in this browser.',
  dictationDenied: 'Microphone access was denied.',
  dictationFailed: 'Recording failed.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
