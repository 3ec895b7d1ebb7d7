import { defineConfig } from 'vite';

// (b) Self-contained ES-module bundle for a CDN <script type="module">: Lit and zod included,
// every element registered on load.
export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'chat-kit.bundle.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
