/* kbgen search worker: speaks Material for MkDocs' worker protocol (SETUP, READY, QUERY,
   RESULT) but loads an index prebuilt by kbgen (config.kb, see kbgen/core/search.py) instead
   of building one from every page's text, and ranks exactly like `kbgen search`:
   each word as typed (stemmed, boost 10) and as a prefix (boost 1); when that finds little,
   again with one typo per word of five letters or more (boost 0.1); documents matching more
   words first, then lunr's score. */
/* global lunr */
"use strict";

/* In a real worker, self.location is this script; under Material's iframe-worker shim (pages
   opened from disk) it is the iframe, and this script is its <script src>. Scripts are then
   loaded asynchronously, hence `loading`. */
var SCRIPT = typeof document !== "undefined" && document.querySelector("script[src]") ?
  document.querySelector("script[src]").src : self.location.href;
var loading = importScripts(new URL("../vendor/lunr-2.3.9.min.js", SCRIPT).href);

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var EXACT_BOOST = 10, PREFIX_BOOST = 1, PREFIX_MIN_LENGTH = 3;
var FUZZY_BOOST = 0.1, FUZZY_MIN_LENGTH = 5, FUZZY_WHEN_FEWER = 5, LIMIT = 50;
var WEIGHT_SCALE = 100;

var index = null, store = [], separator = /[\s\-]+/, suggest = false;

/* Start downloading the index as soon as the worker starts; SETUP says where it is. */
var KB_INDEX = new URL("../../../search/kb-index.json", SCRIPT).href;
var download = KB_INDEX.indexOf("file:") === 0 ? null :
  fetch(KB_INDEX).then(function (response) { return response.json(); });

/* The compact form as a lunr index (the same as load_compact in Python). Postings and field
   vectors are made only when a query first touches them, so the index is ready at once. */
function loadCompact(data) {
  var fields = data.fields, terms = data.terms, refsByTerm = [], n, f;
  for (n = 0; n < terms.length; n++) {
    refsByTerm.push([]);
    for (f = 0; f < fields.length; f++) refsByTerm[n].push([]);
  }
  for (var ref = 0; ref < data.vectors.length; ref++) {
    var perField = data.vectors[ref];
    for (f = 0; f < perField.length; f++) {
      var pairs = perField[f], term = 0;
      for (var at = 0; at < pairs.length; at += 2) {
        term += pairs[at];  /* term numbers travel as differences, weights in hundredths */
        refsByTerm[term][f].push(ref);
      }
    }
  }
  var inverted = {};
  terms.forEach(function (text, number) {
    var posting = null;
    Object.defineProperty(inverted, text, { enumerable: true, get: function () {
      if (!posting) {
        posting = { _index: number };
        fields.forEach(function (name, f) {
          var refs = {};
          refsByTerm[number][f].forEach(function (r) { refs[r] = {}; });
          posting[name] = refs;
        });
      }
      return posting;
    } });
  });
  var vectors = new Proxy({}, { get: function (cache, key) {
    if (typeof key !== "string") return undefined;
    if (!(key in cache)) {
      var cut = key.indexOf("/"), f = fields.indexOf(key.slice(0, cut));
      var pairs = data.vectors[+key.slice(cut + 1)][f], elements = [], term = 0;
      for (var at = 0; at < pairs.length; at += 2) {
        term += pairs[at];
        elements.push(term, pairs[at + 1] / WEIGHT_SCALE);
      }
      cache[key] = new lunr.Vector(elements);
    }
    return cache[key];
  } });
  var builder = new lunr.TokenSet.Builder();
  terms.forEach(function (text) { builder.insert(text); });
  builder.finish();
  return new lunr.Index({ invertedIndex: inverted, fieldVectors: vectors,
                          tokenSet: builder.root, fields: fields,
                          pipeline: new lunr.Pipeline() });
}

function tokens(text) {
  return text.toLowerCase().split(separator).filter(function (t) { return t.length > 0; });
}

/* Query words: trimmed as typed, and stemmed as indexed; stop words dropped. */
function queryTerms(query) {
  var terms = [], seen = {};
  tokens(query).forEach(function (raw) {
    var word = lunr.trimmer(new lunr.Token(raw)).toString();
    if (!word) return;
    var kept = lunr.stopWordFilter(new lunr.Token(word));
    if (!kept) return;
    var stem = lunr.stemmer(kept).toString();
    if (stem && !seen[word + " " + stem]) {
      seen[word + " " + stem] = true;
      terms.push({ word: word, stem: stem });
    }
  });
  return terms;
}

