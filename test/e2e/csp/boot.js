// Runs before the bundle, as an external classic script (the page's CSP allows no inline
// script). Records every CSP / Trusted Types violation and every uncaught error in
// `window.cspReport`, and configures <chat-kit> once it is defined.
(function () {
  var report = { violations: [], errors: [] };
  window.cspReport = report;
  document.addEventListener('securitypolicyviolation', function (event) {
    report.violations.push(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber + ' ' + (event.sample || ''),
    );
  });
  window.addEventListener('error', function (event) {
    report.errors.push('error: ' + event.message);
  });
  window.addEventListener('unhandledrejection', function (event) {
    report.errors.push('unhandledrejection: ' + String(event.reason));
  });

  var directory = [
    { id: 'person_ada', title: 'Ada Lovelace', group: 'People', icon: 'profile', interactive: true },
    { id: 'person_grace', title: 'Grace Hopper', group: 'People', icon: 'profile', interactive: true },
  ];
  customElements.whenDefined('chat-kit').then(function () {
    var chat = document.querySelector('chat-kit');
    chat.addEventListener('chatkit.error', function (event) {
      report.errors.push('chatkit.error: ' + event.detail.error.message);
    });
    chat.setOptions({
      api: { url: '/chatkit' },
      startScreen: { greeting: 'Strict CSP page' },
      history: { enabled: true },
      entities: {
        showComposerMenu: true,
        onTagSearch: function (query) {
          var q = query.toLowerCase();
          return Promise.resolve(directory.filter(function (entity) { return entity.title.toLowerCase().indexOf(q) !== -1; }));
        },
      },
    });
  });
})();
