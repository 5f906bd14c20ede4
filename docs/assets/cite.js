// "Cite" controls on numbered paragraphs: the paragraph's citation in each style the
// page carries (Chicago author-date, APA, MLA), made at build time by a CSL processor.
// The page's metadata block holds, per style, the reference and the in-text citation
// with "{n}" where the paragraph number goes (data-style-N, data-ref-N, data-in-text-N);
// this script only fills in the number and the paragraph's address, and copies.
// On a phone the paragraph number opens a small menu instead (copy link, cite, also in);
// on a wide screen it stays a plain link, with Cite and "Also in" in the margin (edition.css).
// Progressive enhancement: without it every paragraph still has its number, a link to
// the paragraph, "Also in" under it, and "Cite this text" at the end lists the references.
// assets/page.js loads it when a reader first points at, touches or focuses something.
(function () {
  "use strict";

  function styles(meta) {
    var found = [];
    for (var i = 1; meta["style-" + i]; i++) {  // data-style-1 is dataset["style-1"]
      found.push({ name: meta["style-" + i], ref: meta["ref-" + i], inText: meta["inText-" + i] });
    }
    return found;
  }

  // One polite status message for the page: what a copy did, for screen readers.
  var status = null;
  function announce(message) {
    if (!status) {
      status = document.createElement("span");
      status.className = "ed-sr-only";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = message;
  }

  function copyButton(text, row, styleName) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ed-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the " + styleName + " citation");
    function select() {  // no clipboard (a plain-http host, a denied permission): select it to copy by hand
      var range = document.createRange();
      range.selectNodeContents(row.querySelector(".ed-citation-text"));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      button.textContent = "Selected";
      announce("The " + styleName + " citation is selected: copy it with your keyboard.");
    }
    button.addEventListener("click", function () {
      if (!(navigator.clipboard && window.isSecureContext)) { select(); return; }
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = "Copied";
        announce("Copied the " + styleName + " citation.");
      }, select);
    });
    return button;
  }

  // The paragraph's published address, labelled as this edition's (the references describe
  // the original). Only a site built with its address (SITE_URL) has one: none is made up
  // from where the page happens to be read (a file on disk, a preview server).
  function address(id) {
    var canonical = document.querySelector("link[rel=canonical]");
    return canonical ? " Reader’s edition: " + canonical.href.split("#")[0] + "#" + id : "";
  }

  function citations(meta, number, id) {
    var out = document.createElement("output");
    out.className = "ed-citation";
    out.id = id + "-citations";
    out.setAttribute("aria-live", "polite");
    styles(meta).forEach(function (style) {
      var inText = style.inText.split("{n}").join(number);
      var reference = style.ref + address(id);
      var row = document.createElement("span");
      row.className = "ed-citation-style";
      var name = document.createElement("strong");
      name.textContent = style.name + ": ";
      var text = document.createElement("span");
      text.className = "ed-citation-text";
      text.textContent = inText + " " + reference;
      row.append(name, text, " ");
      row.appendChild(copyButton(inText + "\n" + reference, row, style.name));
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
        var out = citations(meta, number, para.id);
        out.addEventListener("keydown", function (event) {  // Escape closes, back to the Cite button
          if (event.key === "Escape") { button.click(); (button.offsetParent ? button : mark || button).focus(); }
        });
        para.appendChild(out);
        button.setAttribute("aria-controls", out.id);
        button.setAttribute("aria-expanded", "true");
        out.querySelector("button.ed-copy").focus();  // the citations are next, whatever links lie between
      });
      (mark || para.firstChild).after(button);
      if (mark) { mark.addEventListener("click", function (event) { paragraphMenu(event, para, mark, button); }); }
    });
  }

  function item(label, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", action);
    return button;
  }

  // The phone's menu of a paragraph, opened and closed from its number.
  function paragraphMenu(event, para, mark, cite) {
    if (!window.matchMedia("(max-width: 76.1875em)").matches) { return; }  // wide: the number is a link
    event.preventDefault();
    var open = document.getElementById(para.id + "-menu");
    function close() { open.remove(); mark.setAttribute("aria-expanded", "false"); mark.focus(); }
    if (open) { close(); return; }
    open = document.createElement("span");
    open.className = "ed-pmenu";
    open.id = para.id + "-menu";
    open.setAttribute("role", "group");
    open.setAttribute("aria-label", "Paragraph " + mark.textContent);
    open.append(item("Copy link", function () {
      var url = location.href.split("#")[0] + "#" + para.id;
      function shown() { location.hash = para.id; announce("The address bar shows the link to paragraph " + mark.textContent + "."); }
      if (!(navigator.clipboard && window.isSecureContext)) { shown(); return; }
      navigator.clipboard.writeText(url).then(function () { announce("Copied the link to paragraph " + mark.textContent + "."); }, shown);
    }), item("Cite", function () { cite.click(); }));
    var also = para.nextElementSibling;
    if (also && also.classList.contains("ed-also")) {
      var links = document.createElement("span");
      links.className = "ed-pmenu-also";
      links.innerHTML = also.innerHTML;  // the build's own markup: the links and their previews
      open.appendChild(links);
    }
    open.addEventListener("keydown", function (e) { if (e.key === "Escape") { close(); } });
    mark.after(open);
    mark.setAttribute("aria-controls", open.id);
    mark.setAttribute("aria-expanded", "true");
    open.querySelector("button").focus();
  }

  // Loaded after the page (by assets/page.js) or with it.
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);  // Material's page-load observable (it replays the current page)
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
