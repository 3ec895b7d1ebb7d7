/**
 * The English catalogue, and the shape every other catalogue follows. UI strings only: option
 * strings (greeting, prompts, placeholder) come from the app already localized.
 */
export const en = {
  greeting: 'What can I help with today?',
  placeholder: 'Message the AI',
  send: 'Send message',
  stop: 'Stop response',
  newChat: 'New chat',
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
  showMore: 'Show more',
  moreItems_one: '{count} more item',
  moreItems_other: '{count} more items',
  moreItemsShown_one: '{count} more item shown',
  moreItemsShown_other: '{count} more items shown',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
