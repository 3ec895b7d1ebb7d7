/**
 * Base of every public event: a `CustomEvent` that bubbles and crosses shadow roots, so a page
 * (or a framework wrapper) can listen on `<chat-kit>` or any ancestor.
 */
export class ChatKitEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}

/** `{ name, data }` payload shared by `chatkit.log`, `chatkit.effect` and `chatkit.deeplink`. */
export interface NamedDetail {
  name: string;
  data?: Record<string, unknown>;
}
