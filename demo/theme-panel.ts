import type { ColorScheme, ThemeOption } from '../src/index.js';

/** The demo's theme editor: a plain form whose state is turned into a `ThemeOption`. */
export interface ThemePanel {
  /** The theme object the form describes right now. */
  readonly theme: ThemeOption;
  /**
   * Sets the colour scheme from outside (the Dark checkbox, the header's theme button). It does
   * not call `onChange`: the caller already applies the new options itself.
   */
  setScheme(scheme: ColorScheme): void;
}

type Field = HTMLInputElement | HTMLSelectElement;

const SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'auto'];
const RADII = ['pill', 'round', 'soft', 'sharp'] as const;
const DENSITIES = ['compact', 'normal', 'spacious'] as const;
const BASE_SIZES = [14, 15, 16, 17, 18] as const;
const LEVELS = [0, 1, 2, 3] as const;
const TINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const SHADES = [-4, -3, -2, -1, 0, 1, 2, 3, 4] as const;

/** `value` if it is one of `allowed`, else `undefined` (the form's "Default" choices are ""). */
function pick<T extends string | number>(allowed: readonly T[], value: string | number): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * Wires the theme form: every edit rebuilds the theme, shows it as JSON in `output` and hands it
 * to `onChange`. The form's own reset restores the markup's defaults.
 */
export function mountThemePanel(form: HTMLFormElement, output: HTMLElement, onChange: (theme: ThemeOption) => void): ThemePanel {
  const field = (name: string): Field => {
    const element = form.elements.namedItem(name);
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) return element;
    throw new Error(`theme panel: no field "${name}"`);
  };
  const checked = (name: string): boolean => (field(name) as HTMLInputElement).checked;
  const int = (name: string): number => Number.parseInt(field(name).value, 10);

  const read = (): ThemeOption => {
    const theme: ThemeOption = { colorScheme: pick(SCHEMES, field('colorScheme').value) ?? 'light' };
    const radius = pick(RADII, field('radius').value);
    if (radius) theme.radius = radius;
    const density = pick(DENSITIES, field('density').value);
    if (density) theme.density = density;

    const baseSize = pick(BASE_SIZES, int('baseSize'));
    const fontFamily = field('fontFamily').value;
    if (baseSize !== undefined || fontFamily) {
      theme.typography = {
        ...(baseSize !== undefined ? { baseSize } : {}),
        ...(fontFamily ? { fontFamily } : {}),
      };
    }

    const color: NonNullable<ThemeOption['color']> = {};
    if (checked('accentOn')) {
      color.accent = { primary: field('accentPrimary').value, level: pick(LEVELS, int('accentLevel')) ?? 1 };
    }
    if (checked('grayscaleOn')) {
      color.grayscale = {
        hue: Math.min(360, Math.max(0, int('grayHue'))),
        tint: pick(TINTS, int('grayTint')) ?? 0,
        shade: pick(SHADES, int('grayShade')) ?? 0,
      };
    }
    if (checked('surfaceOn')) {
      color.surface = { background: field('surfaceBackground').value, foreground: field('surfaceForeground').value };
    }
    if (Object.keys(color).length > 0) theme.color = color;
    return theme;
  };

  let theme = read();

  /** Mirrors the form in the page: slider read-outs, optional groups enabled, the JSON. */
  const reflect = (): void => {
    for (const out of form.querySelectorAll('output')) {
      const source = form.querySelector<HTMLInputElement>(`#${out.htmlFor.value}`);
      if (source) out.value = source.value;
    }
    // A fieldset's first legend stays enabled when the fieldset is not, so its checkbox still works.
    for (const fieldset of form.querySelectorAll('fieldset')) {
      const toggle = fieldset.querySelector<HTMLInputElement>('legend input[type="checkbox"]');
      if (toggle) fieldset.disabled = !toggle.checked;
    }
    output.textContent = JSON.stringify(theme, null, 2);
  };

  const update = (): void => {
    theme = read();
    reflect();
    onChange(theme);
  };

  // `input` fires for every kind of field here (selects, checkboxes, sliders while dragging, colours).
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  // `reset` fires before the fields are restored; read them once they are.
  form.addEventListener('reset', () => {
    setTimeout(update);
  });
  reflect();

  return {
    get theme() {
      return theme;
    },
    setScheme(scheme) {
      field('colorScheme').value = scheme;
      theme = read();
      reflect();
    },
  };
}

/** Copies the theme JSON to the clipboard, selecting it instead where the clipboard is refused. */
export async function copyText(source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(source.textContent);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return false;
  }
}
