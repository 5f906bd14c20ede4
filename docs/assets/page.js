// What a page needs before a reader does anything: the print button, and the provenance
// moved to the end while the page prints (the print edition gives it before the editorial
// notes; CSS cannot move it: a flex column, which could, breaks pages badly in Chromium).
// The rest waits for the reader: the Cite control and the phone's paragraph menu
// (assets/cite.js), the previews and tooltips (assets/tooltips.js) load when a reader first
// points at, touches or focuses something, so that an article's first view stays within its
// size budget (see the README). They load as classic scripts, by <script> tag, so that they
// also load from file:// (the offline edition). Until then (or without scripts) the text has
// its numbers, links, "Also in" lines and the browser's own tooltips.
(function () {
  "use strict";
  var me = document.currentScript;
  var min = me && /\.min\.js$/.test(me.src) ? ".min." : ".";  // as the build named this one
  var ready = null;  // the promise of both scripts, once asked for
  var loaded = false;
  var last = null;  // what the reader pointed at or focused while the scripts loaded
  var phone = matchMedia("(max-width: 76.1875em)");  // where the number opens a menu (edition.css)

  function load(file) {
    return new Promise(function (resolve) {
      var css = /css$/.test(file), e = document.createElement(css ? "link" : "script");
      var url = new URL(file.replace(".", min), me ? me.src : location.href).href;
      if (css) { e.rel = "stylesheet"; e.href = url; } else { e.src = url; }
      e.onload = e.onerror = resolve;
      document.head.appendChild(e);
    });
  }

  // The styles first, so that no control shows unstyled; then what the reader is on gets
  // its tooltip, as if it had just been reached.
  function loadAll() {
    ready = ready || load("controls.css").then(function () {
      return Promise.all([load("cite.js"), load("tooltips.js")]);
    }).then(function () {
      loaded = true;
      if (last && last === document.activeElement) {
        last.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
      } else if (last && last.matches(":hover")) {
        last.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
      }
    });
    return ready;
  }

  ["pointerover", "focusin", "touchstart"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (!loaded) { last = event.target instanceof Element ? event.target : null; }
      loadAll();
    }, {passive: true});
  });

  // A tap on a paragraph number on a phone opens its menu: if the menu's script is not there
  // yet, the tap waits for it instead of following the link.
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.closest(".ed-print")) { window.print(); return; }
    var mark = target && target.closest("a.ed-pnum");
    if (!mark || loaded || !phone.matches) { return; }
    event.preventDefault();
    loadAll().then(function () { mark.click(); });
  });

  var moved = [];
  window.addEventListener("beforeprint", function () {
    // Where the paper's summaries point to: this page, as the reader's browser has it.
    document.querySelectorAll(".ed-here").forEach(function (here) {
      here.textContent = ", " + location.href.split("#")[0];
    });
    var notes = document.querySelector("details.ed-notes");
    document.querySelectorAll("details.ed-provenance").forEach(function (box) {
      if (!notes) { return; }
      moved.push([box, box.nextSibling]);
      notes.before(box);
    });
  });
  window.addEventListener("afterprint", function () {
    moved.forEach(function (place) { place[1].before(place[0]); });
    moved = [];
  });
})();
