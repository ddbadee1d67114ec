// Autosave for the listing form: a few seconds after typing stops, and when the page is left, the form is posted to
// /listings/autosave (same CSRF field as the form). Nothing is validated or published by it.
(function () {
  var form = document.getElementById('listing-form');
  if (!form || !form.dataset.key) { return; }
  var status = document.getElementById('autosave-status');
  var dirty = false, timer = null;
  function body() {
    var data = new URLSearchParams(new FormData(form));
    data.set('formKey', form.dataset.key);
    return data;
  }
  function save() {
    if (!dirty) { return; }
    dirty = false;
    fetch('/listings/autosave', { method: 'POST', body: body(), credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw r; } return r.json(); })
      .then(function (j) {
        var t = new Date(j.savedAt).toLocaleTimeString();
        status.textContent = form.dataset.savedLabel.replace('__TIME__', t);
      })
      .catch(function () { dirty = true; });
  }
  form.addEventListener('input', function () {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
  form.addEventListener('submit', function () { dirty = false; clearTimeout(timer); });
  window.addEventListener('pagehide', function () {
    if (dirty && navigator.sendBeacon) { navigator.sendBeacon('/listings/autosave', body()); }
  });
})();
