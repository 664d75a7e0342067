// Records every script error and failed resource load on the page (data-errors on <html>),
// so a headless browser test can tell that the report rendered cleanly.
(function () {
  var root = document.documentElement, errors = [];
  function note(message) { errors.push(String(message)); root.setAttribute("data-errors", errors.join("\n")); }
  window.addEventListener("error", function (e) {
    note(e.message || ("could not load " + (e.target && (e.target.src || e.target.href))));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { note(e.reason); });
  var error = console.error;
  console.error = function () { note(Array.prototype.join.call(arguments, " ")); error.apply(console, arguments); };
})();
