// `import 'chat-kit'` registers <chat-kit>. Here tsconfig.json maps it to this repository's build;
// a real app gets it from `npm install chat-kit`.
import 'chat-kit';
import type { ChatKitOptions, ChatKitThreadChangeEvent, EntityClickEvent, WidgetActionEvent } from 'chat-kit';
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';

/** The ChatKit endpoint; `ng build --define` / `ng serve --define` can replace it (see README). */
declare const CHATKIT_API_URL: string | undefined;
const API_URL = typeof CHATKIT_API_URL === 'string' ? CHATKIT_API_URL : 'http://127.0.0.1:8787/chatkit';

@Component({
  selector: 'app-root',
  // Without it Angular rejects <chat-kit> and its [options] binding as unknown at build time.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>chat-kit in Angular</h1>
      <p id="status" role="status">
        <span data-handler="response-end">responses ended: {{ responses() }}</span>
        ·
        <span data-handler="thread-change">thread: {{ threadId() ?? 'none' }}</span>
        ·
        <span data-handler="widget-action">last action: {{ lastAction() ?? 'none' }}</span>
        ·
        <span data-handler="entity-click">last entity: {{ lastEntity() ?? 'none' }}</span>
      </p>
      <chat-kit
        class="chat"
        [options]="options"
        (widget-action)="onWidgetAction($event)"
        (entity-click)="onEntityClick($event)"
        (chatkit.response.end)="onResponseEnd()"
        (chatkit.thread.change)="onThreadChange($event)"
      ></chat-kit>
    </main>
  `,
})
export class App {
  // Bound with [options], which sets the property: an object does not survive an attribute.
  protected readonly options: ChatKitOptions = {
    api: { url: API_URL },
    startScreen: { greeting: 'Hello from an Angular app' },
    composer: { placeholder: 'Try "show me the demo card"' },
  };

  protected readonly responses = signal(0);
  protected readonly threadId = signal<string | null>(null);
  protected readonly lastAction = signal<string | null>(null);
  protected readonly lastEntity = signal<string | null>(null);

  /** Every widget action arrives here; client actions (handler: "client") are the app's to handle. */
  protected onWidgetAction(event: WidgetActionEvent): void {
    const { action, item, handler } = event.detail;
    this.lastAction.set(`${action.type} on ${item.id} (${handler})`);
  }

  protected onEntityClick(event: EntityClickEvent): void {
    this.lastEntity.set(event.detail.entity.title);
  }

  protected onResponseEnd(): void {
    this.responses.update((n) => n + 1);
  }

  protected onThreadChange(event: ChatKitThreadChangeEvent): void {
    this.threadId.set(event.detail.threadId);
  }
}
