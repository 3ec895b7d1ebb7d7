import { expect } from '@open-wc/testing';
import {
  AttachmentSchema,
  ChatKitRequestSchema,
  RESPONSE_SCHEMAS,
  ThreadStreamEventSchema,
  type NonStreamingRequestType,
} from '../../src/schemas/index.js';

interface Manifest {
  chatkitServer: string[];
}

const base = new URL('../fixtures/', import.meta.url);

async function text(name: string): Promise<string> {
  const res = await fetch(new URL(`chatkit-server/${name}`, base));
  expect(res.ok, name).to.equal(true);
  return res.text();
}

const json = async (name: string): Promise<unknown> => JSON.parse(await text(name)) as unknown;

/** HTTP status line of a capture's `.headers.txt`. */
async function statusOf(stem: string): Promise<number> {
  const head = await text(`${stem}.headers.txt`);
  return Number(/^HTTP\/\S+ (\d{3})/.exec(head)?.[1]);
}

/** `items.list.page2` → `items.list`; `cancelled_by_client.items.list` → `items.list`. */
function replyType(stem: string): NonStreamingRequestType | undefined {
  const types = Object.keys(RESPONSE_SCHEMAS) as NonStreamingRequestType[];
  return types.find((t) => stem === t || stem.startsWith(`${t}.`) || stem.endsWith(`.${t}`));
}

function dataPayloads(sse: string): string[] {
  return sse
    .split(/\r?\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).replace(/^ /, ''));
}

describe('schemas against the server captures', () => {
  let files: string[] = [];

  before(async () => {
    const res = await fetch(new URL('manifest.json', base));
    files = ((await res.json()) as Manifest).chatkitServer;
  });

  it('accepts every request the server accepted and rejects the ones it answered with 400', async () => {
    const requests = files.filter((f) => f.endsWith('.request.json'));
    let accepted = 0;
    let rejected = 0;
    for (const file of requests) {
      const stem = file.replace(/\.request\.json$/, '');
      const result = ChatKitRequestSchema.safeParse(await json(file));
      // Server-side failures (unknown thread, no pending tool call) are still well-formed requests.
      const invalid = (await statusOf(stem)) === 400;
      expect(result.success, `${file} valid`).to.equal(!invalid);
      if (invalid) rejected++;
      else accepted++;
    }
    expect(accepted).to.be.greaterThan(30);
    expect(rejected).to.equal(2);
  });

  it('reports the same missing fields the server did', async () => {
    const result = ChatKitRequestSchema.safeParse(await json('error.missing_required_fields.request.json'));
    const reply = (await json('error.missing_required_fields.json')) as { detail: { loc: string[] }[] };
    // Pydantic prefixes its `loc` with the union tag.
    const expected = reply.detail.map((d) => d.loc.slice(1).join('.'));
    expect(expected).to.have.length(2);
    expect(result.error?.issues.map((i) => i.path.join('.'))).to.have.members(expected);
  });

  it('rejects an unknown request type on the discriminator', async () => {
    const result = ChatKitRequestSchema.safeParse(await json('error.unknown_type.request.json'));
    expect(result.success).to.equal(false);
    expect(result.error?.issues[0]?.path).to.deep.equal(['type']);
  });

  it('parses every SSE event of every stream', async () => {
    const seen = new Set<string>();
    let count = 0;
    let streams = 0;
    for (const file of files.filter((f) => f.endsWith('.sse'))) {
      streams++;
      for (const payload of dataPayloads(await text(file))) {
        const result = ThreadStreamEventSchema.safeParse(JSON.parse(payload));
        expect(result.success, `${file}: ${payload.slice(0, 120)}`).to.equal(true);
        if (result.success) seen.add(result.data.type);
        count++;
      }
    }
    expect(streams).to.be.greaterThan(10);
    expect(count).to.be.greaterThan(300);
    // The captures exercise all 12 event types.
    expect([...seen].sort()).to.deep.equal(
      [
        'client_effect',
        'error',
        'notice',
        'progress_update',
        'stream_options',
        'thread.created',
        'thread.item.added',
        'thread.item.done',
        'thread.item.removed',
        'thread.item.replaced',
        'thread.item.updated',
        'thread.updated',
      ].sort(),
    );
  });

  it('parses every JSON reply with the schema of its request type', async () => {
    let parsed = 0;
    for (const file of files.filter((f) => f.endsWith('.json') && !f.endsWith('.request.json'))) {
      const stem = file.replace(/\.json$/, '');
      const body = await json(file);
      if (stem.startsWith('error.')) {
        // Not a ChatKit reply: the capture server's own error body, sent with a non-2xx status.
        expect(await statusOf(stem), file).to.be.at.least(400);
        expect(body).to.have.property('error').that.is.a('string');
        continue;
      }
      if (stem === 'upload.two_phase.response') {
        // The upload URL's reply in two-phase uploads carries nothing; the Attachment came from attachments.create.
        expect(body).to.deep.equal({});
        continue;
      }
      if (stem === 'upload.direct.response') {
        expect(AttachmentSchema.safeParse(body).success, file).to.equal(true);
        parsed++;
        continue;
      }
      const type = replyType(stem);
      expect(type, `${file} maps to a request type`).to.be.a('string');
      const result = RESPONSE_SCHEMAS[type!].safeParse(body);
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues ?? [])}`).to.equal(true);
      parsed++;
    }
    expect(parsed).to.be.greaterThan(12);
  });

  it('decodes a captured thread into typed items', async () => {
    const thread = RESPONSE_SCHEMAS['threads.get_by_id'].parse(await json('threads.get_by_id.json'));
    const types = thread.items.data.map((i) => i.type);
    expect(types).to.include.members(['user_message', 'assistant_message', 'widget']);
    const assistant = thread.items.data.find((i) => i.type === 'assistant_message');
    const sources = assistant?.type === 'assistant_message' ? assistant.content[0]?.annotations.map((a) => a.source.type) : [];
    expect(sources).to.deep.equal(['url', 'entity']);
  });
});
