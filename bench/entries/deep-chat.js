// Bench entry: registers <deep-chat>, bundled the way dist/cdn/chat-kit.bundle.js is.
import 'deep-chat';
