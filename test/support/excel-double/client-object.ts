/** The base of every proxy: load, sync-time snapshots of loaded properties, queued operations. */
import type { FakeRequestContext } from './context';
import { FakeExcelError, NOT_LOADED } from './model';

export function jsonBytes(value: unknown): number {
  if (value instanceof ClientObject) return value.responseBytes();
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + jsonBytes(v) + 1, 2);
  if (typeof value === 'string') return value.length + 2;
  return String(value).length;
}

export class ClientObject {
  protected loaded = new Map<string, unknown>();
  private requested = new Set<string>();
  private previousLoad = new Map<string, unknown>();

  /** A failed sync delivers nothing: the properties are as they were before it. */
  discardLoad(): void {
    this.loaded = this.previousLoad;
  }

  /** What the loaded properties weigh in a response, about as JSON. */
  responseBytes(): number {
    let bytes = 0;
    for (const value of this.loaded.values()) bytes += jsonBytes(value);
    return bytes;
  }

  constructor(protected readonly context: FakeRequestContext) {}

  load(properties?: string | string[] | Record<string, unknown>): this {
    const list = typeof properties === 'string' ? properties.split(',') : Array.isArray(properties) ? properties : Object.keys(properties ?? {});
    for (const p of list) this.requested.add(p.trim());
    this.context.pendingLoads.push(this);
    return this;
  }

  /** Called at sync: snapshot the requested properties ("items/name" loads items with their names). */
  resolveLoad(): void {
    this.previousLoad = new Map(this.loaded);
    const byHead = new Map<string, string[]>();
    for (const property of this.requested) {
      // isNullObject is kept by each *OrNullObject proxy itself.
      if (property === 'isNullObject') continue;
      const [head, child] = property.split('/');
      const children = byHead.get(head) ?? [];
      if (child) children.push(child);
      byHead.set(head, children);
    }
    for (const [head, children] of byHead) {
      this.loaded.set(head, this.readProperty(children.length ? `${head}/${children.join(',')}` : head));
    }
    this.requested.clear();
  }

  protected readProperty(property: string): unknown {
    throw new FakeExcelError('InvalidArgument', `${this.constructor.name} cannot load ${property}`);
  }

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw NOT_LOADED(property);
    return this.loaded.get(property) as T;
  }

  protected queue(run: () => void, payload: unknown = null): void {
    this.context.queue(run, payload);
  }
}
