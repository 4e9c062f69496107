/*
 * Written in the bundles' syntax (ES2020): where the engine cannot parse it (Internet Explorer
 * 11), this script does not run and old-office.js shows its message. No eval: the pane's
 * Content-Security-Policy forbids it.
 */
window.cnttModernSyntax = (() => {
  class Probe {
    value() {
      return null;
    }
  }
  const probe = new Probe();
  return probe?.value() ?? typeof (async () => 0) === 'function';
})();
