// DOM building without innerHTML: every text goes through textContent, so user data stays text.

type Enfant = Node | string | null | undefined | false;

/** Creates an element with attributes (strings set with setAttribute) and children (strings as text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Enfant[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces the children of the element with this id. */
export function fill(id: string, ...children: Enfant[]): HTMLElement {
  const node = byId(id);
  node.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return node;
}

/** The element with this id (the page's skeleton is static, so it exists). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Élément #${id} absent du panneau.`);
  return node as T;
}

/** Announces a message in the live region (read by screen readers), styled by kind. */
export function announce(message: string, kind: 'info' | 'succes' | 'erreur' = 'info'): void {
  const zone = byId('annonce');
  zone.textContent = message;
  zone.className = `annonce ${kind}`;
  zone.hidden = message === '';
}
