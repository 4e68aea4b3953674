/* kbgen: the home page's search box opens Material's search with what was typed. */
(function () {
  "use strict";
  function openSearch(text) {
    var toggle = document.getElementById("__search");
    var input = document.querySelector("[data-md-component=search-query]");
    if (!toggle || !input) return false;
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    input.value = text;
    input.focus();
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    return true;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".kb-hero-search");
    if (!form) return;
    var field = form.querySelector("input[name=q]");
    form.addEventListener("submit", function (event) {
      if (openSearch(field.value)) event.preventDefault();
    });
    field.addEventListener("input", function () {
      if (field.value.trim() && openSearch(field.value)) field.value = "";
    });
  });
})();