function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) { var t = a; a = b; b = t; }
  var i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length === b.length) i++;
    j++;
  }
  return edits + (b.length - j) <= 1;
}

function matches(indexed, term, fuzzy) {
  if (indexed === term.stem ||
      (term.word.length >= PREFIX_MIN_LENGTH && indexed.indexOf(term.word) === 0)) return true;
  return fuzzy && term.word.length >= FUZZY_MIN_LENGTH && withinOneEdit(indexed, term.stem);
}

function run(terms, fuzzy) {
  var results = index.query(function (q) {
    terms.forEach(function (term) {
      q.term(term.stem, { usePipeline: false, boost: EXACT_BOOST });
      if (term.word.length >= PREFIX_MIN_LENGTH)
        q.term(term.word, { usePipeline: false, boost: PREFIX_BOOST,
                            wildcard: lunr.Query.wildcard.TRAILING });
      if (fuzzy && term.word.length >= FUZZY_MIN_LENGTH)
        q.term(term.stem, { usePipeline: false, boost: FUZZY_BOOST, editDistance: 1 });
    });
  });
  return results.map(function (result) {
    var indexed = Object.keys(result.matchData.metadata);
    var found = {};
    var count = 0;
    terms.forEach(function (term) {
      var hit = indexed.some(function (m) { return matches(m, term, fuzzy); });
      found[term.word] = hit;
      if (hit) count++;
    });
    return { ref: result.ref, score: Math.round(result.score * 1e6) / 1e6, matched: count,
             found: found };
  });
}

/* The same ranking as kbgen.core.search.search: typos only when the words as typed find
   fewer than FUZZY_WHEN_FEWER documents. */
function rank(query) {
  var terms = queryTerms(query);
  if (!terms.length || !index) return { terms: terms, hits: [] };
  var hits = run(terms, false);
  if (hits.length < FUZZY_WHEN_FEWER) hits = run(terms, true);
  hits.sort(function (a, b) {
    if (a.matched !== b.matched) return b.matched - a.matched;
    if (a.score !== b.score) return b.score - a.score;
    return a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
  });
  return { terms: terms, hits: hits };
}

function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

/* Mark the query words in already-escaped HTML text. */
function highlight(html, terms) {
  var words = terms.map(function (t) { return escapeRegExp(t.word); }).filter(Boolean);
  if (!words.length) return html;
  var pattern = new RegExp("(^|[^\\w&])(" + words.join("|") + ")", "gi");
  return html.replace(pattern, "$1<mark>$2</mark>");
}

function search(query) {
  var ranked = rank(query), total = ranked.hits.length;
  var items = ranked.hits.slice(0, LIMIT).map(function (hit, position) {
    var entry = store[+hit.ref];
    return [{
      location: entry[1],
      title: highlight(entry[0], ranked.terms),
      text: entry[2] ? "<p>" + highlight(entry[2], ranked.terms) + "</p>" : "",
      score: total - position,
      terms: hit.found
    }];
  });
  var result = { items: items, total: total };
  if (suggest) result.suggest = [];
  return result;
}

self.kbRank = rank; /* for tests: the ranking without Material's message wrapping */

function ready(data) {
  Promise.resolve(loading).then(function () {
    index = loadCompact(data);
    store = data.store;
    postMessage({ type: READY });
  });
}

addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    var config = message.data.config || {};
    separator = new RegExp(config.separator || "[\\s\\-]+");
    suggest = !!(message.data.options && message.data.options.suggest);
    if (config.kb) {           /* file://: the offline plugin's search_index.js carries it */
      ready(config.kb);
    } else if (download) {
      download.then(ready, function (error) {
        console.warn("kbgen search: the index could not be loaded", error);
        postMessage({ type: READY });
      });
    }
  } else if (message.type === QUERY) {
    var data;
    try {
      data = search(message.data);
    } catch (error) {
      console.warn("kbgen search failed for", message.data, error);
      data = { items: [] };
    }
    postMessage({ type: RESULT, data: data });
  }
});
