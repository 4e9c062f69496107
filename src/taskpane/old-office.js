/*
 * The pane's first script, in ES5 on purpose: Excel on Windows without Microsoft Edge WebView2
 * runs add-ins in Internet Explorer 11's engine, where the ES2020 bundles are a syntax error and
 * the pane would stay blank. This script parses there; where modern-check.js (in the bundles'
 * syntax) did not run or the browser features they use are missing, it shows the page's
 * "Excel này quá cũ…" message instead of the pane. Elsewhere it does nothing. A test parses it
 * as ES5.
 */
(function () {
  'use strict';

  /** modern-check.js, in the bundles' syntax, ran (it sets the flag) and the features they use are there. */
  function modernEnough() {
    return window.cnttModernSyntax === true && typeof Promise === 'function' && typeof Symbol === 'function' && typeof Map === 'function' && typeof Object.assign === 'function';
  }

  function showMessage() {
    if (modernEnough()) return;
    var message = document.getElementById('old-office');
    var body = document.body;
    if (!message || !body) return;
    for (var i = body.children.length - 1; i >= 0; i--) {
      if (body.children[i] !== message) body.removeChild(body.children[i]);
    }
    message.removeAttribute('hidden');
    body.setAttribute('data-state', 'old-office');
  }

  // After modern-check.js, the next script, has run (or failed to parse).
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showMessage);
  else showMessage();
})();
