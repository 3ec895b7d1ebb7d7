import { defineConfig } from 'vite';

// (c) Classic-script bundle (works from file:// and a plain <script src>), global `ChatKit`.
// Built separately because an IIFE cannot share lazy chunks with the ES bundle.
export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    lib: { entry: 'src/cdn.ts', name: 'ChatKit', formats: ['iife'], fileName: () => 'chat-kit.iife.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
