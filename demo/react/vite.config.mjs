// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
// This example uses the chat-kit built in this repository (`npm run build` at the root). A real
// app runs `npm install chat-kit` instead and needs neither the alias nor `server.fs.allow`.
const chatKitDist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { 'chat-kit': `${chatKitDist}chat-kit.js` },
  },
  server: {
    port: 5177,
    fs: { allow: [here, chatKitDist] },
  },
});
