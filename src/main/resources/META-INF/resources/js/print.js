// A button marked data-print prints the page (no inline handlers: the pages' CSP allows scripts from files only).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
