// Pulls a server-rendered panel (e.g. match suggestions) into a section that has data-panel; the section's link
// stays as it is when scripts are off or the request fails.
(function () {
  document.querySelectorAll('[data-panel]').forEach(function (section) {
    fetch(section.dataset.panel, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw r; } return r.text(); })
      .then(function (html) { section.innerHTML = html; })
      .catch(function () { });
  });
})();
