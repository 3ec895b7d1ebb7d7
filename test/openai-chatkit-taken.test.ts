import { expect } from '@open-wc/testing';

// Someone else (e.g. OpenAI's chatkit.js) owns the tag before the drop-in entry loads. This file
// gets its own page from the test runner, so the entry is imported here for the first time.
class TheirChatKit extends HTMLElement {}
customElements.define('openai-chatkit', TheirChatKit);

describe('openai-chatkit drop-in entry when the tag is taken', () => {
  it('warns, keeps their element and still registers <chat-kit>', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      await import('../src/openai-chatkit.js');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('openai-chatkit')).to.equal(TheirChatKit);
    expect(document.createElement('openai-chatkit')).to.be.instanceOf(TheirChatKit);
    expect(customElements.get('chat-kit')).to.be.a('function');
    expect(warnings.filter((w) => w.includes('<openai-chatkit> is already defined'))).to.have.length(1);
  });
});
