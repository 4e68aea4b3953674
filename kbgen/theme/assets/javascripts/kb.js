/* kbgen: home search box, open-now indicators. No third-party code, no inline script. */
(function () {
  "use strict";

  /* ---- Texts in the page's language (data-kb-messages, from kbgen's catalogue) ---- */
  var MESSAGES = null;
  function t(message, values) {
    if (MESSAGES === null) {
      var holder = document.querySelector("script[data-kb-messages]");
      try { MESSAGES = JSON.parse(holder ? holder.getAttribute("data-kb-messages") : "{}"); }
      catch (error) { MESSAGES = {}; }
    }
    var text = Object.prototype.hasOwnProperty.call(MESSAGES, message) ? MESSAGES[message] : message;
    return text.replace(/%(?:\((\w+)\)[sd]|%)/g, function (all, name) {
      return name ? String(values && values[name] !== undefined ? values[name] : "") : "%";
    });
  }

  /* ---- Open now / closed: the same rules as kbgen/core/hours.py ---- */
  var DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
  var DAY = 24 * 60;

  function clock(minutes) {
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }

  function localTime(date, zone) {
    var parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date);
    var found = {};
    parts.forEach(function (part) { found[part.type] = part.value; });
    return { day: DAYS.indexOf(found.weekday.toLowerCase()),
             minute: parseInt(found.hour, 10) * 60 + parseInt(found.minute, 10) };
  }

  function openState(week, zone, date) {
    var now = localTime(date, zone), today = week[DAYS[now.day]] || [], i, offset;
    for (i = 0; i < today.length; i++) {
      if (today[i][0] <= now.minute && now.minute < today[i][1]) {
        var day = now.day, end = today[i][1];
        for (var n = 0; n < 7; n++) {
          var following = week[DAYS[(day + 1) % 7]] || [];
          if (end < DAY || !following.length || following[0][0] !== 0) break;
          day = (day + 1) % 7; end = following[0][1];
        }
        if (end >= DAY) return { open: true, day: DAYS[(day + 1) % 7], time: clock(0) };
        return { open: true, day: DAYS[day], time: clock(end) };
      }
    }
    for (offset = 0; offset < 8; offset++) {
      var index = (now.day + offset) % 7, spans = week[DAYS[index]] || [];
      for (i = 0; i < spans.length; i++) {
        if (offset > 0 || spans[i][0] > now.minute) {
          return { open: false, day: DAYS[index], time: clock(spans[i][0]) };
        }
      }
    }
    return { open: false, day: null, time: null };
  }

  /* `names`: weekday names and times in the page's language (data-kb-times, data-kb-days). */
  function describe(state, today, names) {
    names = names || {};
    if (state.time === null) return t("Closed");
    var minute = parseInt(state.time.slice(0, 2), 10) * 60 + parseInt(state.time.slice(3), 10);
    var time = (names.times && names.times[minute]) || state.time;
    var day = (names.days && names.days[DAYS.indexOf(state.day)]) ||
      state.day.charAt(0).toUpperCase() + state.day.slice(1);
    var values = { time: time, day: day };
    if (state.open) {
      return state.day === today ? t("Open now, closes at %(time)s", values) :
        t("Open now, closes %(day)s at %(time)s", values);
    }
    return state.day === today ? t("Closed, opens at %(time)s", values) :
      t("Closed, opens %(day)s at %(time)s", values);
  }

  function showOpenStates() {
    var now = new Date();
    document.querySelectorAll("[data-kb-hours]").forEach(function (el) {
      var zone = el.getAttribute("data-kb-tz"), week = JSON.parse(el.getAttribute("data-kb-hours"));
      var names = { times: JSON.parse(el.getAttribute("data-kb-times") || "{}"),
                    days: JSON.parse(el.getAttribute("data-kb-days") || "[]") };
      var state = openState(week, zone, now);
      el.textContent = describe(state, DAYS[localTime(now, zone).day], names);
      el.classList.toggle("kb-open-state--open", state.open);
      el.hidden = false;
    });
  }

  window.kbHours = { openState: openState, describe: describe, localTime: localTime };
  window.kbText = t;  // kb-feedback.js says its texts with it

  /* ---- The home page's search box opens Material's search with what was typed ---- */
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

  function wireHeroSearch() {
    // Only the theme's form: content can carry the class, never a form or a named input.
    var field = document.querySelector("form.kb-hero-search input[name=q]");
    if (!field) return;
    var form = field.form;
    // Typing stays in this box (focus and text); Enter or the button opens the results.
    form.addEventListener("submit", function (event) {
      if (openSearch(field.value)) event.preventDefault();
    });
  }

  /* ---- Text that arrives without a key is searched too ---- */
  function wirePastedSearch() {
    // Material reads the search box on `keyup` only: text pasted from the context menu,
    // dictated, dropped or cut with the mouse fires `input` and no key, and would sit there
    // with no results (or the previous query's). Material ignores a value it already has,
    // so typing, which fires both, still sends each query once.
    var input = document.querySelector("[data-md-component=search-query]");
    if (!input) return;
    input.addEventListener("input", function (event) {
      if (event.isComposing) return;  // a word being composed (IME) comes on its own keyup
      input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    });
  }

  /* ---- No results: say so, offer topics and the phone number ---- */
  function wireNoResults() {
    var template = document.getElementById("kb-no-results");
    var result = document.querySelector("[data-md-component=search-result]");
    var input = document.querySelector("[data-md-component=search-query]");
    if (!template || !result || !input) return;
    var list = result.querySelector(".md-search-result__list");
    var panel = null;
    var status = document.getElementById("kb-search-status"), said = "", timer = null;
    function announce(text) {
      // Screen readers hear the count (or that nothing matched) once typing pauses.
      if (!status || text === said) return;
      clearTimeout(timer);
      timer = setTimeout(function () { said = text; status.textContent = text; }, 600);
    }
    function update() {
      var meta = result.querySelector(".md-search-result__meta");
      var empty = input.value.trim() !== "" && list && list.children.length === 0 &&
        meta && !/^\s*$/.test(meta.textContent);
      if (empty && !panel) {
        panel = template.content.firstElementChild.cloneNode(true);
        list.parentNode.insertBefore(panel, list);
      } else if (!empty && panel) {
        panel.remove();
        panel = null;
      }
      if (!input.value.trim()) announce("");
      else if (panel) announce(panel.querySelector(".kb-no-results__title").textContent + " " +
                               t("Topics to browse and our phone number are listed below."));
      else if (meta) announce(meta.textContent.trim());
    }
    new MutationObserver(update).observe(result, { childList: true, subtree: true,
                                                   characterData: true });
    input.addEventListener("input", update);
    update();  // a search from the address (`?q=`) may have answered before this ran
  }

  /* ---- The result count: how many articles matched, not how many are listed ---- */
  var LISTED = 50;  /* the most results the search worker lists (LIMIT in workers/kb-search.js) */
  function wireTrueCount() {
    // Material counts the results it was given, at most LISTED ("50 matching documents"
    // when 3,000 matched). The worker gives the first result the score `total - 0`, so the
    // first result's data-md-score is how many documents matched.
    var result = document.querySelector("[data-md-component=search-result]");
    var meta = result && result.querySelector(".md-search-result__meta");
    var list = result && result.querySelector(".md-search-result__list");
    if (!meta || !list) return;
    var format;
    try { format = new Intl.NumberFormat(document.documentElement.lang || undefined); }
    catch (error) { format = new Intl.NumberFormat(); }  /* a lang attribute no locale reads */
    function update() {
      var item = list.firstElementChild, first = item && item.querySelector("[data-md-score]");
      var total = first ? Math.floor(parseFloat(first.getAttribute("data-md-score"))) : 0;
      if (!(total > LISTED)) return;  /* Material's own count is then the true one */
      var text = t("The best %(shown)s of %(total)s matching articles",
                   { shown: format.format(LISTED), total: format.format(total) });
      if (meta.textContent !== text) meta.textContent = text;
    }
    new MutationObserver(update).observe(result, { childList: true, subtree: true,
                                                   characterData: true });
  }

  /* ---- The header's menu and search buttons are labels: make them Tab stops (buttons) ---- */
  function wireHeaderButtons() {
    var names = { __drawer: t("Navigation"), __search: t("Search") };
    Object.keys(names).forEach(function (id) {
      var label = document.querySelector(".md-header label.md-header__button[for=" + id + "]");
      if (!label) return;
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      if (!label.hasAttribute("aria-label")) label.setAttribute("aria-label", names[id]);
      label.addEventListener("keydown", function (event) {
        if (event.key !== " ") return;  // Material's own keyboard handler clicks on Enter
        event.preventDefault();
        label.click();
      });
    });
    // The search button opens the search box: typing goes there at once. On small screens
    // the closed box is off screen, so it is no Tab stop until opened.
    var toggle = document.getElementById("__search");
    var input = document.querySelector("[data-md-component=search-query]");
    if (!toggle || !input) return;
    var narrow = window.matchMedia("(max-width: 59.984375em)");
    function tabStop() { input.tabIndex = toggle.checked || !narrow.matches ? 0 : -1; }
    toggle.addEventListener("change", function () {
      tabStop();
      if (toggle.checked) setTimeout(function () { input.focus(); }, 0);
    });
    narrow.addEventListener("change", tabStop);
    tabStop();
  }

  /* ---- Code blocks and wide tables that scroll sideways take keyboard focus (axe:
     scrollable-region-focusable). Material makes code blocks focusable only on screens with
     hover, and takes the tabindex away elsewhere: it is put back while the block overflows.
     A table's scrolling box is the wrapper Material's script puts around it, so tables are
     looked at again once the page has loaded. ---- */
  function focusableScrollers() {
    var seen = [];
    function fit(box) {
      var overflows = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      if (overflows && box.getAttribute("tabindex") !== "0") box.setAttribute("tabindex", "0");
    }
    var mutations = new MutationObserver(function (records) {
      records.forEach(function (record) { fit(record.target); });
    });
    var sizes = "ResizeObserver" in window ? new ResizeObserver(function (entries) {
      entries.forEach(function (entry) { fit(entry.target); });
    }) : null;
    function watch(box) {
      if (!box || seen.indexOf(box) >= 0) return;
      seen.push(box);
      fit(box);
      mutations.observe(box, { attributes: true, attributeFilter: ["tabindex"] });
      if (sizes) sizes.observe(box);
    }
    function scan() {
      document.querySelectorAll(".md-typeset pre > code").forEach(watch);
      document.querySelectorAll(".md-typeset table").forEach(function (table) {
        watch(table.closest(".md-typeset__scrollwrap"));
      });
    }
    scan();
    window.addEventListener("load", scan);
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireHeaderButtons();
    focusableScrollers();
    showOpenStates();
    wireHeroSearch();
    wireTrueCount();
    wireNoResults();
    wirePastedSearch();
    setInterval(showOpenStates, 60 * 1000);
  });
})();
