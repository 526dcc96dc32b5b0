// The media picker: progressive enhancement of the editor's media selects (which work without it).
// Contract for other scripts (e.g. the Markdown toolbar):
//   window.PublicSiteMediaPicker.open({ kind: 'image' | 'file' })
//     → Promise<{ id, url, alt: { zh, pt }, width, height } | null>   (null when cancelled)
(function () {
  "use strict";
  var endpoint = "/manager/media/pick";
  var text = {};
  var template = document.getElementById("media-picker-text");
  if (template) {
    Array.prototype.forEach.call(template.content.querySelectorAll("[data-key]"), function (span) {
      text[span.getAttribute("data-key")] = span.textContent;
    });
  }
  function t(key) { return text[key] || key; }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") { node.textContent = attrs[name]; } else { node.setAttribute(name, attrs[name]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }
  function token() {
    var input = document.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }
  function result(file) {
    return { id: file.id, url: file.url, alt: { zh: file.alt.zh, pt: file.alt.pt }, width: file.width, height: file.height, name: file.name, thumb: file.thumb };
  }

  function open(options) {
    var kind = options && options.kind === "image" ? "image" : "file";
    return new Promise(function (resolve) {
      var done = false;
      var search = el("input", { type: "search", id: "media-picker-q" });
      var folder = el("select", { id: "media-picker-folder" }, [el("option", { value: "", text: t("AllFolders") })]);
      var status = el("p", { "class": "hint", role: "status", "aria-live": "polite" });
      var list = el("ul", { "class": "media-grid", id: "media-picker-results" });
      var upload = el("input", { type: "file", id: "media-picker-file" });
      var uploadFolder = el("input", { id: "media-picker-upload-folder", value: kind === "image" ? "images" : "files" });
      var uploadButton = el("button", { type: "button", text: t("Upload") });
      var cancel = el("button", { type: "button", "class": "link-button", text: t("Cancel") });
      var heading = el("h2", { id: "media-picker-heading", text: t("PickerTitle") });
      var dialog = el("dialog", { "class": "media-picker", "aria-labelledby": "media-picker-heading" }, [
        heading,
        el("div", { "class": "filters" }, [
          el("div", { "class": "filter" }, [el("label", { "for": "media-picker-q", text: t("Search") }), search]),
          el("div", { "class": "filter" }, [el("label", { "for": "media-picker-folder", text: t("Folder") }), folder])
        ]),
        status, list,
        el("fieldset", { "class": "media-upload" }, [
          el("legend", { text: t("UploadHere") }),
          el("label", { "for": "media-picker-file", text: t("UploadHere") }), upload,
          el("label", { "for": "media-picker-upload-folder", text: t("UploadFolder") }), uploadFolder,
          uploadButton
        ]),
        el("p", { "class": "toolbar" }, [cancel])
      ]);
      function finish(value) {
        if (done) { return; }
        done = true;
        dialog.close();
        dialog.remove();
        resolve(value);
      }
      function show(files) {
        list.textContent = "";
        status.textContent = files.length === 0 ? t("NoResults") : "";
        files.forEach(function (file) {
          var button = el("button", { type: "button", "class": "media-option", "data-id": file.id }, [
            file.thumb ? el("img", { src: file.thumb, alt: "", loading: "lazy", width: "160", height: "107" }) : el("span", { "class": "media-file-icon", text: (file.name.split(".").pop() || "").toUpperCase() }),
            el("span", { "class": "media-name", text: file.name }),
            el("span", { "class": "item-meta", text: file.folder })
          ]);
          button.addEventListener("click", function () { finish(result(file)); });
          list.appendChild(el("li", {}, [button]));
        });
      }
      var pending = 0;
      function load() {
        var query = "?handler=List&kind=" + kind + "&q=" + encodeURIComponent(search.value) + "&folder=" + encodeURIComponent(folder.value);
        var mine = ++pending;
        status.textContent = t("Loading");
        fetch(endpoint + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            if (mine !== pending) { return; }
            if (folder.options.length === 1) {
              data.folders.forEach(function (name) { folder.appendChild(el("option", { value: name, text: name })); });
            }
            show(data.files);
          });
      }
      var timer;
      search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(load, 200); });
      folder.addEventListener("change", load);
      uploadButton.addEventListener("click", function () {
        if (!upload.files || upload.files.length === 0) { upload.focus(); return; }
        var form = new FormData();
        form.append("file", upload.files[0]);
        form.append("folder", uploadFolder.value);
        form.append("__RequestVerificationToken", token());
        status.textContent = t("Loading");
        fetch(endpoint + "?handler=Upload&kind=" + kind, { method: "POST", body: form, credentials: "same-origin" })
          .then(function (response) { return response.json().then(function (data) { return { ok: response.ok, data: data }; }); })
          .then(function (answer) {
            if (answer.ok) { finish(result(answer.data)); } else { status.textContent = t("UploadFailed") + answer.data.error; }
          });
      });
      cancel.addEventListener("click", function () { finish(null); });
      dialog.addEventListener("close", function () { finish(null); });
      document.body.appendChild(dialog);
      dialog.showModal();
      search.focus();
      load();
    });
  }

  window.PublicSiteMediaPicker = { open: open };

  function choose(field, picked) {
    var select = field.querySelector("[data-media-select]");
    var option = Array.prototype.find.call(select.options, function (o) { return o.value === picked.id; });
    if (!option) {
      option = el("option", { value: picked.id, text: picked.name || picked.id });
      select.appendChild(option);
    }
    select.value = picked.id;
    var thumb = field.querySelector("[data-media-thumb]");
    if (thumb && picked.thumb) { thumb.src = picked.thumb; thumb.hidden = false; }
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }
  function enhance(field) {
    var button = field.querySelector("[data-media-pick]");
    if (!button) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      open({ kind: field.getAttribute("data-kind") }).then(function (picked) {
        if (picked) { choose(field, picked); }
        button.focus();
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-media-field]"), enhance);

  Array.prototype.forEach.call(document.querySelectorAll("[data-attachment-rows]"), function (rows) {
    var add = rows.querySelector("[data-add-attachment]");
    var listNode = rows.querySelector(".attachment-list");
    add.hidden = false;
    add.addEventListener("click", function () {
      var items = listNode.querySelectorAll(".attachment-row");
      var last = items[items.length - 1];
      var index = items.length;
      var copy = last.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll("[name]"), function (input) {
        input.name = input.name.replace(/\.\d+\./, "." + index + ".");
        input.value = "";
      });
      Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (node) { node.id = node.id.replace(/(-\d+)?(-title|-titlePt)?$/, "-" + index + "$2"); });
      Array.prototype.forEach.call(copy.querySelectorAll("label[for]"), function (label) { label.htmlFor = label.htmlFor.replace(/(-\d+)?(-title|-titlePt)?$/, "-" + index + "$2"); });
      var legend = copy.querySelector("legend");
      if (legend) { legend.textContent = legend.textContent.replace(/\d+/, String(index + 1)); }
      listNode.appendChild(copy);
      enhance(copy);
      copy.querySelector("select").focus();
    });
  });

  // The body's insert bar: an image as ![alt](url) with the alt text of the page's language, a file (a PDF…) as a
  // [name](url) link the editor may reword.
  Array.prototype.forEach.call(document.querySelectorAll("[data-media-insert-bar]"), function (bar) {
    bar.hidden = false;
    Array.prototype.forEach.call(bar.querySelectorAll("[data-media-insert]"), function (button) {
      var area = document.getElementById(button.getAttribute("data-media-insert"));
      var language = button.getAttribute("data-language") === "pt" ? "pt" : "zh";
      var kind = button.getAttribute("data-kind") === "file" ? "file" : "image";
      button.addEventListener("click", function () {
        open({ kind: kind }).then(function (picked) {
          if (picked && area) {
            var markdown = kind === "image"
              ? "![" + (picked.alt[language] || "").replace(/[\[\]]/g, "") + "](" + picked.url + ")"
              : "[" + (picked.name || picked.url).replace(/[\[\]]/g, "") + "](" + picked.url + ")";
            var start = area.selectionStart, end = area.selectionEnd;
            area.value = area.value.slice(0, start) + markdown + area.value.slice(end);
            area.selectionStart = area.selectionEnd = start + markdown.length;
            area.dispatchEvent(new Event("input", { bubbles: true }));
            area.focus();
          } else {
            button.focus();
          }
        });
      });
    });
  });
}());
