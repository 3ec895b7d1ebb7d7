import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  CkDictationButton,
  pickAudioMimeType,
  type AudioCapture,
  type AudioRecorderFactory,
} from '../../src/elements/ck-dictation-button.js';

interface Stub extends AudioRecorderFactory {
  starts: number;
  cancelled: number;
}

function stubRecorder(options: { supported?: boolean; deny?: boolean; audio?: Blob } = {}): Stub {
  const stub: Stub = {
    starts: 0,
    cancelled: 0,
    supported: () => options.supported ?? true,
    start: () => {
      stub.starts += 1;
      if (options.deny) return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      const capture: AudioCapture = {
        stop: () => Promise.resolve(options.audio ?? new Blob(['hi!'], { type: 'audio/webm;codecs=opus' })),
        cancel: () => {
          stub.cancelled += 1;
        },
      };
      return Promise.resolve(capture);
    },
  };
  return stub;
}

async function mount(recorder: AudioRecorderFactory): Promise<{ el: CkDictationButton; button: HTMLButtonElement }> {
  const el = await fixture<CkDictationButton>(html`<ck-dictation-button .recorder=${recorder}></ck-dictation-button>`);
  return { el, button: el.shadowRoot!.querySelector('button')! };
}

describe('<ck-dictation-button>', () => {
  it('records on the first click and sends base64 audio on the second', async () => {
    const stub = stubRecorder();
    const { el, button } = await mount(stub);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Dictate');
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(stub.starts).to.equal(1);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.getAttribute('aria-label')).to.equal('Stop dictation');
    setTimeout(() => { button.click(); });
    const event = await oneEvent(el, 'ck-dictation-audio');
    expect(event.detail).to.deep.equal({ base64: btoa('hi!'), mimeType: 'audio/webm;codecs=opus' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('reports a denied microphone and returns to idle', async () => {
    const { el, button } = await mount(stubRecorder({ deny: true }));
    setTimeout(() => { button.click(); });
    const event = await oneEvent(el, 'ck-dictation-error');
    expect(event.detail).to.deep.equal({ message: 'Microphone access was denied.' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.disabled).to.equal(false);
  });

  it('is disabled with an explanation where recording is unsupported', async () => {
    const stub = stubRecorder({ supported: false });
    const { button } = await mount(stub);
    expect(button.disabled).to.equal(true);
    expect(button.title).to.equal('Dictation is not supported in this browser.');
    button.click();
    expect(stub.starts).to.equal(0);
  });

  it('releases the microphone when removed while recording', async () => {
    const stub = stubRecorder();
    const { el, button } = await mount(stub);
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    el.remove();
    expect(stub.cancelled).to.equal(1);
  });

  it('uses the class-wide recorder factory by default', async () => {
    const original = CkDictationButton.recorderFactory;
    CkDictationButton.recorderFactory = stubRecorder({ supported: false });
    try {
      const el = await fixture<CkDictationButton>(html`<ck-dictation-button></ck-dictation-button>`);
      expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    } finally {
      CkDictationButton.recorderFactory = original;
    }
  });

  it('is accessible (axe) idle and recording', async () => {
    const { el, button } = await mount(stubRecorder());
    await expect(el).to.be.accessible();
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('pickAudioMimeType', () => {
  it('prefers webm/opus, then mp4, then ogg', () => {
    expect(pickAudioMimeType(() => true)).to.equal('audio/webm;codecs=opus');
    expect(pickAudioMimeType((t) => t === 'audio/mp4' || t.startsWith('audio/ogg'))).to.equal('audio/mp4');
    expect(pickAudioMimeType((t) => t.startsWith('audio/ogg'))).to.equal('audio/ogg;codecs=opus');
  });
});
