import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/ck-tag-menu.js';
import { TagChooseEvent, type CkTagMenu } from '../../src/elements/ck-tag-menu.js';
import type { Entity } from '../../src/schemas/index.js';

const ENTITIES: Entity[] = [
  { id: 'd1', title: 'Design doc', group: 'Articles', icon: 'document' },
  { id: 'p1', title: 'Ada', group: 'People', icon: 'user' },
  { id: 'd2', title: 'Roadmap', group: 'Articles' },
];

async function menu(props: Partial<Pick<CkTagMenu, 'entities' | 'loading' | 'activeIndex'>>): Promise<CkTagMenu> {
  return fixture<CkTagMenu>(
    html`<ck-tag-menu
      listbox-id="lb"
      .entities=${props.entities ?? []}
      .loading=${props.loading ?? false}
      .activeIndex=${props.activeIndex ?? -1}
    ></ck-tag-menu>`,
  );
}

describe('ck-tag-menu', () => {
  it('renders grouped options in display order with ids, selection and icons', async () => {
    const el = await menu({ entities: ENTITIES, activeIndex: 1 });
    const options = [...el.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent.trim())).to.deep.equal(['Design doc', 'Roadmap', 'Ada']);
    expect(options.map((o) => o.id)).to.deep.equal(['lb-opt-0', 'lb-opt-1', 'lb-opt-2']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
    expect(el.ordered.map((e) => e.id)).to.deep.equal(['d1', 'd2', 'p1']);
    expect(el.querySelector('#lb-opt-0 svg')!.getAttribute('data-icon')).to.equal('document');
    const groups = [...el.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => el.querySelector(`#${g.getAttribute('aria-labelledby')!}`)!.textContent)).to.deep.equal([
      'Articles',
      'People',
    ]);
    // Rendered into the light tree so an owner's shadow root can reference the ids.
    expect(el.shadowRoot).to.equal(null);
  });

  it('shows loading and empty states', async () => {
    const loading = await menu({ loading: true });
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Searching…');
    expect(loading.querySelector('[role="listbox"]')!.getAttribute('aria-busy')).to.equal('true');
    const empty = await menu({ entities: [] });
    expect(empty.querySelector('[role="status"]')!.textContent).to.equal('No matches');
    const full = await menu({ entities: ENTITIES });
    expect(full.querySelector('[role="status"]')).to.equal(null);
  });

  it('fires ck-tag-choose with the clicked entity', async () => {
    const el = await menu({ entities: ENTITIES });
    const chosen: string[] = [];
    el.addEventListener('ck-tag-choose', (e) => {
      if (e instanceof TagChooseEvent) chosen.push(e.detail.entity.id);
    });
    (el.querySelectorAll('[role="option"]')[2] as HTMLElement).click();
    expect(chosen).to.deep.equal(['p1']);
  });

  it('does not group a list without groups', async () => {
    const el = await menu({ entities: [{ id: 'a', title: 'A' }] });
    expect(el.querySelector('[role="group"]')).to.equal(null);
    expect(el.querySelectorAll('[role="option"]').length).to.equal(1);
  });
});
