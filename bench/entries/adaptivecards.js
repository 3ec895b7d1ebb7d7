// Bench entry: the Adaptive Cards renderer, bundled the way dist/cdn/chat-kit.bundle.js is.
export { AdaptiveCard } from 'adaptivecards';
