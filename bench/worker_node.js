/* What the search worker (kb-search.js) expects of a browser, given in Node over a built
   site's folder: `self`, `location`, `importScripts` and `fetch` read the site's files. */
"use strict";
const fs = require("fs"), path = require("path");

module.exports = function serveSiteToWorker(site) {
  const local = (url) => path.join(site, decodeURIComponent(new URL(url).pathname));
  globalThis.self = globalThis;
  globalThis.location = { href: "http://localhost/assets/javascripts/workers/kb-search.js" };
  globalThis.importScripts = (...urls) => {
    for (const url of urls) (0, eval)(fs.readFileSync(local(url), "utf8"));
  };
  globalThis.fetch = (url) => Promise.resolve({
    json: () => Promise.resolve(JSON.parse(fs.readFileSync(local(url), "utf8")))
  });
};
