import { defineConfig } from 'vite';

// (c) Classic-script bundle (works from file:// and a plain <script src>), global `ChatKit` with
// the whole API of `index.ts`. Built separately because an IIFE cannot share lazy chunks with the
// ES bundle: every lazy chunk (widgets, history, locales, …) is inlined, and a "load" is a
// resolved promise.
export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    lib: { entry: 'src/index.ts', name: 'ChatKit', formats: ['iife'], fileName: () => 'chat-kit.iife.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
