/**
 * Registers a custom element once. Unlike `customElements.define`, it never throws: a second
 * copy of the bundle on a page (or a test importing twice) warns instead of crashing, and on a
 * server without a DOM it does nothing, so importing the package during SSR is safe.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`chat-kit: <${tag}> is already defined by another copy; keeping the first one.`);
    return;
  }
  registry.define(tag, ctor);
}

/** Class decorator form of {@link defineElement} (legacy decorators, see tsconfig). */
export function element(tag: string) {
  return (ctor: CustomElementConstructor): void => {
    defineElement(tag, ctor);
  };
}
