/**
 * SVG path data through a series' points, for each `curveType` (the d3-shape names). The
 * implemented curves follow d3-shape's definitions; closed and open variants, which make no
 * sense for one series over categories, map to their nearest open curve.
 */
import type { CurveType } from '../../schemas/widgets/index.js';

export type Point = readonly [x: number, y: number];

/** The curves drawn; every `curveType` maps onto one of them. */
export type Curve = 'linear' | 'monotoneX' | 'natural' | 'step' | 'stepBefore' | 'stepAfter' | 'basis' | 'bumpX' | 'bumpY';

const NEAREST: Readonly<Record<CurveType, Curve>> = {
  linear: 'linear',
  linearClosed: 'linear',
  monotone: 'monotoneX',
  monotoneX: 'monotoneX',
  // Categories run along x, so monotone in y would fold the line back on itself.
  monotoneY: 'monotoneX',
  natural: 'natural',
  step: 'step',
  stepBefore: 'stepBefore',
  stepAfter: 'stepAfter',
  basis: 'basis',
  basisClosed: 'basis',
  basisOpen: 'basis',
  bump: 'bumpX',
  bumpX: 'bumpX',
  bumpY: 'bumpY',
};

/** The curve drawn for a series' `curveType` (default `linear`). */
export function curveOf(type: CurveType | undefined): Curve {
  return type === undefined ? 'linear' : NEAREST[type];
}

const n = (v: number): string => String(Math.round(v * 100) / 100);
const pt = (x: number, y: number): string => `${n(x)},${n(y)}`;
const ORIGIN: Point = [0, 0];
/** `points[i]`; callers stay within bounds, the fallback only satisfies the type checker. */
const at = (points: readonly Point[], i: number): Point => points[i] ?? ORIGIN;
const num = (values: readonly number[], i: number): number => values[i] ?? 0;

function linear(points: readonly Point[]): string[] {
  return points.slice(1).map(([x, y]) => `L${pt(x, y)}`);
}

/** Consecutive pairs of points: each segment of the path. */
function segments(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).map((p, i) => [at(points, i), p]);
}

/** `t` is where the vertical step happens between two points: 0 before, 0.5 midway, 1 after. */
function step(points: readonly Point[], t: number): string[] {
  return segments(points).flatMap(([[x0], [x1, y1]]) => {
    if (t <= 0) return [`V${n(y1)}`, `H${n(x1)}`];
    if (t >= 1) return [`H${n(x1)}`, `V${n(y1)}`];
    return [`H${n(x0 * (1 - t) + x1 * t)}`, `V${n(y1)}`, `H${n(x1)}`];
  });
}

function bump(points: readonly Point[], axis: 'x' | 'y'): string[] {
  return segments(points).map(([[x0, y0], [x1, y1]]) => {
    if (axis === 'x') {
      const xm = (x0 + x1) / 2;
      return `C${pt(xm, y0)} ${pt(xm, y1)} ${pt(x1, y1)}`;
    }
    const ym = (y0 + y1) / 2;
    return `C${pt(x0, ym)} ${pt(x1, ym)} ${pt(x1, y1)}`;
  });
}

/** Uniform cubic B-spline (d3 curveBasis): smooth, passes through the first and last points only. */
function basis(points: readonly Point[]): string[] {
  if (points.length < 3) return linear(points);
  const bezier = ([ax, ay]: Point, [bx, by]: Point, [cx, cy]: Point): string =>
    `C${pt((2 * ax + bx) / 3, (2 * ay + by) / 3)} ${pt((ax + 2 * bx) / 3, (ay + 2 * by) / 3)} ${pt(
      (ax + 4 * bx + cx) / 6,
      (ay + 4 * by + cy) / 6,
    )}`;
  const [p0, p1] = [at(points, 0), at(points, 1)];
  const out = [`L${pt((5 * p0[0] + p1[0]) / 6, (5 * p0[1] + p1[1]) / 6)}`];
  for (let i = 2; i < points.length; i += 1) out.push(bezier(at(points, i - 2), at(points, i - 1), at(points, i)));
  const last = at(points, points.length - 1);
  out.push(bezier(at(points, points.length - 2), last, last), `L${pt(last[0], last[1])}`);
  return out;
}

