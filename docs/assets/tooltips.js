// Tooltips for glossary links, acronyms and other titled marks in the text, and previews
// of the places links lead to: the build writes each preview into the link's title (a
// paragraph's citation label and opening words, a glossary entry's short definition, an
// event's title and date), so that it shows in place, offline too, without a fetch.
//
// Material's `content.tooltips` builds a tooltip for every titled element while the
// page loads, which on the long pages of this edition blocks a phone's main thread
// for up to two seconds. This script draws the same Material tooltip (its markup,
// classes and CSS variables) for one element at a time, when a reader points at it
// or moves the keyboard focus to it: nothing is done until then.
// Without this script the browser's own tooltip shows the same `title` text.
// A paragraph's number has no title (one per paragraph weighs on the page's first view):
// its tooltip, "Paragraph N: link to this paragraph", is made here.
// assets/page.js loads this script when a reader first points at, touches or focuses something.
(function () {
  "use strict";

  var SCOPE = ".md-content [title], .md-content a.ed-pnum";
  var tip = null;      // the one tooltip element, made on first use
  var host = null;     // the element whose title is showing
  var title = "";
  var byFocus = false; // a tooltip the keyboard opened closes only by the keyboard (focus away, Escape)
  var later = 0;       // a pointer's tooltip closes a moment after the pointer leaves, so that it can be reached

  function tooltip() {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "md-tooltip2 md-tooltip2--bottom";
      tip.id = "ed-tooltip";
      tip.setAttribute("role", "tooltip");
      var inner = document.createElement("div");
      inner.className = "md-tooltip2__inner md-typeset";
      tip.appendChild(inner);
      document.body.appendChild(tip);
    }
    return tip;
  }

  function show(element) {
    clearTimeout(later);
    if (element === host) { return; }
    hide();
    host = element;
    title = element.getAttribute("title") || "";
    // The title moves into the tooltip while it shows, so that the browser does
    // not draw its own tooltip on top; it is put back on hide().
    element.removeAttribute("title");
    element.setAttribute("aria-describedby", "ed-tooltip");
    var t = tooltip();
    // Another page's paragraph: its opening words, after the link's text (its citation label).
    t.firstChild.textContent = element.classList.contains("ed-pnum")
      ? "Paragraph " + element.textContent + ": link to this paragraph"
      : /.#p\d+$/.test(element.getAttribute("href") || "")
        ? (element.getAttribute("aria-label") || element.textContent) + ": " + title : title;
    // A link's title is a preview of where it leads (a paragraph's opening, a definition,
    // an event), set as reading text; an acronym's stays Material's small label.
    t.classList.toggle("ed-preview", element.tagName === "A");
    var box = element.getBoundingClientRect();
    // The same variables Material sets: the host's place on the page, and where
    // the tooltip sits relative to it (centred, just below).
    t.style.setProperty("--md-tooltip-host-x", (box.left + window.scrollX) + "px");
    t.style.setProperty("--md-tooltip-host-y", (box.top + window.scrollY) + "px");
    t.style.setProperty("--md-tooltip-x", (box.width / 2) + "px");
    t.style.setProperty("--md-tooltip-y", (8 + box.height) + "px");
    t.style.setProperty("--md-tooltip-tail", "0px");
    t.style.setProperty("--md-tooltip-width", t.firstChild.getBoundingClientRect().width + "px");
    // Above its link when there is no room below it in the window (a link near the bottom).
    var high = t.firstChild.getBoundingClientRect().height;
    var above = box.bottom + 8 + high > window.innerHeight && box.top - 8 - high >= 0;
    if (above) { t.style.setProperty("--md-tooltip-y", -(8 + high) + "px"); }
    t.classList.toggle("md-tooltip2--top", above);
    t.classList.toggle("md-tooltip2--bottom", !above);
    t.removeAttribute("aria-hidden");
    requestAnimationFrame(function () {
      if (host === element) { t.classList.add("md-tooltip2--active"); }
    });
  }

  function hide() {
    clearTimeout(later);
    if (!host) { return; }
    if (title) { host.setAttribute("title", title); }
    host.removeAttribute("aria-describedby");
    host = null;
    byFocus = false;
    tip.classList.remove("md-tooltip2--active");
    tip.setAttribute("aria-hidden", "true");  // not read at the end of the page once it is gone
    tip.style.pointerEvents = "none";  // nor in the way of a click
  }

  function target(event) {
    return event.target instanceof Element ? event.target.closest(SCOPE) : null;
  }

  // One listener each on the document, whatever the number of marks on the page.
  document.addEventListener("mouseover", function (event) {
    if (tip && tip.contains(event.target)) { clearTimeout(later); return; }  // resting on the tooltip
    var element = target(event);
    if (element && !byFocus) {
      show(element);
      tip.style.pointerEvents = "auto";  // a pointer may move onto it and rest there (WCAG 1.4.13)
    }
  });
  document.addEventListener("mouseout", function (event) {
    var to = event.relatedTarget;
    if (!host || byFocus || host.contains(to) || (tip && tip.contains(to))) { return; }
    clearTimeout(later);
    later = setTimeout(hide, 300);
  });
  document.addEventListener("focusin", function (event) {
    var element = target(event);
    if (element) { show(element); byFocus = true; } else { hide(); }
  });
  document.addEventListener("focusout", function (event) {
    if (host && event.target === host) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }  // dismissable without moving (WCAG 1.4.13)
  });
})();
