/**
 * Thread state: a pure reducer over ChatKit stream events and client actions, a tiny store,
 * and selectors. DOM-free and Lit-free.
 */
export {
  STREAMING_REQUEST_KINDS,
  createInitialState,
  isHiddenItem,
  type ItemsPage,
  type Notice,
  type NoticeLevel,
  type Progress,
  type RequestKind,
  type RetryTarget,
  type StoreAction,
  type ThreadError,
  type ThreadState,
} from './thread-state.js';
export { reduceStreamEvent, threadReducer } from './reducer.js';
export {
  addContentPart,
  appendTextDelta,
  applyItemUpdate,
  finishContentPart,
  insertAnnotation,
  MAX_CONTENT_GAP,
} from './item-updates.js';
export {
  MAX_WIDGET_DEPTH,
  appendStreamingText,
  findWidgetNode,
  patchWidgetNode,
  replaceWidgetNode,
  type WidgetNodeLike,
} from './widget-patch.js';
export { createThreadStore, type ThreadStore, type ThreadStoreListener } from './store.js';
export {
  feedbackOf,
  isPending,
  lastUserMessage,
  newestItem,
  newestPendingItem,
  pendingClientToolCall,
  retryTarget,
  visibleItems,
  type PendingItemType,
} from './selectors.js';
