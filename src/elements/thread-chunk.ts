/**
 * The transcript chunk: the thread view with everything it renders (messages, Markdown, item
 * actions, workflows, tasks, generated images) and the chrome icons they draw. `<chat-kit>`
 * imports it when the browser is idle after the first render, or at once when a thread appears.
 */
import '../widgets/icon-glyphs.js';
import './icons-more.js';
import './ck-thread-view.js';
