/* kbgen search worker: speaks Material for MkDocs' worker protocol (SETUP, READY, QUERY,
   RESULT) but loads an index prebuilt by kbgen (config.kb, see kbgen/core/search.py) instead
   of building one from every page's text, and ranks exactly like `kbgen search`:
   each word as typed (stemmed, boost 10), as a prefix (boost 1) and, from five letters, with
   one typo (boost 0.1); documents matching more words first, then lunr's score. */
/* global lunr */
"use strict";

importScripts("../vendor/lunr-2.3.9.min.js");

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var EXACT_BOOST = 10, PREFIX_BOOST = 1, PREFIX_MIN_LENGTH = 3;
var FUZZY_BOOST = 0.1, FUZZY_MIN_LENGTH = 5, LIMIT = 50, WEIGHT_SCALE = 100;

var index = null, store = [], separator = /[\s\-]+/, suggest = false;

/* The compact form back into lunr's serialised index (mirrors load_compact in Python). */
function loadCompact(data) {
  var fields = data.fields, terms = data.terms, inverted = [], vectors = [];
  for (var n = 0; n < terms.length; n++) {
    var posting = { _index: n };
    for (var f = 0; f < fields.length; f++) posting[fields[f]] = {};
    inverted.push([terms[n], posting]);
  }
  for (var ref = 0; ref < data.vectors.length; ref++) {
    var perField = data.vectors[ref];
    for (var number = 0; number < perField.length; number++) {
      var pairs = perField[number], elements = [], term = 0;
      for (var at = 0; at < pairs.length; at += 2) {
        term += pairs[at];  /* term numbers travel as differences, weights in hundredths */
        elements.push(term, pairs[at + 1] / WEIGHT_SCALE);
        inverted[term][1][fields[number]][ref] = {};
      }
      vectors.push([fields[number] + "/" + ref, elements]);
    }
  }
  return lunr.Index.load({ version: lunr.version, fields: fields, fieldVectors: vectors,
                           invertedIndex: inverted, pipeline: [] });
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

function matches(indexed, term) {
  if (indexed === term.stem ||
      (term.word.length >= PREFIX_MIN_LENGTH && indexed.indexOf(term.word) === 0)) return true;
  return term.word.length >= FUZZY_MIN_LENGTH && withinOneEdit(indexed, term.stem);
}

/* The same ranking as kbgen.core.search.search. */
function rank(query) {
  var terms = queryTerms(query);
  if (!terms.length || !index) return { terms: terms, hits: [] };
  var results = index.query(function (q) {
    terms.forEach(function (term) {
      q.term(term.stem, { usePipeline: false, boost: EXACT_BOOST });
      if (term.word.length >= PREFIX_MIN_LENGTH)
        q.term(term.word, { usePipeline: false, boost: PREFIX_BOOST,
                            wildcard: lunr.Query.wildcard.TRAILING });
      if (term.word.length >= FUZZY_MIN_LENGTH)
        q.term(term.stem, { usePipeline: false, boost: FUZZY_BOOST, editDistance: 1 });
    });
  });
  var hits = results.map(function (result) {
    var indexed = Object.keys(result.matchData.metadata);
    var found = {};
    var count = 0;
    terms.forEach(function (term) {
      var hit = indexed.some(function (m) { return matches(m, term); });
      found[term.word] = hit;
      if (hit) count++;
    });
    return { ref: result.ref, score: Math.round(result.score * 1e6) / 1e6, matched: count,
             found: found };
  });
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

addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    var config = message.data.config || {};
    separator = new RegExp(config.separator || "[\\s\\-]+");
    suggest = !!(message.data.options && message.data.options.suggest);
    if (config.kb) {
      index = loadCompact(config.kb);
      store = config.kb.store;
    }
    postMessage({ type: READY });
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
