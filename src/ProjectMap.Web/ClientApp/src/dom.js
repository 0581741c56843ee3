// Small DOM helpers shared by the viewer's pages.

/** The element with an id. */
export const $ = (id) => document.getElementById(id);

/**
 * Creates an element: attributes (class, on<event> handlers, boolean true = empty attribute, false/null/undefined =
 * absent) and children (nodes or text, arrays flattened, null skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children (text children become text nodes). */
export function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
