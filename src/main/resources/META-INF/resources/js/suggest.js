// Type-ahead for search boxes: after a short pause, fill the box's datalist from /api/v1/search/suggest.
(function () {
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null, last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var prefix = input.value.trim();
      if (!prefix || prefix === last || prefix.length > 30) { return; }
      timer = setTimeout(function () {
        last = prefix;
        fetch(input.dataset.suggest + '?prefix=' + encodeURIComponent(prefix))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (words) {
            list.replaceChildren.apply(list, words.map(function (w) {
              var option = document.createElement('option');
              option.value = w;
              return option;
            }));
          })
          .catch(function () { });
      }, 200);
    });
  });
})();
