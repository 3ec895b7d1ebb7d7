import { defineConfig } from 'vite';

// (a) ES modules for bundlers: lit and zod stay external; `define.js` is the side-effect entry and
// `openai-chatkit.js` the opt-in drop-in for ChatKit JS apps (also registers <openai-chatkit>).
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: { entry: { 'chat-kit': 'src/index.ts', define: 'src/define.ts', 'openai-chatkit': 'src/openai-chatkit.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      // Everything the entries load anyway goes into one chunk, `chat-kit-core-*.js` (not a dozen
      // shared ones), which the lazy chunks (widgets, history, …) import from; the entry files
      // re-export the public API from it. The opt-in entries' own modules stay in their files:
      // importing `chat-kit` must not register <openai-chatkit>.
      output: {
        codeSplitting: {
          groups: [{ name: 'chat-kit-core', tags: ['$initial'], test: (id) => !/[\\/]src[\\/](define|openai-chatkit)\.ts$/.test(id) }],
        },
      },
    },
  },
});
