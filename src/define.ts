/**
 * Side-effect entry: `import 'chat-kit/define'` registers `<chat-kit>` and its internal elements
 * without pulling in the rest of the public API (schemas, client, events).
 */
import './chat-kit.js';
