/**
 * The shared runtime loads the pane's page with the workbook, pane hidden: the workbook is read
 * when the pane is shown, once, not at every start.
 */
import { whenShown } from '../../src/taskpane/visibility';

function page(visibilityState: string) {
  const listeners = new Map<string, (() => void)[]>();
  return {
    visibilityState,
    addEventListener(type: string, listener: () => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    fire(type: string) {
      for (const listener of listeners.get(type) ?? []) listener();
    },
  };
}

function office() {
  let handler: ((args: { visibilityMode: string }) => void) | undefined;
  return {
    addin: { onVisibilityModeChanged: (h: (args: { visibilityMode: string }) => void) => (handler = h) },
    show: () => handler?.({ visibilityMode: 'Taskpane' }),
    hide: () => handler?.({ visibilityMode: 'Hidden' }),
  };
}

describe('reading the workbook when the pane is shown', () => {
  it('reads at once where the pane opens visible', () => {
    const read = jest.fn();
    whenShown(office(), page('visible'), read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not read while the runtime starts hidden; reads once when Office shows the pane', () => {
    const read = jest.fn();
    const host = office();
    const view = page('hidden');
    whenShown(host, view, read);
    host.hide();
    expect(read).not.toHaveBeenCalled();
    host.show();
    host.show();
    view.fire('pointerdown');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads when the page becomes visible or is touched, where Office gives no event', () => {
    const read = jest.fn();
    const view = page('hidden');
    whenShown(undefined, view, read);
    view.fire('visibilitychange');
    expect(read).not.toHaveBeenCalled();
    view.visibilityState = 'visible';
    view.fire('visibilitychange');
    expect(read).toHaveBeenCalledTimes(1);

    const touched = jest.fn();
    const other = page('hidden');
    whenShown({ addin: {} }, other, touched);
    other.fire('keydown');
    expect(touched).toHaveBeenCalledTimes(1);
  });
});
