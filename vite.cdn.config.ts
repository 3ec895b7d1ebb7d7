import { defineConfig } from 'vite';

// (b) Self-contained ES-module bundle for a CDN <script type="module">: Lit and zod included,
// `<chat-kit>` registered on load. What a first render of an empty chat does not need (widgets,
// the transcript, history, composer extras, theme handling, locales, …) is in lazy chunks next to
// it, loaded on first use (see src/widgets/lazy-chunk.ts).
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
    rolldownOptions: {
      // Every module the entry loads anyway goes into it (one request, no shared eager chunks), and
      // the lazy chunks import from it; the entry therefore also exports a few internals.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, codeSplitting: { groups: [{ name: 'chat-kit', tags: ['$initial'] }] } },
    },
  },
});
