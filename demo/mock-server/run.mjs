#!/usr/bin/env node
// @ts-check
/**
 * Runs the standalone mock ChatKit server from the command line:
 *
 *   node demo/mock-server/run.mjs [--port 8787] [--host 127.0.0.1] [--delay 15] [--static dist] [--seed 1] [--no-samples]
 *
 * Prints the endpoint URL and serves until interrupted.
 */
import { parseArgs } from 'node:util';
import { importMockServer } from './load.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    delay: { type: 'string' },
    static: { type: 'string' },
    seed: { type: 'string' },
    'no-samples': { type: 'boolean', default: false },
  },
});

const { startMockServer } = await importMockServer();
const server = await startMockServer({
  port: Number(values.port),
  host: values.host,
  ...(values.delay === undefined ? {} : { delayMs: Number(values.delay) }),
  ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  ...(values.static === undefined ? {} : { staticDir: values.static }),
  sampleThreads: !values['no-samples'],
});
console.log(`Mock ChatKit server: ${server.endpoint}${values.static ? ` (static files from ${values.static} at ${server.url}/)` : ''}`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
