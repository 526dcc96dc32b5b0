// Markdown toolbar and paste-as-Markdown for the body textarea; link-field search. Progressive enhancement only:
// without this script the textarea and the link fields' own lists work as they are.
(function () {
  "use strict";

  function wrap(area, before, after, placeholder) {
    var start = area.selectionStart, end = area.selectionEnd;
    var selected = area.value.slice(start, end) || placeholder;
    area.setRangeText(before + selected + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + selected.length);
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // Prefixes every selected line (or the current one): "## ", "- ", "1. ".
  function prefixLines(area, prefix, numbered) {
    var value = area.value;
    var start = value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var endIndex = value.indexOf("\n", area.selectionEnd);
    var end = endIndex === -1 ? value.length : endIndex;
    var lines = value.slice(start, end).split("\n").map(function (line, i) {
      return (numbered ? (i + 1) + ". " : prefix) + line;
    });
    area.setRangeText(lines.join("\n"), start, end, "select");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function insertBlock(area, text) {
    var start = area.selectionStart;
    var lead = start > 0 && area.value.charAt(start - 1) !== "\n" ? "\n\n" : "";
    area.setRangeText(lead + text + "\n", start, area.selectionEnd, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function image(area, text) {
    var picker = window.PublicSiteMediaPicker;
    if (picker && typeof picker.open === "function") {
      var lang = document.documentElement.lang.indexOf("pt") === 0 ? "pt" : "zh";
      Promise.resolve(picker.open({ kind: "image" })).then(function (picked) {
        if (!picked) { area.focus(); return; }
        var alt = (picked.alt && (picked.alt[lang] || picked.alt.zh || picked.alt.pt)) || "";
        insertBlock(area, "![" + alt.replace(/[\[\]]/g, "") + "](" + picked.url + ")");
      });
      return;
    }
    insertBlock(area, "![" + text.imageAlt + "](/media/files/)");
  }

  function enhanceBody(area) {
    var template = document.getElementById("markdown-toolbar");
    if (!template) { return; }
    var toolbar = template.content.firstElementChild.cloneNode(true);
    var text = toolbar.dataset;
    area.parentNode.insertBefore(toolbar, area);
    var actions = {
      bold: function () { wrap(area, "**", "**", text.boldText); },
      heading: function () { prefixLines(area, "## "); },
      bullets: function () { prefixLines(area, "- "); },
      numbers: function () { prefixLines(area, "", true); },
      link: function () { wrap(area, "[", "](https://)", text.linkText); },
      table: function () { insertBlock(area, text.tableHeader + "\n| --- | --- |\n|  |  |"); },
      image: function () { image(area, text); }
    };
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button && actions[button.dataset.action]) { actions[button.dataset.action](); }
    });
    // Ctrl/Cmd+B bolds, as in every word processor.
    area.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "b") {
        event.preventDefault();
        actions.bold();
      }
    });
    if (window.TurndownService) {
      var service = new window.TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced" });
      if (window.turndownPluginGfm) { service.use(window.turndownPluginGfm.gfm); }
      // Word's clipboard carries styles and conditional comments; only the structure becomes Markdown.
      service.remove(["style", "script", "meta", "link", "title"]);
      area.addEventListener("paste", function (event) {
        var html = event.clipboardData && event.clipboardData.getData("text/html");
        if (!html) { return; }
        event.preventDefault();
        var markdown = service.turndown(html.replace(/<!--[\s\S]*?-->/g, "")).trim();
        area.setRangeText(markdown, area.selectionStart, area.selectionEnd, "end");
        area.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
  }

  // A link field's list follows what is typed: published items by title or 索引号 from the manager's search.
  function enhanceLink(field) {
    var input = field.querySelector("input[list]");
    var list = field.querySelector("datalist");
    var url = field.dataset.picker;
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(url + "&q=" + encodeURIComponent(input.value), { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) {
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.key;
              option.textContent = item.title + (item.indexNumber ? " · " + item.indexNumber : "");
              return option;
            }));
          })
          .catch(function () { /* the list keeps what it had; typing a 索引号 still works */ });
      }, 250);
    });
  }

  var body = document.getElementById("field-body");
  if (body) { enhanceBody(body); }
  Array.prototype.forEach.call(document.querySelectorAll("[data-picker]"), enhanceLink);
}());
