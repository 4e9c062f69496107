/**
 * A few DOM helpers. Text from workbooks only ever goes in through textContent, never as HTML.
 */
type Child = Node | string | null | undefined | false;

/**
 * A child, or a list of them. A list is appended one by one: spread into a call (`f(...list)`)
 * a list of a few hundred thousand (an issue per agency, an option per agency) overflows the stack.
 */
export type Children = Child | readonly Child[];

function appendAll(parent: ParentNode, children: readonly Children[]): void {
  const append = (child: Child) => {
    if (child) parent.append(child);
  };
  for (const child of children) {
    if (Array.isArray(child)) (child as readonly Child[]).forEach(append);
    else append(child as Child);
  }
}

function fragmentOf(children: readonly Children[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  appendAll(fragment, children);
  return fragment;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string>; onClick?: () => void } = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) element.addEventListener('click', props.onClick);
  appendAll(element, children);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

export function replaceChildren(parent: ParentNode, ...children: Children[]): void {
  parent.replaceChildren(fragmentOf(children));
}

/** `node` replaced by the children, in its place. */
export function replaceWith(node: ChildNode, ...children: Children[]): void {
  node.replaceWith(fragmentOf(children));
}
