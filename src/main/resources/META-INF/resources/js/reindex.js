// refresh while a rebuild runs, so the bar moves without a click
if (document.querySelector('.badge.warn') && !document.querySelector('.field-error')) {
  setTimeout(function () { location.reload(); }, 1500);
}
