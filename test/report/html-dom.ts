import { DomUtils, parseDocument } from 'htmlparser2';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
export type Element = ReturnType<typeof DomUtils.findAll>[number];

/** Parses a page the way a browser tokenises it (entities decoded). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

/** Every element of the page. */
export function allElements(doc: Document): Element[] {
  return DomUtils.findAll(() => true, doc.children);
}

/** Elements by tag name. */
export function byTag(doc: Document | Element, tag: string): Element[] {
  return DomUtils.getElementsByTagName(tag, 'children' in doc ? doc.children : [], true);
}

/** Elements carrying a class. */
export function byClass(root: Document | Element, name: string): Element[] {
  return DomUtils.findAll((e) => (e.attribs.class ?? '').split(/\s+/).includes(name), root.children);
}

/** The element with an id. */
export function byId(doc: Document, id: string): Element | null {
  return DomUtils.getElementById(id, doc.children);
}

/** The text of a subtree, leaving out tooltip elements (`.tip`). */
export function textWithoutTips(node: Node): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!('children' in node)) return '';
  const el = node as Element;
  if ((el.attribs?.class ?? '').split(/\s+/).includes('tip')) return '';
  return el.children.map((c) => textWithoutTips(c as Node)).join('');
}

/** The text of a subtree. */
export function textOf(node: Document | Element): string {
  return DomUtils.textContent(node);
}
