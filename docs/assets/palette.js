// The colour-scheme toggle: why it replaces Material's, see scripts/theme/partials/palette.html.
(function () {
  "use strict";

  var form = document.querySelector("[data-ed-palette]");
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
  var light = matchMedia("(prefers-color-scheme: light)");
  var current = 0;

  function colour(input) {
    var media = input.getAttribute("data-md-color-media");
    var shown = input;
    if (media === "(prefers-color-scheme)") {  // automatic: the system's light or dark
      shown = form.querySelector(light.matches
        ? "[data-md-color-media='(prefers-color-scheme: light)']"
        : "[data-md-color-media='(prefers-color-scheme: dark)']") || input;
    }
    return {
      media: media,
      scheme: shown.getAttribute("data-md-color-scheme"),
      primary: shown.getAttribute("data-md-color-primary"),
      accent: shown.getAttribute("data-md-color-accent")
    };
  }

  // The phone's address bar takes the header's colour; read once styles are up to date.
  function updateMeta() {
    var color = getComputedStyle(document.querySelector("header")).backgroundColor;
    var hex = "#" + color.match(/\d+/g).slice(0, 3).map(function (c) {
      return (+c).toString(16).padStart(2, "0");
    }).join("");
    var el = document.head.querySelector("meta[name='theme-color']");
    if (!el) {
      el = document.createElement("meta");
      el.name = "theme-color";
      document.head.appendChild(el);
    }
    el.content = hex;
  }

  function apply(index, switching) {
    current = index;
    var body = document.body;
    var color = colour(inputs[index]);
    var changed = Object.keys(color).filter(function (key) {
      return body.getAttribute("data-md-color-" + key) !== color[key];
    });
    // Transitions off while a reader switches (Material's CSS), never at start.
    if (switching && changed.length) body.setAttribute("data-md-color-switching", "");
    changed.forEach(function (key) { body.setAttribute("data-md-color-" + key, color[key]); });
    inputs.forEach(function (input, i) {
      input.checked = i === index;
      var label = input.nextElementSibling;
      if (label instanceof HTMLElement) label.hidden = i !== index;
    });
    __md_set("__palette", { index: index, color: color });
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (switching) body.removeAttribute("data-md-color-switching");
        updateMeta();
      });
    });
  }

  var stored = __md_get("__palette");
  var start = stored && typeof stored.index === "number" ? stored.index : inputs.findIndex(function (input) {
    return matchMedia(input.getAttribute("data-md-color-media")).matches;
  });
  apply(Math.max(0, Math.min(start, inputs.length - 1)), false);

  inputs.forEach(function (input, i) {
    input.addEventListener("change", function () { apply(i, true); });
  });
  // Enter on the focused toggle moves on to the next choice, as in Material.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });
  // In automatic mode the page follows the system when it turns light or dark.
  light.addEventListener("change", function () {
    if (inputs[current].getAttribute("data-md-color-media") === "(prefers-color-scheme)") apply(current, true);
  });
})();
