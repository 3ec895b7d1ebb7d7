import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { mockChatKitPlugin } from './mock-server/plugin.js';

// `npm start`: the demo page on the embedded mock ChatKit server (no keys, no network).
// `CHATKIT_API_URL=https://… npm start` points the page at a real ChatKit server instead.
const apiUrl = process.env['CHATKIT_API_URL'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  define: { __CHATKIT_API_URL__: JSON.stringify(apiUrl ?? '/chatkit') },
  plugins: apiUrl ? [] : [mockChatKitPlugin()],
  server: { host: '127.0.0.1', port: 5173, open: !process.env['CI'] && !process.env['NO_OPEN'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
