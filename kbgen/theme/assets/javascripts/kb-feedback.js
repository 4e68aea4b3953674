/* kbgen: "Was this helpful?", "Tell us what you were looking for", and opt-in counts.
 *
 * Nothing leaves the browser unless the reader sends the e-mail this script prefills, or the
 * site configured one analytics service (extra.kb.analytics): then only counts of events are
 * sent, without cookies or identifiers, and never when the browser asks not to be tracked.
 */
(function () {
  "use strict";

  /* Texts in the page's language: kb.js reads them (data-kb-messages); English without it. */
  function t(message, values) {
    if (window.kbText) return window.kbText(message, values);
    return message.replace(/%\((\w+)\)[sd]/g, function (all, name) { return values[name]; });
  }

  var script = document.currentScript;
  var settings = {};
  try {
    settings = JSON.parse((script && script.getAttribute("data-kb-analytics")) || "{}") || {};
  } catch (error) {
    settings = {};
  }

  /* ---- Prefilled e-mail (RFC 6068: every value percent-encoded, CRLF line breaks) ---- */
  function mailto(address, subject, lines) {
    var body = lines.join("\n").replace(/\r?\n/g, "\r\n");
    return "mailto:" + encodeURIComponent(address).replace(/%40/g, "@") +
      "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
  }

  function pageAddress(section) {
    var given = section && section.getAttribute("data-kb-url");
    return given || (location.origin + location.pathname);
  }

  /* ---- Opt-in counts ---- */
  function trackingRefused() {
    var dnt = navigator.doNotTrack || window.doNotTrack || navigator.msDoNotTrack;
    return dnt === "1" || dnt === "yes" || navigator.globalPrivacyControl === true;
  }

  function query(params) {
    return Object.keys(params).map(function (key) {
      return encodeURIComponent(key) + "=" + encodeURIComponent(params[key]);
    }).join("&");
  }

  /* One event: `name` is one of helpful-yes, helpful-no, search-no-result, contact; `detail`
     the site-relative page (helpful), the query (search, only when searchTerms is on) or the
     kind of contact link (mail, phone, page). */
  function count(name, detail) {
    if (!settings.service || !settings.endpoint || trackingRefused()) return false;
    var label = detail ? name + ":" + detail : name;
    var page = location.origin + location.pathname;  // never the query string or the hash
    var init = { method: "GET", mode: "no-cors", credentials: "omit", cache: "no-store",
                 keepalive: true, referrerPolicy: "no-referrer" };
    var url;
    if (settings.service === "goatcounter") {
      url = settings.endpoint + "?" + query({ p: label, t: document.title, e: "true" });
    } else if (settings.service === "plausible") {
      url = settings.endpoint;
      init.method = "POST";
      init.headers = { "Content-Type": "text/plain" };
      var event = { name: name, url: page, domain: settings.domain };
      if (detail) event.props = { detail: detail };
      init.body = JSON.stringify(event);
    } else if (settings.service === "matomo") {
      var params = { idsite: settings.siteId, rec: 1, apiv: 1, send_image: 0, url: page };
      if (name === "search-no-result" && detail) {
        params.search = detail;
        params.search_count = 0;
      } else {
        params.e_c = "kbgen";
        params.e_a = name;
        if (detail) params.e_n = detail;
      }
      url = settings.endpoint + "?" + query(params);
    } else {
      return false;
    }
    try {
      fetch(url, init).catch(function () {});
    } catch (error) {
      return false;
    }
    return true;
  }

  /* A query as sent when the site opted in to search terms: e-mail addresses and long
     numbers (phone, order, card) replaced, at most 100 characters. */
  function withoutPersonalData(text) {
    return text.replace(/\S+@\S+/g, "[e-mail]")
      .replace(/\+?\d(?:[\s().\/-]?\d){5,}/g, "[number]").slice(0, 100);
  }

  function sitePath(section) {
    var path = section.getAttribute("data-kb-page") || location.pathname;
    return path.replace(/^\/+/, "");
  }

  /* ---- Was this helpful? ---- */
  function wireFeedback(section) {
    var answers = section.querySelector(".kb-feedback__answers");
    var fallback = section.querySelector(".kb-feedback__fallback");
    var thanks = section.querySelector(".kb-feedback__thanks");
    var form = section.querySelector(".kb-feedback__form");
    var status = section.querySelector(".kb-feedback__status");
    var heading = section.querySelector(".kb-feedback__missing");
    if (!answers || !form) return;
    var email = section.getAttribute("data-kb-email");
    var title = section.getAttribute("data-kb-title") || document.title;
    var counted = false;
    answers.hidden = false;
    if (fallback) fallback.hidden = true;

    function prefilled() {
      var choice = form.querySelector("input[name=missing]:checked");
      var text = (form.querySelector("textarea").value || "").trim();
      return mailto(email, t("Feedback: %(title)s", { title: title }), [
        t("Article: %(title)s", { title: title }),
        t("Address: %(address)s", { address: pageAddress(section) }),
        t("Was it helpful? No"),
        t("What was missing: %(choice)s", { choice: choice ? choice.value : t("not said") }),
        "",
        text || t("(Tell us more here.)")
      ]);
    }

    function refresh() {
      var link = form.querySelector(".kb-feedback__mail");
      if (link && email) link.href = prefilled();
    }

    function answer(helpful) {
      answers.hidden = true;
      if (!counted) {
        counted = true;
        count(helpful ? "helpful-yes" : "helpful-no", sitePath(section));
      }
      if (helpful) {
        thanks.hidden = false;
        thanks.focus();
        status.textContent = t("Thank you for your answer.");
      } else {
        form.hidden = false;
        refresh();
        heading.focus();
        status.textContent = email ?
          t("Tell us what was missing; the e-mail is only sent if you send it.") :
          t("Sorry about that. Please contact us to tell us what was missing.");
      }
    }

    answers.querySelector("[data-kb-answer=yes]").addEventListener("click", function () {
      answer(true);
    });
    answers.querySelector("[data-kb-answer=no]").addEventListener("click", function () {
      answer(false);
    });
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!email) return;
      var address = prefilled();
      count("contact", "mail");
      status.textContent = t("Your e-mail program opens with the message; check it and send it.");
      window.location.href = address;
    });
  }

  /* ---- No search results: "Tell us what you were looking for" ---- */
  var reported = {};

  function wireTellUs() {
    var input = document.querySelector("[data-md-component=search-query]");
    if (!input) return;
    var timer = null, pending = null;
    function update(link) {
      var text = input.value.trim();
      link.href = mailto(link.getAttribute("data-kb-email"),
        t("Not found in the help centre: %(query)s", { query: text.slice(0, 80) }), [
          t("I searched the help centre for: %(query)s", { query: text }),
          t("and found nothing. What I was looking for:"),
          ""
        ]);
    }
    function noResults() {
      var link = document.querySelector("a[data-kb-tell-us]");
      if (!link) return;
      update(link);
      var text = input.value.trim().toLowerCase();
      // Other changes to the page (the live region announcing the count) keep the wait.
      if (timer !== null && text === pending) return;
      clearTimeout(timer);
      pending = text;
      // Search runs as the reader types: count once the query stayed without results.
      timer = setTimeout(function () {
        timer = null;
        if (!document.querySelector("a[data-kb-tell-us]") ||
            input.value.trim().toLowerCase() !== text) return;
        if (reported[text]) return;
        reported[text] = true;
        count("search-no-result", settings.searchTerms ? withoutPersonalData(text) : "");
      }, 1500);
    }
    new MutationObserver(noResults).observe(document.body, { childList: true, subtree: true });
    input.addEventListener("input", noResults);
  }

  /* ---- Contact links used (mail, phone, contact page), counted only when opted in ---- */
  function wireContactCounts() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (!link) return;
      var href = link.getAttribute("href") || "";
      var kind = link.getAttribute("data-kb-contact") ||
        (href.indexOf("mailto:") === 0 ? "mail" : href.indexOf("tel:") === 0 ? "phone" : "");
      if (kind) count("contact", kind);
    }, true);
  }

  window.kbFeedback = { mailto: mailto, trackingRefused: trackingRefused };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-kb-feedback]").forEach(wireFeedback);
    wireTellUs();
    wireContactCounts();
  });
})();
