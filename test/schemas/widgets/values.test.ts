import { expect } from '@open-wc/testing';
import {
  BordersSchema,
  ColorSchema,
  SpacingSchema,
  WidgetStatusSchema,
  validateWidgetNode,
} from '../../../src/schemas/widgets/index.js';

describe('widget value schemas', () => {
  it('reads a colour as a string or a per-scheme pair', () => {
    expect(ColorSchema.parse('blue-500')).to.equal('blue-500');
    expect(ColorSchema.parse({ light: '#fff', dark: '#000', extra: 1 })).to.deep.equal({ light: '#fff', dark: '#000' });
    expect(ColorSchema.safeParse(12).success).to.equal(false);
  });

  it('reads spacing as one value or per side', () => {
    expect(SpacingSchema.parse(2.5)).to.equal(2.5);
    expect(SpacingSchema.parse('4px 8px')).to.equal('4px 8px');
    expect(SpacingSchema.parse({ x: 2, top: '1rem' })).to.deep.include({ x: 2, top: '1rem' });
    expect(SpacingSchema.safeParse({ x: true }).success).to.equal(false);
  });

  it('reads a border as a width, one border or per-side borders', () => {
    expect(BordersSchema.parse(1)).to.equal(1);
    expect(BordersSchema.parse({ size: 2, color: 'subtle', style: 'dotted' })).to.deep.include({ size: 2, color: 'subtle', style: 'dotted' });
    const sides = BordersSchema.parse({ top: 1, bottom: { size: 3 } });
    expect(sides).to.deep.include({ top: 1 });
    expect(sides).to.have.nested.property('bottom.size', 3);
  });

  it('reports a malformed border instead of reading it as no border', () => {
    expect(BordersSchema.safeParse({ size: '2px' }).success).to.equal(false);
    expect(BordersSchema.safeParse({ size: 1, style: 'wavy' }).success).to.equal(false);
    expect(validateWidgetNode({ type: 'Box', border: { size: '2px' } })).to.include({
      reason: 'border: expected number, border or per-side borders',
    });
  });

  it('reads both status forms', () => {
    expect(WidgetStatusSchema.parse({ text: 'Acme', favicon: 'https://a.test/f.ico', frame: true })).to.deep.include({
      text: 'Acme',
      favicon: 'https://a.test/f.ico',
      frame: true,
    });
    expect(WidgetStatusSchema.parse({ text: 'Pick', icon: 'maps' })).to.deep.include({ text: 'Pick', icon: 'maps' });
    expect(WidgetStatusSchema.safeParse({ icon: 'maps' }).success).to.equal(false);
  });
});
