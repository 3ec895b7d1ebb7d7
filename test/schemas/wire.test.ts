import { expect } from '@open-wc/testing';
import {
  ActionConfigSchema,
  ChatKitRequestSchema,
  RESPONSE_SCHEMAS,
  STREAMING_REQUEST_TYPES,
  ThreadItemSchema,
  ThreadItemUpdateSchema,
  ThreadSchema,
  ThreadStreamEventSchema,
  TimestampSchema,
  WidgetRootSchema,
  isStreamingRequestType,
  type ThreadItem,
} from '../../src/schemas/index.js';

const base = { id: 'msg_1', thread_id: 'thr_1', created_at: '2026-11-23T19:02:35.441541' };

/** Parses an item of the given type and checks the type survived. */
function item<T extends ThreadItem['type']>(type: T, fields: Record<string, unknown>): Extract<ThreadItem, { type: T }> {
  const parsed = ThreadItemSchema.parse({ ...base, type, ...fields });
  expect(parsed.type).to.equal(type);
  return parsed as Extract<ThreadItem, { type: T }>;
}

describe('wire schemas', () => {
  describe('defaults', () => {
    it('fills action defaults a .widget template leaves out', () => {
      expect(ActionConfigSchema.parse({ type: 'demo.approve' })).to.deep.equal({
        type: 'demo.approve',
        handler: 'server',
        loadingBehavior: 'auto',
        streaming: true,
      });
      const explicit = ActionConfigSchema.parse({
        type: 'x',
        payload: { a: 1 },
        handler: 'client',
        loadingBehavior: 'self',
        streaming: false,
      });
      expect(explicit).to.deep.equal({ type: 'x', payload: { a: 1 }, handler: 'client', loadingBehavior: 'self', streaming: false });
      expect(ActionConfigSchema.safeParse({ type: 'x', handler: 'browser' }).success).to.equal(false);
    });

    it('fills user message, tag and assistant content defaults', () => {
      const user = item('user_message', {
        content: [{ type: 'input_tag', id: 'e1', text: 'Ada' }],
      });
      expect(user.attachments).to.deep.equal([]);
      expect(user.inference_options).to.deep.equal({});
      expect(user.content[0]).to.deep.equal({ type: 'input_tag', id: 'e1', text: 'Ada', data: {}, interactive: false });

      const assistant = item('assistant_message', { content: [{ type: 'output_text', text: 'hi' }] });
      expect(assistant.content[0]?.annotations).to.deep.equal([]);
    });

    it('gives each parse its own default containers', () => {
      const a = item('user_message', { content: [] });
      const b = item('user_message', { content: [] });
      expect(a.attachments).not.to.equal(b.attachments);
    });

    it('fills thread status and items', () => {
      const thread = ThreadSchema.parse({ id: 'thr_1', created_at: base.created_at });
      expect(thread.status).to.deep.equal({ type: 'active' });
      expect(thread.items).to.deep.equal({ data: [], has_more: false });
      expect(thread.metadata).to.deep.equal({});
      const locked = ThreadSchema.parse({ id: 'thr_1', created_at: base.created_at, status: { type: 'locked', reason: 'Busy' } });
      expect(locked.status).to.deep.equal({ type: 'locked', reason: 'Busy' });
    });

    it('fills tool call, workflow, task and structured input defaults', () => {
      const call = item('client_tool_call', { call_id: 'c1', name: 'get_time' });
      expect(call.status).to.equal('pending');
      expect(call.arguments).to.deep.equal({});

      const wf = item('workflow', { workflow: { type: 'reasoning', tasks: [{ type: 'thought', content: '…' }] } });
      expect(wf.workflow.expanded).to.equal(false);
      expect(wf.workflow.tasks[0]?.status_indicator).to.equal('none');

      const si = item('structured_input', {
        inputs: [{ type: 'multiple_choice', id: 'size', question: 'Size?', options: [{ value: 'S' }] }],
      });
      expect(si.status).to.equal('pending');
      expect(si.inputs[0]).to.include({ type: 'multiple_choice', multiple: false });
    });

    it('fills event defaults and keeps unknown error codes', () => {
      expect(ThreadStreamEventSchema.parse({ type: 'error' })).to.deep.equal({
        type: 'error',
        code: 'custom',
        allow_retry: false,
      });
      expect(ThreadStreamEventSchema.parse({ type: 'error', code: 'rate_limited', allow_retry: true })).to.include({
        code: 'rate_limited',
        allow_retry: true,
      });
      expect(ThreadStreamEventSchema.parse({ type: 'client_effect', name: 'toast' })).to.deep.equal({
        type: 'client_effect',
        name: 'toast',
        data: {},
      });
      expect(ThreadStreamEventSchema.parse({ type: 'stream_options', stream_options: {} })).to.deep.equal({
        type: 'stream_options',
        stream_options: { allow_cancel: true },
      });
    });
  });

  describe('tolerance', () => {
    it('decodes null like an absent field', () => {
      const withNulls = {
        id: 'thr_1',
        created_at: base.created_at,
        title: null,
        status: null,
        allowed_image_domains: null,
        metadata: null,
        items: { data: [], has_more: false, after: null },
      };
      const absent = { id: 'thr_1', created_at: base.created_at, items: { data: [] } };
      const a = ThreadSchema.parse(withNulls);
      const b = ThreadSchema.parse(absent);
      expect(a.title).to.equal(undefined);
      expect(a.items.after).to.equal(undefined);
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));

      const user = item('user_message', { content: [], attachments: null, quoted_text: null });
      expect(user.attachments).to.deep.equal([]);
      expect(user.quoted_text).to.equal(undefined);
    });

    it('strips unknown keys from protocol objects but keeps widget props', () => {
      const widget = item('widget', {
        future_field: 1,
        widget: { type: 'Card', children: [{ type: 'Sparkline', points: [1, 2.5] }], size: 'lg' },
      });
      expect(widget).not.to.have.property('future_field');
      expect(widget.widget).to.deep.equal({ type: 'Card', children: [{ type: 'Sparkline', points: [1, 2.5] }], size: 'lg' });
    });

    it('tells workflow summaries apart by their keys', () => {
      const parse = (summary: unknown) =>
        item('workflow', { workflow: { type: 'custom', tasks: [], summary } }).workflow.summary;
      expect(parse({ title: 'Looked things up', icon: 'search' })).to.deep.equal({ title: 'Looked things up', icon: 'search' });
      expect(parse({ duration: 4 })).to.deep.equal({ duration: 4 });
    });

    it('accepts naive and offset timestamps, not arbitrary text', () => {
      for (const ts of ['2026-11-23T19:02:35.441541', '2026-11-23T19:02:35Z', '2026-11-23T19:02:35.4+02:00', '2026-11-23']) {
        expect(TimestampSchema.safeParse(ts).success, ts).to.equal(true);
      }
      for (const ts of ['yesterday', '', '23/11/2026']) {
        expect(TimestampSchema.safeParse(ts).success, ts).to.equal(false);
      }
      const t = item('end_of_turn', { created_at: '2026-11-23T19:02:35.441541+00:00' });
      expect(t.created_at).to.equal('2026-11-23T19:02:35.441541+00:00');
    });

    it('accepts float numbers', () => {
      const update = ThreadItemUpdateSchema.parse({
        type: 'generated_image.updated',
        image: { id: 'img', url: 'data:image/png;base64,AA' },
        progress: 0.3333333333333333,
      });
      expect(update).to.deep.include({ progress: 0.3333333333333333 });
    });
  });

  describe('discriminators', () => {
    it('rejects unknown types at every level', () => {
      expect(ThreadStreamEventSchema.safeParse({ type: 'thread.nope' }).success).to.equal(false);
      expect(ThreadItemSchema.safeParse({ ...base, type: 'poll' }).success).to.equal(false);
      expect(ThreadItemUpdateSchema.safeParse({ type: 'widget.exploded' }).success).to.equal(false);
      expect(WidgetRootSchema.safeParse({ type: 'Row', children: [] }).success).to.equal(false);
      expect(
        ThreadItemSchema.safeParse({ ...base, type: 'task', task: { type: 'dance', status_indicator: 'none' } }).success,
      ).to.equal(false);
      expect(ThreadSchema.safeParse({ id: 't', created_at: base.created_at, status: { type: 'frozen' } }).success).to.equal(
        false,
      );
    });

    it('parses all ten update sub-types', () => {
      const updates = [
        { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '' } },
        { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Hi' },
        {
          type: 'assistant_message.content_part.annotation_added',
          content_index: 0,
          annotation_index: 0,
          annotation: { source: { type: 'file', title: 'Doc', filename: 'a.pdf' } },
        },
        { type: 'assistant_message.content_part.done', content_index: 0, content: { type: 'output_text', text: 'Hi' } },
        { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: 'x', done: false },
        { type: 'widget.root.updated', widget: { type: 'ListView', children: [] } },
        { type: 'widget.component.updated', component_id: 'summary', component: { type: 'Markdown', id: 'summary', value: 'x' } },
        { type: 'workflow.task.added', task_index: 0, task: { type: 'image' } },
        { type: 'workflow.task.updated', task_index: 0, task: { type: 'file', sources: [] } },
        { type: 'generated_image.updated', image: { id: 'i', url: 'https://x/i.png' } },
      ];
      const parsed = updates.map((u) => ThreadItemUpdateSchema.parse(u).type);
      expect(parsed).to.deep.equal(updates.map((u) => u.type));
      expect(new Set(parsed).size).to.equal(10);
    });
  });

  describe('requests', () => {
    const allTypes = ChatKitRequestSchema.def.options.map((o) => o.def.shape.type.def.values[0]);

    it('splits the 16 request types into 6 streaming and 10 JSON ones', () => {
      expect(new Set(allTypes).size).to.equal(16);
      const streaming = allTypes.filter((t) => t !== undefined && isStreamingRequestType(t));
      expect(streaming).to.have.members([...STREAMING_REQUEST_TYPES]);
      const json = allTypes.filter((t) => t !== undefined && !isStreamingRequestType(t));
      expect(Object.keys(RESPONSE_SCHEMAS)).to.have.members(json);
      expect(isStreamingRequestType('threads.nope')).to.equal(false);
    });

    it('requires params and the always-present input fields', () => {
      expect(ChatKitRequestSchema.safeParse({ type: 'threads.list' }).success).to.equal(false);
      expect(ChatKitRequestSchema.safeParse({ type: 'threads.list', params: {} }).success).to.equal(true);
      const input = { content: [{ type: 'input_text', text: 'hi' }], attachments: [], inference_options: {} };
      expect(ChatKitRequestSchema.safeParse({ type: 'threads.create', params: { input } }).success).to.equal(true);
      const noAttachments = { content: input.content, inference_options: input.inference_options };
      expect(ChatKitRequestSchema.safeParse({ type: 'threads.create', params: { input: noAttachments } }).success).to.equal(
        false,
      );
    });

    it('sends only {type, payload} of a widget action', () => {
      const req = ChatKitRequestSchema.parse({
        type: 'threads.custom_action',
        params: {
          thread_id: 'thr_1',
          item_id: null,
          action: { type: 'demo.pick', payload: { id: 'x' }, handler: 'server', loadingBehavior: 'auto', streaming: true },
        },
      });
      expect(req.params).to.deep.equal({ thread_id: 'thr_1', item_id: undefined, action: { type: 'demo.pick', payload: { id: 'x' } } });
    });
  });
});
