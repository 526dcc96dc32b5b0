// Progressive enhancement of the editor and review screens; without it the explicit Save and the confirmation pages do the same work.
(function () {
  "use strict";
  var leaving = false;

  // Autosave: every 30 s, only when the form changed since the last save or autosave. Never publishes: the server
  // keeps it as the editor's working copy beside the saved text.
  var form = document.querySelector("form[data-autosave]");
  if (form) {
    var serialize = function () {
      var data = new FormData(form);
      data.delete("__RequestVerificationToken");
      return new URLSearchParams(data).toString();
    };
    var saved = serialize();
    var sent = saved;
    var status = form.querySelector(".autosave-status");
    var interval = parseInt(form.getAttribute("data-autosave-interval") || "30000", 10);
    form.addEventListener("submit", function () { leaving = true; });
    window.addEventListener("beforeunload", function (event) {
      if (!leaving && serialize() !== saved) {
        event.preventDefault();
        event.returnValue = form.getAttribute("data-leave-text") || "";
      }
    });
    window.setInterval(function () {
      var now = serialize();
      if (now === sent) { return; }
      var body = new FormData(form);
      body.delete("action");
      fetch(form.getAttribute("data-autosave"), { method: "POST", body: body, credentials: "same-origin" }).then(function (response) {
        if (!response.ok) { return; }
        sent = now;
        if (status) {
          var time = new Date().toTimeString().slice(0, 5);
          status.textContent = (form.getAttribute("data-autosaved-text") || "").replace("{0}", time);
        }
      });
    }, interval);
  }

  // Destructive actions: the confirmation page's own form, opened in a dialog; Cancel closes it, the buttons post it.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-confirm]");
    if (!link || typeof HTMLDialogElement === "undefined") { return; }
    event.preventDefault();
    fetch(link.href, { credentials: "same-origin" }).then(function (response) { return response.text(); }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var confirmForm = page.querySelector("form.confirm-form");
      if (!confirmForm) { window.location.href = link.href; return; }
      var dialog = document.createElement("dialog");
      dialog.className = "confirm-dialog";
      dialog.setAttribute("aria-labelledby", "confirm-dialog-heading");
      var heading = document.createElement("h2");
      heading.id = "confirm-dialog-heading";
      heading.textContent = (page.querySelector("main h1") || {}).textContent || "";
      confirmForm.setAttribute("action", link.href);
      dialog.appendChild(heading);
      dialog.appendChild(document.importNode(confirmForm, true));
      dialog.querySelectorAll("a.button-link").forEach(function (cancel) {
        cancel.addEventListener("click", function (e) { e.preventDefault(); dialog.close(); });
      });
      dialog.addEventListener("close", function () { dialog.remove(); link.focus(); });
      dialog.querySelector("form").addEventListener("submit", function () { leaving = true; });
      document.body.appendChild(dialog);
      dialog.showModal();
    });
  });
}());