/** Natural cubic spline (d3 curveNatural): the two control points of each segment, one coordinate. */
function naturalControls(v: readonly number[]): [number[], number[]] {
  const count = v.length - 1;
  const a = new Array<number>(count).fill(0);
  const b = new Array<number>(count).fill(0);
  const r = new Array<number>(count).fill(0);
  a[0] = 0;
  b[0] = 2;
  r[0] = num(v, 0) + 2 * num(v, 1);
  for (let i = 1; i < count - 1; i += 1) {
    a[i] = 1;
    b[i] = 4;
    r[i] = 4 * num(v, i) + 2 * num(v, i + 1);
  }
  a[count - 1] = 2;
  b[count - 1] = 7;
  r[count - 1] = 8 * num(v, count - 1) + num(v, count);
  for (let i = 1; i < count; i += 1) {
    const m = num(a, i) / num(b, i - 1);
    b[i] = num(b, i) - m;
    r[i] = num(r, i) - m * num(r, i - 1);
  }
  a[count - 1] = num(r, count - 1) / num(b, count - 1);
  for (let i = count - 2; i >= 0; i -= 1) a[i] = (num(r, i) - num(a, i + 1)) / num(b, i);
  b[count - 1] = (num(v, count) + num(a, count - 1)) / 2;
  for (let i = 0; i < count - 1; i += 1) b[i] = 2 * num(v, i + 1) - num(a, i + 1);
  return [a, b];
}

function natural(points: readonly Point[]): string[] {
  if (points.length < 3) return linear(points);
  const [ax, bx] = naturalControls(points.map((p) => p[0]));
  const [ay, by] = naturalControls(points.map((p) => p[1]));
  return points.slice(1).map(([x, y], i) => `C${pt(num(ax, i), num(ay, i))} ${pt(num(bx, i), num(by, i))} ${pt(x, y)}`);
}

const sign = (v: number): number => (v < 0 ? -1 : 1);
const slopeOf = ([x0, y0]: Point, [x1, y1]: Point): number => (x1 === x0 ? 0 : (y1 - y0) / (x1 - x0));

/**
 * Monotone cubic interpolation in x (d3 curveMonotoneX, after Steffen 1990): smooth, never
 * overshoots the data, so a peak in the data stays the peak of the line.
 */
function monotoneX(points: readonly Point[]): string[] {
  if (points.length < 3) return linear(points);
  const count = points.length;
  const tangents = new Array<number>(count).fill(0);
  for (let i = 1; i < count - 1; i += 1) {
    const [prev, here, next] = [at(points, i - 1), at(points, i), at(points, i + 1)];
    const h0 = here[0] - prev[0];
    const h1 = next[0] - here[0];
    const s0 = slopeOf(prev, here);
    const s1 = slopeOf(here, next);
    const p = (s0 * h1 + s1 * h0) / (h0 + h1 || 1);
    tangents[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  // End tangents: the one-sided estimate from the neighbouring segment and tangent.
  const end = (a: Point, b: Point, t: number): number => (b[0] === a[0] ? t : (3 * slopeOf(a, b) - t) / 2);
  tangents[0] = end(at(points, 0), at(points, 1), num(tangents, 1));
  tangents[count - 1] = end(at(points, count - 2), at(points, count - 1), num(tangents, count - 2));
  return segments(points).map(([[x0, y0], [x1, y1]], i) => {
    const dx = (x1 - x0) / 3;
    return `C${pt(x0 + dx, y0 + dx * num(tangents, i))} ${pt(x1 - dx, y1 - dx * num(tangents, i + 1))} ${pt(x1, y1)}`;
  });
}

/**
 * Path commands from the first point to the last, WITHOUT the initial move (so an area can join
 * its top and bottom edges): the caller starts with `M` (or `L`) at `points[0]`.
 */
export function curveSegments(points: readonly Point[], curve: Curve): string[] {
  if (points.length < 2) return [];
  switch (curve) {
    case 'linear':
      return linear(points);
    case 'step':
      return step(points, 0.5);
    case 'stepBefore':
      return step(points, 0);
    case 'stepAfter':
      return step(points, 1);
    case 'bumpX':
      return bump(points, 'x');
    case 'bumpY':
      return bump(points, 'y');
    case 'basis':
      return basis(points);
    case 'natural':
      return natural(points);
    case 'monotoneX':
      return monotoneX(points);
  }
}

/** A complete open path through `points`. */
export function curvePath(points: readonly Point[], curve: Curve): string {
  const first = points[0];
  if (!first) return '';
  return [`M${pt(first[0], first[1])}`, ...curveSegments(points, curve)].join('');
}

/** A closed area between `top` and `bottom` (same x positions), both drawn with `curve`. */
export function areaPath(top: readonly Point[], bottom: readonly Point[], curve: Curve): string {
  const first = top[0];
  const back = [...bottom].reverse();
  const backFirst = back[0];
  if (!first || !backFirst) return '';
  return [
    `M${pt(first[0], first[1])}`,
    ...curveSegments(top, curve),
    `L${pt(backFirst[0], backFirst[1])}`,
    ...curveSegments(back, curve),
    'Z',
  ].join('');
}
