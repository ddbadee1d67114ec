// on a phone the filters start folded, so the hits come first
if (window.matchMedia('(max-width: 720px)').matches) {
  var facets = document.querySelector('.facets details');
  if (facets) { facets.removeAttribute('open'); }
}
