// Type tests for `chat-kit/vue`: checked by `tsc -p tsconfig.types-test.json`, never run.
import type { GlobalComponents } from 'vue';
import type {} from 'chat-kit/vue';

/** Marks a value as used (the checks are the annotations, not the value). */
declare function use(value: unknown): void;

/** What Volar checks a `<chat-kit …>` template tag against. */
type Props = InstanceType<GlobalComponents['chat-kit']>['$props'];
declare function template(props: Props): void;

template({
  'api-url': '/chatkit',
  class: ['chat'],
  options: { api: { url: '/chatkit', domainKey: 'local' } },
  // `@widget-action="…"`
  onWidgetAction: (event) => {
    const type: string = event.detail.action.type;
    use(type);
  },
  // `@entity-click="…"`
  onEntityClick: (event) => {
    const id: string = event.detail.entity.id;
    use(id);
  },
  // `v-bind="{ 'onChatkit.thread.change': … }"` (a `v-on` object is not type-checked by vue-tsc)
  'onChatkit.thread.change': (event) => {
    const threadId: string | null = event.detail.threadId;
    use(threadId);
  },
});

// @ts-expect-error -- an attribute the element does not have
template({ 'api-uri': '/chatkit' });

template({
  onItemAction: (event) => {
    // @ts-expect-error -- item-action's itemIds are strings
    const ids: number[] = event.detail.itemIds;
    use(ids);
  },
});
