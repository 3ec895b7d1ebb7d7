// Checks that the page's policy is in force: an inline script and eval must both be refused
// (and reported to boot.js's `securitypolicyviolation` listener).
(function () {
  var probe = { inlineRan: false, evalRan: false };
  window.cspProbe = probe;
  window.markInlineRan = function () {
    probe.inlineRan = true;
  };
  try {
    var script = document.createElement('script');
    script.textContent = 'window.markInlineRan()';
    document.head.append(script);
  } catch {
    // Trusted Types refuses the plain string before CSP is even asked.
  }
  try {
    probe.evalRan = (0, eval)('true') === true;
  } catch {
    // No 'unsafe-eval'.
  }
})();
