// "Cite" controls on numbered paragraphs: the paragraph's citation in each style the
// page carries (Chicago author-date, APA, MLA), made at build time by a CSL processor.
// The page's metadata block holds, per style, the reference and the in-text citation
// with "{n}" where the paragraph number goes (data-style-N, data-ref-N, data-in-text-N);
// this script only fills in the number and the paragraph's address, and copies.
// Progressive enhancement: without it every paragraph still has its number, a link to
// the paragraph, and "Cite this text" at the top of the page lists the references.
(function () {
  "use strict";

  function styles(meta) {
    var found = [];
    for (var i = 1; meta["style-" + i]; i++) {  // data-style-1 is dataset["style-1"]
      found.push({ name: meta["style-" + i], ref: meta["ref-" + i], inText: meta["inText-" + i] });
    }
    return found;
  }

  function copyButton(text, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ed-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", label);
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = "Copied";
        }, function () { button.textContent = "Copy"; });
      }
    });
    return button;
  }

  function citations(meta, number, id) {
    var url = location.href.split("#")[0] + "#" + id;
    var out = document.createElement("output");
    out.className = "ed-citation";
    out.setAttribute("aria-live", "polite");
    styles(meta).forEach(function (style) {
      var inText = style.inText.split("{n}").join(number);
      var reference = style.ref + " " + url;
      var row = document.createElement("span");
      row.className = "ed-citation-style";
      var name = document.createElement("strong");
      name.textContent = style.name + ": ";
      var text = document.createElement("span");
      text.textContent = inText + " " + reference;
      row.append(name, text, " ", copyButton(inText + "\n" + reference, "Copy the " + style.name + " citation"));
      out.appendChild(row);
    });
    return out;
  }

  function setUp() {
    var holder = document.querySelector(".ed-meta[data-style-1]");
    if (!holder) { return; }
    var meta = holder.dataset;
    document.querySelectorAll("p.ed-para").forEach(function (para) {
      if (para.querySelector(".ed-cite")) { return; }
      var mark = para.querySelector("a.ed-pnum");
      var number = mark ? mark.textContent : para.id.slice(1);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ed-cite";
      button.textContent = "Cite";
      button.setAttribute("aria-label", "Cite paragraph " + number);
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", function () {
        var shown = para.querySelector("output.ed-citation");
        if (shown) {
          shown.remove();
          button.setAttribute("aria-expanded", "false");
          return;
        }
        para.appendChild(citations(meta, number, para.id));
        button.setAttribute("aria-expanded", "true");
      });
      (mark || para.firstChild).after(button);
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);  // Material's page-load observable
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
