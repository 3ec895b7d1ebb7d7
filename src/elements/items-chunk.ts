/**
 * The thread item elements only some conversations show: workflows and tasks, generated images.
 * `<chat-kit>` imports this chunk when an item of those types arrives. (While `<ck-message>`
 * still imports them itself, they ride in the transcript chunk and this resolves at once.)
 */
import '../widgets/icon-glyphs.js';
import './ck-workflow.js';
import './ck-generated-image.js';
