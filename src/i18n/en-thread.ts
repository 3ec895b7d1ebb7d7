/** English UI strings of the thread UI; spread into the catalogue by `en.ts`. */
export const threadStrings = {
  jumpToLatest: 'Jump to latest',
  loadOlder: 'Load earlier messages',
  loadingOlder: 'Loading earlier messages…',
  loadOlderFailed: 'Earlier messages could not be loaded.',
  itemActions: 'Response actions',
  itemCopy: 'Copy',
  itemCopied: 'Copied',
  itemCopyFailed: 'Copy failed',
  itemFeedbackPositive: 'Good response',
  itemFeedbackNegative: 'Bad response',
  itemFeedbackFailed: 'Feedback could not be sent.',
  itemRetry: 'Retry',
  itemActionFailed: 'The action failed.',
} as const;
