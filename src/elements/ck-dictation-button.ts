import { LitElement, css, html, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';

/** A finished recording, ready for `input.transcribe {audio_base64, mime_type}`. */
export class DictationAudioEvent extends CustomEvent<{ base64: string; mimeType: string }> {
  static readonly eventName = 'ck-dictation-audio';
  constructor(base64: string, mimeType: string) {
    super(DictationAudioEvent.eventName, { detail: { base64, mimeType }, bubbles: true, composed: false });
  }
}

/** Recording could not start or failed; `message` is ready to show. */
export class DictationErrorEvent extends CustomEvent<{ message: string }> {
  static readonly eventName = 'ck-dictation-error';
  constructor(message: string) {
    super(DictationErrorEvent.eventName, { detail: { message }, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-dictation-audio': DictationAudioEvent;
    'ck-dictation-error': DictationErrorEvent;
  }
}

/** A running recording. */
export interface AudioCapture {
  /** Ends the recording and resolves with the audio. */
  stop(): Promise<Blob>;
  /** Ends the recording and drops it. */
  cancel(): void;
}

/** How the button records; swap it (per element or on the class) to stub the microphone. */
export interface AudioRecorderFactory {
  /** False when this browser cannot record. */
  supported(): boolean;
  /** Asks for the microphone and starts recording; rejects with `NotAllowedError` when denied. */
  start(): Promise<AudioCapture>;
}

/** Formats `input.transcribe` servers accept, best first. */
export const DICTATION_MIME_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus'] as const;

/** The first supported type of {@link DICTATION_MIME_TYPES}, else Ogg/Opus. */
export function pickAudioMimeType(isTypeSupported: (type: string) => boolean): string {
  return DICTATION_MIME_TYPES.find((type) => isTypeSupported(type)) ?? 'audio/ogg;codecs=opus';
}

/** The real recorder: `getUserMedia` + `MediaRecorder`. */
export const mediaRecorderFactory: AudioRecorderFactory = {
  supported() {
    return typeof MediaRecorder !== 'undefined' && typeof (navigator.mediaDevices as MediaDevices | undefined)?.getUserMedia === 'function';
  },
  async start() {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const mimeType = pickAudioMimeType((type) => MediaRecorder.isTypeSupported(type));
    const release = (): void => { stream.getTracks().forEach((track) => { track.stop(); }); };
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, { mimeType });
    } catch (error) {
      release();
      throw error;
    }
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
    recorder.start();
    return {
      stop: () =>
        new Promise<Blob>((resolve) => {
          recorder.addEventListener(
            'stop',
            () => {
              release();
              resolve(new Blob(chunks, { type: recorder.mimeType || mimeType }));
            },
            { once: true },
          );
          recorder.stop();
        }),
      cancel: () => {
        if (recorder.state !== 'inactive') recorder.stop();
        release();
      },
    };
  },
};

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep `String.fromCharCode` under the engine's argument limit for long recordings.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function isPermissionError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
}

const micIcon = svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor"
  stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
  <rect x="7.5" y="2.5" width="5" height="9" rx="2.5" /><path d="M4.5 9.5a5.5 5.5 0 0 0 11 0M10 15v2.5" /></svg>`;

type Phase = 'idle' | 'starting' | 'recording' | 'stopping';

/**
 * The composer's microphone button. The first click asks for the microphone and records; the
 * second stops and fires `ck-dictation-audio` with base64 audio for `input.transcribe` (the owner
 * sends it and inserts the text). Disabled, with a title saying why, where the browser cannot
 * record.
 *
 * @tagname ck-dictation-button
 * @fires ck-dictation-audio - `{base64, mimeType}`
 * @fires ck-dictation-error - `{message}` (permission denied, recording failed)
 * @csspart button - The button.
 */
@element('ck-dictation-button')
export class CkDictationButton extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: inline-flex;
      }
      button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 32px;
        height: 32px;
        border: none;
        border-radius: 50%;
        background: transparent;
        color: var(--ck-color-text-secondary);
        cursor: pointer;
      }
      button:hover:not(:disabled) {
        background: var(--ck-color-surface-tertiary);
        color: var(--ck-color-text);
      }
      button[aria-pressed='true'] {
        background: var(--ck-color-danger-surface);
        color: var(--ck-color-danger);
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.5;
      }
      button:focus-visible {
        outline: 2px solid var(--ck-color-focus);
        outline-offset: 1px;
      }
    `,
  ];

  /** The recorder every new button uses; tests replace it. */
  static recorderFactory: AudioRecorderFactory = mediaRecorderFactory;

  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** The owner disables dictation (e.g. while a transcription is pending). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** This button's recorder; defaults to {@link CkDictationButton.recorderFactory}. */
  @property({ attribute: false }) recorder: AudioRecorderFactory = CkDictationButton.recorderFactory;

  @state() private phase: Phase = 'idle';
  private capture: AudioCapture | undefined;

  /** True while recording. */
  get recording(): boolean {
    return this.phase === 'recording';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page (or the composer) must release the microphone.
    this.capture?.cancel();
    this.capture = undefined;
    this.phase = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled && this.capture) {
      this.capture.cancel();
      this.capture = undefined;
      this.phase = 'idle';
    }
  }

  private async onClick(): Promise<void> {
    if (this.phase === 'idle') await this.start();
    else if (this.phase === 'recording') await this.stop();
  }

  private async start(): Promise<void> {
    this.phase = 'starting';
    try {
      const capture = await this.recorder.start();
      // Disconnecting or disabling meanwhile reset the phase (TS cannot see that across the await).
      if ((this.phase as Phase) !== 'starting' || !this.isConnected) {
        capture.cancel();
        return;
      }
      this.capture = capture;
      this.phase = 'recording';
    } catch (error) {
      this.phase = 'idle';
      this.dispatchEvent(new DictationErrorEvent(isPermissionError(error) ? this.strings.dictationDenied : this.strings.dictationFailed));
    }
  }

  private async stop(): Promise<void> {
    const capture = this.capture;
    if (!capture) return;
    this.capture = undefined;
    this.phase = 'stopping';
    try {
      const blob = await capture.stop();
      const base64 = await toBase64(blob);
      this.dispatchEvent(new DictationAudioEvent(base64, blob.type));
    } catch {
      this.dispatchEvent(new DictationErrorEvent(this.strings.dictationFailed));
    } finally {
      this.phase = 'idle';
    }
  }

  protected override render(): TemplateResult {
    const supported = this.recorder.supported();
    const recording = this.phase === 'recording';
    const label = !supported ? this.strings.dictationUnsupported : recording ? this.strings.dictationStop : this.strings.dictationStart;
    return html`<button
      part="button"
      type="button"
      aria-label=${label}
      title=${label}
      aria-pressed=${recording ? 'true' : 'false'}
      ?disabled=${!supported || this.disabled || this.phase === 'starting' || this.phase === 'stopping'}
      @click=${() => void this.onClick()}
    >
      ${micIcon}
    </button>`;
  }
}
