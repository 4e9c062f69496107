/** Defined names: add, find, delete; a name into a deleted sheet becomes =#REF!. */
import { ClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeExcelError, NameModel, NOT_LOADED, quoteName } from './model';
import type { FakeRange } from './range';

export class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => NameModel | undefined,
  ) {
    super(context);
  }
  isNullObject = false;
  get name(): string { return this.get('name'); }
  get formula(): string { return this.get('formula'); }
  get value(): string { return this.get('value'); }
  get type(): string { return this.get('type'); }
  get comment(): string { return this.get('comment'); }
  delete(): void {
    this.queue(() => {
      const item = this.find();
      if (!item) throw new FakeExcelError('ItemNotFound', 'The name does not exist.');
      this.context.model.names = this.context.model.names.filter((n) => n !== item);
    });
  }
  protected override readProperty(property: string): unknown {
    const item = this.find();
    if (!item) throw NOT_LOADED(property);
    switch (property) {
      case 'name': return item.name;
      case 'formula': return item.formula;
      case 'value': return item.formula.replace(/^=/, '');
      case 'type': return item.formula === '=#REF!' ? 'Error' : 'Range';
      case 'comment': return item.comment ?? '';
      default: return super.readProperty(property);
    }
  }
  override resolveLoad(): void {
    this.isNullObject = this.find() === undefined;
    if (!this.isNullObject) super.resolveLoad();
  }
}

export class FakeNamedItemCollection extends ClientObject {
  get items(): FakeNamedItem[] {
    return this.get('items');
  }
  add(name: string, reference: FakeRange | string, comment?: string): void {
    this.queue(() => {
      if (this.context.model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError('ItemAlreadyExists', `The name ${name} already exists.`);
      }
      const formula = typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : `=${quoteName(reference.sheetRef().name)}!$${reference.localAddress().replace(/(\d+)/, '$$$1').replace(':', ':$')}`;
      this.context.model.names.push(comment ? { name, formula, comment } : { name, formula });
    }, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
  }
  getItem(name: string): FakeNamedItem {
    return this.getItemOrNullObject(name);
  }
  protected override readProperty(property: string): unknown {
    const [head, child] = property.split('/');
    if (head !== 'items') return super.readProperty(property);
    return this.context.model.names.map((n) => {
      const item = new FakeNamedItem(this.context, () => this.context.model.names.find((x) => x === n));
      item.load(child ?? 'name');
      item.resolveLoad();
      return item;
    });
  }
}
