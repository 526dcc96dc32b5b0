// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";
  // A form that came back with errors: move focus to the summary so keyboard and screen-reader users start there.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }

  var tools = document.querySelector("[data-page-tools]");
  if (!tools) { return; }
  tools.hidden = false;

  var print = tools.querySelector("[data-print]");
  if (print) { print.addEventListener("click", function () { window.print(); }); }

}());
