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

  var target = document.querySelector("[data-resizable]");
  var key = "publicsite-font-step";
  function apply(step) {
    step = Math.max(-1, Math.min(3, step));
    if (target) { target.style.fontSize = (100 + step * 12.5) + "%"; }
    try { localStorage.setItem(key, String(step)); } catch (e) { /* private mode */ }
    return step;
  }
  var current = 0;
  try { current = parseInt(localStorage.getItem(key) || "0", 10) || 0; } catch (e) { current = 0; }
  current = apply(current);
  tools.querySelectorAll("[data-font-size]").forEach(function (button) {
    button.addEventListener("click", function () {
      var delta = parseInt(button.getAttribute("data-font-size"), 10);
      current = apply(delta === 0 ? 0 : current + delta);
    });
  });
}());
