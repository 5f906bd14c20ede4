// "Cite" controls on numbered paragraphs: a citation a reader can paste into a paper.
// Progressive enhancement: without this script every paragraph still has its
// number, which is a link to the paragraph.
(function () {
  "use strict";

  function citation(meta, number, id) {
    var url = location.href.split("#")[0] + "#" + id;
    return meta.author + ", “" + meta.title + "”, " + meta.outlet + ", " + meta.date +
      ", paragraph " + number + ". " + url;
  }

  function setUp() {
    var holder = document.querySelector(".ed-meta[data-cite]");
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
      button.addEventListener("click", function () {
        var text = citation(meta, number, para.id);
        var out = para.querySelector("output.ed-citation");
        if (!out) {
          out = document.createElement("output");
          out.className = "ed-citation";
          out.setAttribute("aria-live", "polite");
          para.appendChild(out);
        }
        out.textContent = text;
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () {
            button.textContent = "Copied";
          }, function () { button.textContent = "Cite"; });
        }
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
