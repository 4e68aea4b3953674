/* kbgen search worker: speaks Material for MkDocs' worker protocol (SETUP, READY, QUERY,
   RESULT) but loads an index prebuilt by kbgen (config.kb, see kbgen/core/search.py) instead
   of building one from every page's text, and ranks exactly like `kbgen search`:
   each word as typed (stemmed, boost 10) and as a prefix (boost 1), and a rare or unknown
   word of five letters or more also with one typo (boost 1 for a likely typo, 10 when the
   index lacks the word, 0.1 for another); lunr's score, added up straight from the index's postings (lunr.Index's own
   query gives the same scores but is several times slower on broad queries), times the cube
   of the words matched (each by its points in the page: wordShare; a word matched only
   through a related word counting a third, an
   everyday word of an English query of three words or more half: WEAK_WORDS); then
   the phrase bonus on the first 50 (query words next to each other in a title or summary).
   A query reads its first 32 words. */
/* global lunr */
"use strict";

/* In a real worker, self.location is this script; under Material's iframe-worker shim (pages
   opened from disk) it is the iframe, and this script is its <script src>. Scripts are then
   loaded asynchronously, hence `loading`. */
var SCRIPT = typeof document !== "undefined" && document.querySelector("script[src]") ?
  document.querySelector("script[src]").src : self.location.href;

/* Start downloading the index's head first thing, while lunr loads (importScripts keeps a
   real worker waiting for it), and read it as soon as both are there, even before SETUP
   comes; the parts of its postings come when queries reach them (missingParts). From disk
   (file://), SETUP carries the whole index. */
var KB_INDEX = new URL("../../../search/kb-index.json", SCRIPT).href;
var HEAD_FROM_PAGE = "kb-head-from-page", HEAD = "kb-head";
var handHead = null;
var download = KB_INDEX.indexOf("file:") === 0 ? null :
  self.name === HEAD_FROM_PAGE ? headFromPage() : fetchHead();

function fetchHead() {
  return fetch(KB_INDEX).then(function (response) { return response.json(); })
    .then(function (data) { mark("kb-head"); return data; });
}

/* The head as the page fetched it (kb-early.js, begun with the worker's own script rather
   than after it: one round trip less), handed over as bytes (HEAD message); fetched here
   after all if the page could not. */
function headFromPage() {
  return new Promise(function (resolve) { handHead = resolve; }).then(function (bytes) {
    if (!bytes) return fetchHead();
    var data = JSON.parse(new TextDecoder().decode(bytes));
    mark("kb-head");
    return data;
  });
}

/* The first moment of each name, for the bench's record of a cold load (bench/run.py). */
var marked = new Set();
function mark(name) {
  if (marked.has(name) || !self.performance || !performance.mark) return;
  marked.add(name);  /* the first of each is enough */
  performance.mark(name);
}
var VENDOR = new URL("../vendor/", SCRIPT).href;
var loading = importScripts(VENDOR + "lunr-2.3.9.min.js");
var prepared = download && download.then(function (data) {
  return Promise.resolve(loading).then(function () { return speak(data); })
    .then(function () { return prepare(data); });
});

/* How words are read (SearchLanguage in kbgen/core/search_language.py): lunr's English
   pipeline, or lunr-languages' trimmer and stemmer with accents folded and the index's own
   (folded) stop words, for an index that names its language. */
var language = {
  phrases: true,
  weak: true,
  segment: function (text) { return widths(text); },
  wordOf: function (raw) { return wordOf(raw); },
  trim: function (text) { return trim(text); },
  stem: function (word) { return lunr.stemmer(new lunr.Token(word)).toString(); }
};

/* Scripts written without spaces, read in bigrams (UNSPACED in kbgen/core/search_segments.py). */
var UNSPACED = new RegExp("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005\u3041-\u30fa" +
  "\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af" +
  "\uff66-\uff9f\u{20000}-\u{3134f}]+", "gu");

/* `text` with each run of UNSPACED characters as its bigrams, spaced apart (segment). */
function segment(text) {
  return text.replace(UNSPACED, function (run) {
    var chars = Array.from(run), pairs = [];
    if (chars.length < 2) return " " + run + " ";
    for (var at = 0; at + 1 < chars.length; at++) pairs.push(chars[at] + chars[at + 1]);
    return " " + pairs.join(" ") + " ";
  });
}

/* Full-width and half-width forms (and the ideographic space) as the characters they stand
   for: "Ｗｉ－Ｆｉ" is "Wi-Fi", "ﾊﾟｽﾜｰﾄﾞ" is "パスワード" (widths in search_widths.py). */
var WIDE = /[\u3000\uff00-\uffef]+/g;
function widths(text) {
  return text.replace(WIDE, function (run) { return run.normalize("NFKC"); });
}

/* Width forms folded, then unspaced runs as bigrams (wide_segment in search_language.py). */
function wideSegment(text) { return segment(widths(text)); }

function fold(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC")
    .replace(/\u00df/g, "ss");
}

/* Load the stemmer of the index's language (`lang`), if it names one: a promise. */
function speak(data) {
  if (!data.lang || !/^[a-z]{2,3}$/.test(data.lang)) return null;
  var code = data.lang, stop = new Set(data.stop || []);
  var base = VENDOR + "lunr-languages/";
  if (data.own) return speakOwn(data, stop, base);
  return Promise.resolve(importScripts(base + "lunr.stemmer.support.min.js",
                                       base + "lunr." + code + ".min.js")).then(function () {
    var own = lunr[code];
    function ownTrim(text) {
      var word = own.trimmer(new lunr.Token(text)).toString();
      return word && fold(word);
    }
    language = {
      segment: widths,
      wordOf: function (raw) {
        var word = ownTrim(widths(raw).toLowerCase().replace(/[\u2018\u2019]/g, "'"));
        return stop.has(word) ? "" : word;
      },
      trim: ownTrim,
      stem: function (word) { return own.stemmer(new lunr.Token(word)).toString(); }
    };
  });
}

/* A language the index reads as kbgen reads words (`own`: _own in search_language.py): kbgen's
   trim, no folding, its `letters` replaced, bigrams; stemmed by its lunr-languages file unless
   `stem` is 0. */
function speakOwn(data, stop, base) {
  var letters = data.letters || {};
  function ownTrim(text) {
    return trim(text).replace(/./gu, function (c) { return letters[c] || c; });
  }
  function use(stem) {
    language = {
      segment: wideSegment,
      wordOf: function (raw) {
        var word = ownTrim(widths(raw).toLowerCase().replace(/[\u2018\u2019]/g, "'"));
        return stop.has(word) ? "" : word;
      },
      trim: ownTrim,
      stem: stem
    };
  }
  if (data.stem === 0) { use(function (word) { return word; }); return null; }
  return Promise.resolve(importScripts(base + "lunr.stemmer.support.min.js",
                                       base + "lunr." + data.lang + ".min.js")).then(function () {
    var own = lunr[data.lang];
    use(function (word) { return own.stemmer(new lunr.Token(word)).toString(); });
  });
}

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var EXACT_BOOST = 10, PREFIX_BOOST = 1, PREFIX_MIN_LENGTH = 3, UNKNOWN_TYPO_BOOST = EXACT_BOOST;
var TYPO_BOOST = 1, FUZZY_BOOST = 0.1, FUZZY_MIN_LENGTH = 5, TYPO_WHEN_FEWER = 3, LIMIT = 50;
/* Typos are read in words of at most FUZZY_MAX_LENGTH letters (code points, as Python counts):
   a longer word's variants cost the square of its length (FUZZY_MAX_LENGTH in search.py). */
var FUZZY_MAX_LENGTH = 64;
var TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyz", COORDINATION = 3, RELATED_BOOST = TYPO_BOOST;
var RELATED_MATCH = 3, QUERY_WORDS = 32, MEANT_BOOST = EXACT_BOOST;
var WEIGHT_SCALE = 100, BOOST_SCALE = 10, COMPACT_VERSION = 13, K1 = 1.2, B = 0.75;
var PHRASE_DEPTH = 50, PHRASE_BASE = 4, PAIR_BASE = 4, PAIR_MIN = 2;
var SECTION_BASE = 1, SECTION_BITS = 52, HALF_BITS = 26, HALF = 67108864;
var HEADING_BASE = 8, HEADING_MIN = 4;
var FULL_WORD_POINTS = 50000;
var LAST_DIGITS = 64, MORE_DIGITS = 27, FIELD_END = 32;

var index = null, store = [], separator = /[\s\-]+/, pieceSeparator = /([\s\-]+)/;
var locationOf = null;
var suggest = false;
var EXCERPT_WORDS = 24, EXCERPT_LEAD = 3, EXCERPTS = 10;
var TEXT_BASE = new URL("../../../search/kb-text/", SCRIPT).href;
var PART_BASE = new URL("../../../search/kb-index/", SCRIPT).href;
var PAIRS_BASE = new URL("../../../search/kb-pairs/", SCRIPT).href;
var texts = {}, textChunk = 16, waiting = 0, latest = null, incomplete = false;

/* Reads, in order, the numbers of a string of the compact form, written with the characters
   "#" to "~" but "\\": a number's last digit is one of the first LAST_DIGITS, those before
   it are of the other MORE_DIGITS (DIGITS and _number in kbgen/core/search.py). */
function reader(text) {
  var at = 0;
  return {
    at: function () { return at; },
    skip: function (to) { at = to; },
    more: function () { return at < text.length; },
    fieldEnd: function () {
      if (text.charCodeAt(at) !== FIELD_END) return false;
      at++;
      return true;
    },
    next: function () {
      var value = 0, code, digit;
      for (;;) {
        code = text.charCodeAt(at++);
        digit = code - (code > 92 ? 36 : 35);
        if (digit < LAST_DIGITS) return value * LAST_DIGITS + digit;
        value = value * MORE_DIGITS + digit - LAST_DIGITS + 1;
      }
    }
  };
}

/* The index of the compact form, ready for queries without a pass over every posting: a
   term's postings are read the first time a query reaches it (`postings`). */
function loadCompact(data) {
  if (data.v !== COMPACT_VERSION)
    throw new Error("search index format " + data.v + ", expected " + COMPACT_VERSION);
  var terms = data.terms, lengths = new Int32Array(data.documents * data.fields.length);
  var read = reader(data.lengths || ""), df = new Int32Array(terms.length), i;
  if (data.lengths_by_field) lengthsByField(data.lengths_by_field, lengths, data.fields.length);
  else for (i = 0; i < lengths.length; i++) lengths[i] = read.next();
  for (read = reader(data.df), i = 0; i < df.length; i++) df[i] = read.next();
  return { terms: terms, idf: data.idf, df: df, boosts: data.boosts, average: data.average,
           related: data.related || {}, degrees: data.degrees || {},
           fields: data.fields.length, lengths: lengths,
           postings: data.postings || new Array(terms.length), parts: data.parts || [],
           pairBuckets: data.pairs || new Array(data.pair_buckets || 0),
           pairsFetched: {}, pairDocs: new Map(),
           fetched: {}, clauses: new Map(), stems: new Map(), phrases: new Map(),
           docs: new Array(terms.length), weights: new Array(terms.length), tokenSet: null,
           masks: new Array(terms.length), pageDocs: new Array(terms.length),
           pageFields: [data.fields.indexOf("title"), data.fields.indexOf("summary")],
           headDocs: new Array(terms.length), headField: data.fields.indexOf("headings"),
           seen: new Int32Array(data.documents), points: new Float64Array(data.documents),
           ranks: new Float64Array(data.documents),
           runs: 0 };
}

/* The documents that hold term n and lunr's BM25 weights there, in hundredths, read from
   the compact form the first time a query reaches the term: the same operations in the
   same order as weight() in Python, so the same numbers. Sets index.docs[n] and
   index.weights[n] (one entry per document and field), index.pageDocs[n] (the documents
   holding it in their title or summary), index.headDocs[n] (in their headings) and index.masks[n] (after the last field: the
   sections holding it, as a mask, in each page of two sections or more: SectionMasks, read
   when a query first asks). */
function postings(n) {
  if (index.docs[n]) return;
  var text = index.postings[n], read = reader(text), fields = index.fields;
  var docs = new Int32Array(text.length), weights = new Int32Array(text.length);
  var idf = index.idf[n], lengths = index.lengths, average = index.average;
  var boosts = index.boosts, f = 0, ref = 0, k = 0, page = new Set(), head = new Set();
  var masks = new SectionMasks(text, text.length);
  while (read.more()) {
    if (read.fieldEnd()) {
      if (++f === fields) { masks = new SectionMasks(text, read.at()); break; }
      ref = 0;
      continue;
    }
    var value = read.next(), tf = value & 1 ? read.next() + 2 : 1;
    ref += value >>> 1;
    if (f === index.pageFields[0] || f === index.pageFields[1]) page.add(ref);
    if (f === index.headField) head.add(ref);
    var norm = K1 * (1 - B + B * (lengths[ref * fields + f] / average[f]));
    var score = idf * ((K1 + 1) * tf) / (norm + tf) * boosts[f];
    docs[k] = ref;
    weights[k++] = Math.floor(score * WEIGHT_SCALE + 0.5);
  }
  index.docs[n] = docs.subarray(0, k);
  index.weights[n] = weights.subarray(0, k);
  index.masks[n] = masks;
  index.pageDocs[n] = page;
  index.headDocs[n] = head;
}

/* A term's section masks (after its last field in its postings, from `at` on: each page's
   number as a gap, then its mask), read into sorted typed arrays the first time `get` is
   asked: only the first PHRASE_DEPTH hits of a query of two words or more need them. */
function SectionMasks(text, at) {
  this.text = text;
  this.at = at;
  this.docs = null;
  this.values = null;
}

SectionMasks.prototype.read = function () {
  var read = reader(this.text), size = this.text.length - this.at, ref = 0, k = 0;
  var docs = new Int32Array(size), values = new Float64Array(size);
  read.skip(this.at);
  while (read.more()) {
    var value = read.next();
    values[k] = value & 1 ? read.next() + 2 : 1;
    docs[k++] = ref += value >>> 1;
  }
  this.docs = docs.subarray(0, k);
  this.values = values.subarray(0, k);
  this.text = null;
};

/* The mask of page `doc`, or undefined when the term is in none of its sections (as
   Map.get). */
SectionMasks.prototype.get = function (doc) {
  if (!this.docs) this.read();
  var docs = this.docs, low = 0, high = docs.length;
  while (low < high) {
    var middle = (low + high) >>> 1;
    if (docs[middle] < doc) low = middle + 1; else high = middle;
  }
  return low < docs.length && docs[low] === doc ? this.values[low] : undefined;
};

/* lunr's token set of every term, for typos and a `*` typed inside a word: made once the
   worker has been idle a moment (`whenIdle`), or when a query first needs it. */
function tokenSet() {
  if (!index.tokenSet) {
    var builder = new lunr.TokenSet.Builder();
    index.terms.slice().sort().forEach(function (text) { builder.insert(text); });
    builder.finish();
    index.tokenSet = builder.root;
  }
  return index.tokenSet;
}

/* The position of the first term that is not before `text` (terms are sorted in
   JavaScript's order). */
function bisect(text) {
  var terms = index.terms, low = 0, high = terms.length;
  while (low < high) {
    var middle = (low + high) >>> 1;
    if (terms[middle] < text) low = middle + 1; else high = middle;
  }
  return low;
}

/* Numbers of the terms a query clause reaches, as lunr's token sets reach them (the same as
   CompactIndex.expand): a plain word is looked up and a prefix found by bisection; a typo or
   a `*` typed inside a word goes through lunr. */
function expand(text, wildcard, editDistance) {
  if (editDistance || text.indexOf("*") >= 0) {
    var clause = editDistance ? lunr.TokenSet.fromFuzzyString(text, editDistance) :
      lunr.TokenSet.fromString(wildcard ? text + "*" : text);
    return tokenSet().intersect(clause).toArray().map(bisect);
  }
  var terms = index.terms, at = bisect(text), found = [];
  if (!wildcard) return terms[at] === text ? [at] : [];
  for (; at < terms.length && terms[at].indexOf(text) === 0; at++) found.push(at);
  return found;
}

function tokens(text) {
  return text.toLowerCase().split(separator).filter(function (t) { return t.length > 0; });
}

/* Contractions, and "never", read as stop words, as lunr reads "not" and "cannot"
   (STOP_EXTRA in kbgen/core/search_words.py). */
var STOP_EXTRA = new Set((
  "can't cant won't wont don't dont doesn't doesnt didn't didnt isn't isnt aren't arent " +
  "wasn't wasnt weren't werent haven't havent hasn't hasnt hadn't couldn't couldnt " +
  "wouldn't wouldnt shouldn't shouldnt ain't i'm i've i'd i'll you're you've it's that's " +
  "there's what's where's how's let's we're they're never").split(" "));

/* Leading and trailing characters that are not letters, marks or digits of any script, nor
   "_", trimmed (lunr's own trimmer keeps ASCII letters only): trim in search_words.py. */
var TRIM = /^[^\p{L}\p{M}\p{N}_]+|[^\p{L}\p{M}\p{N}_]+$/gu;
function trim(text) { return text.replace(TRIM, ""); }

/* A token as the index reads it, before stemming: lowercase, typographic apostrophes
   straightened, trimmed, a possessive "'s" dropped; "" for a stop word (word_of). */
function wordOf(raw) {
  var word = trim(widths(raw).toLowerCase().replace(/[\u2018\u2019]/g, "'"));
  if (word.length > 2 && word.slice(-2) === "'s") word = trim(word.slice(0, -2));
  if (!word || STOP_EXTRA.has(word) || !lunr.stopWordFilter(new lunr.Token(word))) return "";
  return word;
}

/* Everyday English words: in an English query of WEAK_QUERY_WORDS words or more, each counts
   half a word in the coordination (WEAK_WORDS in kbgen/core/search_weak.py). */
var WEAK_WORDS = new Set((
  "add again all also appear area ask back be become begin believe boy bring call change " +
  "child come consider continue day develop do end even expect eye face feel fight figure " +
  "find first follow form get give go good great hand have head hear help here high hold " +
  "however include increase just keep know last lead leave let lie life like line little " +
  "live long look make man many mean meet more most move much n't need never new not now " +
  "number old one only open other own part pay people place play point present problem " +
  "provide put reach receive remain report result return right run same say see seem serve " +
  "show small so some stand start state still study such take tell then thing think three " +
  "time too try turn two use very walk want way work world write year youth").split(" "));
var WEAK_QUERY_WORDS = 3;

/* Which of a query's words count half (weak_words in search_weak.py). */
function weakWords(terms) {
  var english = language.weak && terms.length >= WEAK_QUERY_WORDS;
  return terms.map(function (term) { return english && WEAK_WORDS.has(term.word); });
}

/* Phrasal verbs and the word each means (PHRASES in kbgen/core/search_phrases.py): in an
   English query the verb is followed by that word ("turn off 2fa" reads "turn disable 2fa"). */
var PHRASES = new Map((
  "turn off=disable|turns off=disable|turning off=disable|switch off=disable|" +
  "switches off=disable|switching off=disable|turn on=enable|turns on=enable|turning on=enable|" +
  "switch on=enable|switches on=enable|switching on=enable|send back=return|sends back=return|" +
  "sent back=return|sending back=return|log in=login|logs in=login|logged in=login|" +
  "logging in=login|log into=login|logs into=login|logged into=login|logging into=login|" +
  "log on=login|logs on=login|logged on=login|logging on=login|sign in=login|signs in=login|" +
  "signed in=login|signing in=login|sign into=login|signs into=login|signed into=login|" +
  "signing into=login|log out=logout|logs out=logout|logged out=logout|logging out=logout|" +
  "log off=logout|logs off=logout|logged off=logout|logging off=logout|sign out=logout|" +
  "signs out=logout|signed out=logout|signing out=logout|sign up=signup|signs up=signup|" +
  "signed up=signup|signing up=signup|set up=setup|sets up=setup|setting up=setup").split("|").map(function (pair) { return pair.split("="); }));

/* A query's tokens with each phrase of PHRASES read as its verb and the word it means
   (rewrite in search_phrases.py). */
function rewritePhrases(words) {
  var found = [];
  for (var at = 0; at < words.length; at++) {
    var meant = at + 1 < words.length ? PHRASES.get(trim(words[at]) + " " + trim(words[at + 1]))
                                      : undefined;
    found.push(words[at]);
    if (meant !== undefined) { found.push(meant); at++; }
  }
  return found;
}

/* Two words of letters joined by a hyphen, and how short one of them is when the two are one
   word written two ways (_HYPHENATED and SHORT_PART in kbgen/core/search_joins.py). */
var HYPHENATED = /(?<![\p{L}\p{N}_-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}_-])/gu, SHORT_PART = 3;

/* A query with each such hyphenated word written joined when the index holds it so
   (joined_known in Python): "wi-fi" finds a site that writes "WiFi". */
function joinKnown(query) {
  if (!index || query.indexOf("-") < 0) return query;
  return query.replace(HYPHENATED, function (whole, first, second) {
    if (Math.min(Array.from(first).length, Array.from(second).length) > SHORT_PART) return whole;
    var word = reading.word(first + second), stem = word && reading.stem(word);
    return stem && index.terms[bisect(stem)] === stem ? first + second : whole;
  });
}

/* Query words: as the index reads them, and stemmed as indexed; stop words dropped; each
   once, the first QUERY_WORDS of them; in English, a phrasal verb followed by the word it
   means (query_terms in Python). */
function queryTerms(query) {
  var terms = [], seen = {};
  var raws = tokens(language.segment ? language.segment(query) : query);
  (language.phrases ? rewritePhrases(raws) : raws).forEach(function (raw) {
    if (terms.length === QUERY_WORDS) return;
    var word = reading.word(raw);
    if (!word) return;
    var stem = reading.stem(word);
    if (stem && !seen[word + " " + stem]) {
      seen[word + " " + stem] = true;
      terms.push({ word: word, stem: stem });
    }
  });
  return terms;
}

/* How many documents hold term n. */
function documentsWith(n) { return index.df[n]; }

/* The part of a split index that holds term n's postings. */
function partOf(n) {
  var low = 0, high = index.parts.length;
  while (high - low > 1) {
    var middle = (low + high) >>> 1;
    if (index.parts[middle] <= n) low = middle; else high = middle;
  }
  return low;
}

/* A promise of part `part`'s postings, fetched once. */
function fetchPart(part) {
  if (!index.fetched[part]) {
    var first = index.parts[part];
    index.fetched[part] = fetch(PART_BASE + part + ".json")
      .then(function (response) { return response.json(); })
      .then(function (list) {
        for (var k = 0; k < list.length; k++) index.postings[first + k] = list[k];
      }, function (error) {
        delete index.fetched[part];  /* the next query asks again */
        throw error;
      });
  }
  return index.fetched[part];
}

/* The parts of a split index (split_index in Python) that hold the postings of the terms the
   query's clauses reach and are not here yet, each fetched once: a promise of their arrival,
   or null when nothing is missing. */
function missingParts(query) {
  var wanted = {}, waits = [], terms = queryTerms(joinKnown(query));
  terms.forEach(function (term) {
    clauses(term).forEach(function (clause) {
      clause[0].forEach(function (n) {
        if (index.postings[n] === undefined) wanted[partOf(n)] = true;
      });
    });
  });
  Object.keys(wanted).forEach(function (part) { waits.push(fetchPart(part)); });
  missingPairs(terms).forEach(function (bucket) { waits.push(fetchPairs(bucket)); });
  return waits.length ? Promise.all(waits) : null;
}

/* The pairs of a query's consecutive, different stems, "a b" (query_pairs in
   kbgen/core/search_pairs.py). */
function queryPairs(stems) {
  var found = [];
  for (var i = 0; i + 1 < stems.length; i++)
    if (stems[i] !== stems[i + 1]) found.push(stems[i] + " " + stems[i + 1]);
  return found;
}

/* FNV-1a (32 bits) over the UTF-16 code units of pair `key` (pair_hash in
   kbgen/core/search_pairs.py); its bucket among `count` is the hash modulo `count`, its number
   there the hash divided by `count` (bucket_of). */
function pairHash(key) {
  var value = 0x811c9dc5;
  for (var i = 0; i < key.length; i++)
    value = Math.imul(value ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/* The buckets of pairs that a query's pairs are in and are not here yet; none for a pair of
   a stem the index lacks (a word half typed): a text's pairs are of its index terms, so no
   bucket holds it. */
function missingPairs(terms) {
  var count = index.pairBuckets.length, wanted = {};
  if (!count || terms.length < 2) return [];
  var keys = queryPairs(terms.map(function (term) { return term.stem; }));
  keys.filter(function (key) {
    return key.split(" ").every(function (stem) { return index.terms[bisect(stem)] === stem; });
  }).forEach(function (key) {
    var bucket = pairHash(key) % count;
    if (index.pairBuckets[bucket] === undefined) wanted[bucket] = true;
  });
  return Object.keys(wanted);
}

/* A promise of bucket `bucket` of pairs, fetched once. */
function fetchPairs(bucket) {
  if (!index.pairsFetched[bucket]) {
    index.pairsFetched[bucket] = fetch(PAIRS_BASE + bucket + ".json")
      .then(function (response) { return response.json(); })
      .then(function (pairs) { index.pairBuckets[bucket] = pairs; }, function (error) {
        delete index.pairsFetched[bucket];  /* the next query asks again */
        throw error;
      });
  }
  return index.pairsFetched[bucket];
}

/* The documents whose text holds pair `key`, as a Set (CompactIndex.pair_documents): its
   bucket read pair by pair (holders in kbgen/core/search_pairs.py), each pair's number as a
   gap, then how many documents less one, then their numbers as gaps. */
function pairDocuments(key) {
  var found = index.pairDocs.get(key);
  if (!found) {
    found = new Set();
    var count = index.pairBuckets.length, hash = pairHash(key);
    var number = Math.floor(hash / count);
    var read = reader(count ? index.pairBuckets[hash % count] || "" : "");
    var at = 0, refs = [];
    while (read.more()) {
      at += read.next();
      var held = read.next() + 1, ref = 0;
      refs = [];
      for (var k = 0; k < held; k++) refs.push(ref += read.next());
      if (at >= number) break;
    }
    if (at === number) refs.forEach(function (doc) { found.add(doc); });
    index.pairDocs.set(key, found);
  }
  return found;
}

/* PAIR_BASE plus how many of the query's pairs document `doc`'s text holds, counted from
   PAIR_MIN on, or when it holds every one of fewer (bonus in kbgen/core/search_pairs.py). */
function pairBonus(doc, lists) {
  var found = 0, least = Math.min(PAIR_MIN, lists.length);
  for (var i = 0; i < lists.length; i++) if (lists[i].has(doc)) found++;
  return PAIR_BASE + (found && found >= least ? found : 0);
}

/* Where each query word is in document `doc`: its sections as masks in two halves of
   HALF_BITS (`low`, `high`, and all of them OR-ed in `every`), and whether its title or
   summary (`inPage`) and its headings (`inHead`) hold it: `words` are the terms each query
   word's clauses reach; a term's sections are bits of index.masks (pages of two sections or
   more; 52 bits, exact in doubles), its title and summary documents index.pageDocs, its
   heading documents index.headDocs (kbgen/core/search.py: word_sections,
   heading_documents). */
function wordPlaces(doc, words) {
  var places = { low: [], high: [], inPage: [], inHead: [], everyLow: 0, everyHigh: 0 };
  words.forEach(function (word) {
    var lo = 0, hi = 0, page = false, head = false;
    word.forEach(function (n) {
      var mask = index.masks[n].get(doc) || 0, part = mask % HALF;
      lo |= part;
      hi |= (mask - part) / HALF;
      page = page || index.pageDocs[n].has(doc);
      head = head || index.headDocs[n].has(doc);
    });
    places.low.push(lo);
    places.high.push(hi);
    places.inPage.push(page);
    places.inHead.push(head);
    places.everyLow |= lo;
    places.everyHigh |= hi;
  });
  return places;
}

/* The most query words one section holds: each word the section holds counted, and one of
   the title or summary too (`heading` false: sectionRank), or only the section's words that
   the page's headings hold (`heading` true: headingRank); a page without masks: 0. */
function bestOfSections(places, heading) {
  var best = 0, bit, i, count, words = places.low.length, inPage = places.inPage;
  var inHead = places.inHead;
  for (bit = 0; bit < SECTION_BITS; bit++) {
    var low = bit < HALF_BITS, shift = low ? bit : bit - HALF_BITS;
    var masks = low ? places.low : places.high;
    if (!(((low ? places.everyLow : places.everyHigh) >> shift) & 1)) continue;
    for (count = 0, i = 0; i < words; i++) {
      var inSection = (masks[i] >> shift) & 1;
      if (heading ? inHead[i] && inSection : inPage[i] || inSection) count++;
    }
    if (count > best) best = count;
  }
  return best;
}

/* A rank times (SECTION_BASE + the query's words document `doc`'s best section holds) /
   (SECTION_BASE + the words its sections, title and summary hold), a word of the title or
   summary counting in every section (kbgen/core/search_sections.py: best_section,
   section_rank). */
function sectionRank(value, places) {
  var total = 0, i;
  for (i = 0; i < places.low.length; i++)
    if (places.inPage[i] || places.low[i] || places.high[i]) total++;
  var best = places.everyLow || places.everyHigh ? bestOfSections(places, false) : total;
  return value * (SECTION_BASE + best) / (SECTION_BASE + total);
}

/* A rank times (HEADING_BASE + the query's words one section and the page's headings both
   hold) / (HEADING_BASE + the words of the title and summary), when those are HEADING_MIN or
   more and more than the title's and summary's (kbgen/core/search_headings.py). */
function headingRank(value, places) {
  var inPage = 0, inHead = 0, i;
  for (i = 0; i < places.inPage.length; i++) {
    if (places.inPage[i]) inPage++;
    if (places.inHead[i]) inHead++;
  }
  if (inHead < HEADING_MIN || inHead <= inPage) return value;  /* no section can do more */
  var best = places.everyLow || places.everyHigh ? bestOfSections(places, true) : inHead;
  if (best < HEADING_MIN || best <= inPage) return value;
  return value * (HEADING_BASE + best) / (HEADING_BASE + inPage);
}

/* The id of a document's best section (the first holding the most query words: `places`
   of wordPlaces) when it asks a question (its store's `questions`: "position id" pairs), ""
   when it does not or no section holds one: a result then links to that question, which
   kb.js opens (kbgen/core/search_sections.py: question_anchor). */
function questionAnchor(places, questions) {
  if (!(places.everyLow || places.everyHigh)) return "";
  var first = 0, best = 0, bit, i;
  for (bit = 0; bit < SECTION_BITS; bit++) {
    var low = bit < HALF_BITS, shift = low ? bit : bit - HALF_BITS;
    var masks = low ? places.low : places.high, count = 0;
    for (i = 0; i < masks.length; i++) if ((masks[i] >> shift) & 1) count++;
    if (count > best) { best = count; first = bit; }
  }
  var pairs = questions.split(" ");
  for (i = 0; i + 1 < pairs.length; i += 2) if (+pairs[i] === first) return pairs[i + 1];
  return "";
}

var PREFETCH_PARTS = 3;

/* While the first letters of a word are typed, too few to search with as a prefix, fetch
   the parts that hold the terms they begin, when there are few: the word's own part is
   then usually here by the time it can be searched. Nothing waits for them. */
function prefetch(query) {
  if (!index || !index.parts.length) return;
  var words = tokens(query), typing = words.length && /\S$/.test(query);
  var word = typing ? language.trim(words[words.length - 1]) : "";
  if (!word || word.length >= PREFIX_MIN_LENGTH || word.length < 2) return;
  var from = partOf(bisect(word)), to = partOf(Math.max(bisect(word + "\uffff") - 1, 0));
  if (to - from >= PREFETCH_PARTS) return;
  for (var part = from; part <= to; part++)
    fetchPart(part).catch(function () { /* asked again when a query needs it */ });
}

/* Where each letter is on a QWERTY keyboard: row, and column in quarters of a key. */
var KEYS = {};
["qwertyuiop", "asdfghjkl", "zxcvbnm"].forEach(function (keys, row) {
  for (var column = 0; column < keys.length; column++)
    KEYS[keys[column]] = [row, 4 * column + [0, 1, 3][row]];
});

function neighbours(a, b) {
  if (!KEYS[a] || !KEYS[b]) return false;
  var dy = Math.abs(KEYS[a][0] - KEYS[b][0]), dx = Math.abs(KEYS[a][1] - KEYS[b][1]);
  return (dy === 0 && dx === 4) || (dy === 1 && dx <= 3);
}

/* Whether `b` written for `a` is a likely slip: keys next to each other, or two vowels
   (_likely_letter in Python). */
var VOWELS = "aeiouy";
function likelyLetter(a, b) {
  return neighbours(a, b) || (VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0);
}

/* The words one edit from `word` (a letter left out, doubled or added, two letters swapped, a
   letter replaced), `word` itself left out, each with whether it is a likely typo: any but a
   letter replaced by one neither next to it on the keyboard nor, for a vowel, another vowel
   (one_edit in Python). */
function oneEdit(word) {
  var chars = Array.from(word), variants = new Map(), at, k;
  function add(variant, likely) { variants.set(variant, variants.get(variant) || likely); }
  for (at = 0; at <= chars.length; at++) {
    var head = chars.slice(0, at).join(""), tail = chars.slice(at);
    var rest = tail.join(""), after = tail.slice(1).join("");
    if (tail.length) {
      add(head + after, true);
      if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2).join(""), true);
    }
    for (k = 0; k < TYPO_LETTERS.length; k++) {
      var letter = TYPO_LETTERS[k];
      if (tail.length) add(head + letter + after, likelyLetter(tail[0], letter));
      add(head + letter + rest, true);
    }
  }
  variants.delete(word);
  return variants;
}

/* The terms one typo from a word: the stems of the words one edit from it, each with whether
   that is a likely typo (typo_terms in Python). */
function typoTerms(term) {
  var found = new Map();
  oneEdit(term.word).forEach(function (likely, variant) {
    var at = termOf(variant);
    if (at >= 0) found.set(at, found.get(at) || likely);
  });
  return found;
}

/* The number of the index term a word (trimmed, lowercase, not a stop word) stems to, or -1;
   remembered, since the same words come back query after query. */
function termOf(word) {
  var known = index.stems.get(word);
  if (known === undefined) {
    var stem = language.stem(word), at = bisect(stem);
    known = index.terms[at] === stem ? at : -1;
    if (index.stems.size > 100000) index.stems.clear();
    index.stems.set(word, known);
  }
  return known;
}

/* The terms a query word reaches, clause by clause, with the clause's boost (clauses in
   Python): as typed, as a prefix, and with one typo when the word itself is rare; last, the
   clause of its related words, marked `true` (related_clause in Python). */
function clauses(term) {
  var key = term.word + " " + term.stem, known = index.clauses.get(key);
  if (!known) {
    known = termClauses(term);
    if (index.clauses.size > 10000) index.clauses.clear();
    index.clauses.set(key, known);
  }
  return known;
}

function termClauses(term) {
  var exact = expand(term.stem, false, 0), found = [[exact, EXACT_BOOST]];
  if (!exact.length) {
    var meant = meantClause(term);
    if (meant.length) found.push([meant, MEANT_BOOST]);
  }
  var degrees = degreeClause(term);
  if (degrees.length) found.push([degrees, EXACT_BOOST]);
  if (term.word.length >= PREFIX_MIN_LENGTH) found.push([expand(term.word, true, 0), PREFIX_BOOST]);
  if (term.word.length >= FUZZY_MIN_LENGTH && Array.from(term.word).length <= FUZZY_MAX_LENGTH &&
      (!exact.length || documentsWith(exact[0]) < TYPO_WHEN_FEWER)) {
    var reached = new Set(), likely = [], other = [];
    found.forEach(function (clause) { clause[0].forEach(function (n) { reached.add(n); }); });
    typoTerms(term).forEach(function (isLikely, n) {
      if (!reached.has(n)) (isLikely ? likely : other).push(n);
    });
    found.push([likely, exact.length ? TYPO_BOOST : UNKNOWN_TYPO_BOOST], [other, FUZZY_BOOST]);
  }
  var close = relatedClause(term, found);
  if (close.length) found.push([close, RELATED_BOOST, true]);
  return found;
}

/* The site's terms of the query word's adjective in its other degrees (degree_clause in
   Python: `slow` -> `slower`, `slowest`): the word itself, at EXACT_BOOST. */
function degreeClause(term) {
  var forms = Object.prototype.hasOwnProperty.call(index.degrees, term.stem) ?
    index.degrees[term.stem] : [], found = [];
  forms.forEach(function (stem) {
    var n = bisect(stem);
    if (index.terms[n] === stem) found.push(n);
  });
  return found.sort(function (a, b) { return a - b; });
}

/* The terms of the site's words for a query word the site never uses (meant_clause in
   Python: `hot` -> `temperatur`): what the customer meant, matched as the word itself. */
function meantClause(term) {
  var partners = Object.prototype.hasOwnProperty.call(index.related, term.stem) ?
    index.related[term.stem] : null, meant = [];
  if (!partners) return meant;
  partners.forEach(function (stem) {
    var n = bisect(stem);
    if (index.terms[n] === stem) meant.push(n);
  });
  return meant.sort(function (a, b) { return a - b; });
}

/* The terms of a word's related words (kbgen.core.concepts) that its other clauses do not
   reach (related_clause in Python): a document that holds only these matches the word at
   1/RELATED_MATCH. */
function relatedClause(term, found) {
  var partners = Object.prototype.hasOwnProperty.call(index.related, term.stem) ?
    index.related[term.stem] : null, seen = new Set(), close = [];
  if (!partners) return close;
  found.forEach(function (clause) { clause[0].forEach(function (n) { seen.add(n); }); });
  partners.forEach(function (stem) {
    var n = bisect(stem);
    if (index.terms[n] === stem && !seen.has(n)) close.push(n);
  });
  return close.sort(function (a, b) { return a - b; });
}

/* A query (the same as _Run in Python): lunr's query vector holds, for every term a clause
   reaches, the sum of those clauses' boosts; a document's score is its dot product with the
   document's field vectors over the vector's length. With boosts in tenths and weights in
   hundredths, `points` are whole numbers, exact in any order. `masks` has a bit per document
   and query word that the document matched (holds a term one of the word's clauses reached),
   `relatedMasks` one per word it matched through the word's related words; `wordPoints[doc *
   terms + i]` is what word i's clauses add to the document's points (wordShare). */
function run(terms) {
  var boosts = new Map(), reached = [], relatedBy = [];
  function add(numbers, boost) {
    numbers.forEach(function (n) {
      boosts.set(n, (boosts.get(n) || 0) + Math.round(boost * BOOST_SCALE));
    });
  }
  terms.forEach(function (term) {
    var numbers = new Set(), close = new Set();
    clauses(term).forEach(function (clause) {
      add(clause[0], clause[1]);
      clause[0].forEach(function (n) { (clause[2] ? close : numbers).add(n); });
    });
    reached.push(numbers);
    relatedBy.push(close);
  });
  var seen = index.seen, points = index.points, mark = ++index.runs, found = [];
  var words = (terms.length + 31) >>> 5, masks = new Int32Array(seen.length * words);
  var relatedMasks = new Int32Array(seen.length * words);
  var wordPoints = new Float64Array(seen.length * terms.length);
  var squares = 0;
  boosts.forEach(function (boost, n) {
    postings(n);
    var docs = index.docs[n], weights = index.weights[n], k;
    squares += boost * boost;
    for (k = 0; k < docs.length; k++) {
      var doc = docs[k];
      if (seen[doc] !== mark) { seen[doc] = mark; points[doc] = 0; found.push(doc); }
      points[doc] += boost * weights[k];
    }
    for (var i = 0; i < terms.length; i++) {
      var into = reached[i].has(n) ? masks : relatedBy[i].has(n) ? relatedMasks : null;
      if (!into) continue;
      var word = i >>> 5, bit = 1 << (i & 31);
      for (k = 0; k < docs.length; k++) into[docs[k] * words + word] |= bit;
      if (into !== masks) continue;
      for (k = 0; k < docs.length; k++)
        wordPoints[docs[k] * terms.length + i] += boost * weights[k];
    }
  });
  var every = reached.map(function (numbers, i) {
    var all = new Set(numbers);
    relatedBy[i].forEach(function (n) { all.add(n); });
    return all;
  });
  return { terms: terms, docs: found, points: points, masks: masks,
           relatedMasks: relatedMasks, wordPoints: wordPoints, words: words, reached: every,
           direct: reached,
           length: WEIGHT_SCALE * Math.sqrt(squares) };
}

/* Whether document `doc` matched query word `i` in a pass (not only through related words). */
function matched(pass, doc, i) {
  return (pass.masks[doc * pass.words + (i >>> 5)] & (1 << (i & 31))) !== 0;
}

/* How much of a query word a document's `points` of it count in the coordination:
   min(1, sqrt(points / FULL_WORD_POINTS)), correctly rounded as word_share in
   kbgen/core/search_coordination.py. */
function wordShare(points) {
  return Math.min(1, Math.sqrt(points / FULL_WORD_POINTS));
}

/* Whether document `doc` matched query word `i` only through its related words. */
function relatedOnly(pass, doc, i) {
  return !matched(pass, doc, i) &&
    (pass.relatedMasks[doc * pass.words + (i >>> 5)] & (1 << (i & 31))) !== 0;
}

/* Text of the store (escaped by Python's html.escape) as written. */
function unescapeHtml(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
}

/* language.wordOf and language.stem, remembered: titles, summaries and the texts of excerpts
   say the same words query after query (each is a pure function of its text, for the
   language in use: forgotten when it changes, or past READ_MEMORY words). */
var READ_MEMORY = 100000;
var reading = {
  language: null, words: new Map(), stems: new Map(),
  word: function (raw) { return this.remembered(this.words, raw, "wordOf"); },
  stem: function (word) { return this.remembered(this.stems, word, "stem"); },
  remembered: function (memory, text, how) {
    if (this.language !== language || memory.size > READ_MEMORY) {
      if (this.language !== language) { this.words.clear(); this.stems.clear(); }
      this.language = language;
      memory.clear();
    }
    var known = memory.get(text);
    if (known === undefined) { known = language[how](text); memory.set(text, known); }
    return known;
  }
};

/* Index terms of a text in order: split, trimmed, stop words dropped, stemmed. */
function pipeline(text) {
  var found = [];
  tokens(language.segment ? language.segment(text) : text).forEach(function (raw) {
    var word = reading.word(raw), stem = word && reading.stem(word);
    if (stem) found.push(stem);
  });
  return found;
}

/* The index terms of document `doc`'s title and of its summary (CompactIndex.phrases). */
function phrases(doc) {
  var known = index.phrases.get(doc);
  if (!known) {
    var entry = store[doc] || ["", "", ""];
    known = [pipeline(unescapeHtml(entry[0])), pipeline(unescapeHtml(entry[2]))];
    index.phrases.set(doc, known);
  }
  return known;
}

/* How many pairs of consecutive query stems stand next to each other, either order, in
   the document's title or summary (phrase_pairs in Python). */
function phrasePairs(doc, stems) {
  var found = 0, lists = phrases(doc);
  for (var i = 0; i + 1 < stems.length; i++) {
    var a = stems[i], b = stems[i + 1], next = false;
    if (a === b) continue;
    for (var l = 0; l < lists.length && !next; l++)
      for (var k = 0; k + 1 < lists[l].length && !next; k++)
        next = (lists[l][k] === a && lists[l][k + 1] === b) ||
          (lists[l][k] === b && lists[l][k + 1] === a);
    if (next) found++;
  }
  return found;
}

function byRank(a, b) {
  if (a.rank !== b.rank) return b.rank - a.rank;
  return a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
}

/* How many of a query's best hits are put in order: the results shown and those the phrase
   bonus is tried on. The others are only counted (sorting them all was half a query's time). */
var RANKED = Math.max(LIMIT, PHRASE_DEPTH);

/* Whether document a, of rank rankA, comes before document b (byRank's order: a total
   order, since references differ). */
function ahead(rankA, a, rankB, b) {
  if (rankA !== rankB) return rankA > rankB;
  return String(a) < String(b);
}

/* The RANKED best of `docs` by `ranks` (indexed by document), best first: exactly the first
   RANKED of `docs` sorted by byRank, in one pass that keeps the best so far in order. */
function best(docs, ranks) {
  var top = [];
  for (var i = 0; i < docs.length; i++) {
    var doc = docs[i], value = ranks[doc], low = 0, high = top.length;
    if (high === RANKED && !ahead(value, doc, ranks[top[high - 1]], top[high - 1])) continue;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (ahead(ranks[top[middle]], top[middle], value, doc)) low = middle + 1; else high = middle;
    }
    top.splice(low, 0, doc);
    if (top.length > RANKED) top.pop();
  }
  return top;
}

/* The same ranking as kbgen.core.search.search: points times the cube of the words matched,
   each counting RELATED_MATCH times its share (wordShare) and one matched only through a
   related word 1 (doubles, one
   multiplication at a time: kbgen.core.search.rank and phrase_rank take the same steps, so
   the two agree to the last bit, past 2 ** 53 too, where both round alike),
   ties by reference; the first PHRASE_DEPTH times PHRASE_BASE plus
   the pairs of query words next to each other in the title or summary, times PAIR_BASE
   plus the query's pairs in the document's text (pairBonus), times its best section's share
   of the query's words (sectionRank) and the query's words in one section's heading
   (headingRank), and sorted again.
   `hits` are the first RANKED of that ranking, `total` how many documents matched. */
function rank(query) {
  var terms = queryTerms(joinKnown(query));
  if (!terms.length || !index) return { terms: terms, hits: [], total: 0 };
  var pass = run(terms), docs = pass.docs, points = pass.points, ranks = index.ranks;
  var weakAt = weakWords(terms), halves = weakAt.indexOf(true) >= 0;
  for (var d = 0; d < docs.length; d++) {
    var doc = docs[d], count = 0, related = 0, weak = 0, i, k;
    for (i = 0; i < terms.length; i++) {  /* each word's share, in the query's order */
      if (matched(pass, doc, i)) {
        var share = wordShare(pass.wordPoints[doc * terms.length + i]);
        count += share;
        if (weakAt[i]) weak += share;
      } else if (relatedOnly(pass, doc, i)) related++;
    }
    /* times (RELATED_MATCH * matched + related) ** COORDINATION, as search.rank does, in
       halves when the query's everyday words count half */
    var words = RELATED_MATCH * count + related, value = points[doc];
    if (halves) words = 2 * words - RELATED_MATCH * weak;
    for (k = 0; k < COORDINATION; k++) value *= words;
    ranks[doc] = value;
  }
  var hits = best(docs, ranks).map(function (doc) {
    return { doc: doc, ref: String(doc), rank: ranks[doc], points: points[doc],
             score: Math.round(points[doc] / pass.length * 1e6) / 1e6 };
  });
  if (terms.length > 1) {
    var stems = terms.map(function (term) { return term.stem; });
    var top = hits.slice(0, PHRASE_DEPTH), keys = queryPairs(stems);
    var lists = keys.map(pairDocuments);
    top.forEach(function (hit) {
      hit.rank *= (PHRASE_BASE + phrasePairs(hit.doc, stems)) * pairBonus(hit.doc, lists);
      var places = wordPlaces(hit.doc, pass.direct);
      hit.rank = sectionRank(hit.rank, places);
      if (pass.direct.length >= HEADING_MIN) hit.rank = headingRank(hit.rank, places);
    });
    top.sort(byRank);
    hits = top.concat(hits.slice(PHRASE_DEPTH));
  }
  return { terms: terms, hits: hits, total: docs.length, pass: pass };
}

function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

/* Mark the query words in already-escaped HTML text. */
function highlight(html, terms) { return highlighter(terms)(html); }

/* highlight for one query's terms, its pattern made once for every text of an answer. */
function highlighter(terms) {
  var words = terms.map(function (t) { return escapeRegExp(t.word); }).filter(Boolean);
  if (!words.length) return function (html) { return html; };
  var pattern = new RegExp("(^|[^\\w&])(" + words.join("|") + ")", "gi");
  return function (html) { return html.replace(pattern, "$1<mark>$2</mark>"); };
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

var ECHO_MIN = 4;

/* The length of the longest common subsequence of two lists of terms. */
function commonInOrder(first, second) {
  var row = new Array(second.length + 1).fill(0);
  first.forEach(function (term) {
    var diagonal = 0;
    for (var k = 0; k < second.length; k++) {
      var above = row[k + 1];
      row[k + 1] = term === second[k] ? diagonal + 1 : Math.max(above, row[k]);
      diagonal = above;
    }
  });
  return row[second.length];
}

/* Whether a passage's index terms say the summary's again: at least ECHO_MIN of them and
   half of the shorter list, in the same order (kbgen/core/summary_echo.py). */
function echoes(passage, summary) {
  var shorter = Math.min(passage.length, summary.length);
  if (shorter < ECHO_MIN) return false;
  var common = commonInOrder(passage, summary);
  return common >= ECHO_MIN && 2 * common >= shorter;
}

/* A short passage of a document's text where the most query words are, escaped, with the
   matched words marked; "" when no word of the text matches; a passage that says the
   summary again (its index terms `said`) is passed over (excerpt in Python). */
function excerpt(text, pass, said) {
  var units = textUnits.of(text), pieces = units.pieces, words = [], ends = {}, k, i;
  var firsts = pass.firstWord || (pass.firstWord = firstWords(pass.reached));
  units.words.forEach(function (unit, at) {
    var n = units.terms[at], found = n >= 0 && firsts.has(n) ? firsts.get(n) : -1;
    words.push([unit[0], found, unit[2]]);
    ends[unit[0]] = unit[1];
  });
  var best = 0, start = 0, tried = {};
  for (k = 0; k < words.length; k++) {
    if (words[k][1] < 0) continue;
    var first = Math.max(0, k - EXCERPT_LEAD);
    if (tried[first]) continue;
    tried[first] = true;
    var distinct = new Set(), passage = [];
    for (i = first; i < Math.min(words.length, first + EXCERPT_WORDS); i++)
      if (words[i][1] >= 0) distinct.add(words[i][1]);
    if (distinct.size <= best) continue;
    for (i = first; i < Math.min(words.length, first + EXCERPT_WORDS); i++) {
      var stem = words[i][2] && reading.stem(words[i][2]);
      if (stem) passage.push(stem);
    }
    if (!echoes(passage, said)) { best = distinct.size; start = first; }
  }
  if (!best) return "";
  var window = words.slice(start, start + EXCERPT_WORDS), matched = new Set(), html = "";
  var last = 0, marking = false;
  window.forEach(function (w) {
    if (w[1] >= 0) for (k = w[0]; k <= ends[w[0]]; k += 2) matched.add(k);
    last = Math.max(last, ends[w[0]]);
  });
  for (k = window[0][0]; k <= last; k++) {  /* a run of marked characters is one mark */
    if (!pieces[k]) continue;
    if (marking && !matched.has(k)) { html += "</mark>"; marking = false; }
    if (!marking && matched.has(k)) { html += "<mark>"; marking = true; }
    html += escapeHtml(pieces[k]);
    if (marking && k + 1 <= last && pieces[k + 1]) { html += "</mark>"; marking = false; }
  }
  if (marking) html += "</mark>";
  return (start ? "… " : "") + html + (start + EXCERPT_WORDS < words.length ? " …" : "");
}

/* For each term the query's words reach, the first of those words that reaches it. */
function firstWords(reached) {
  var firsts = new Map();
  for (var i = reached.length - 1; i >= 0; i--) reached[i].forEach(function (n) { firsts.set(n, i); });
  return firsts;
}

/* excerptUnits of the texts of the latest excerpts, with the index term of each word (its
   number, or -1), kept for the next answers: the same results come back as a query is typed
   and once their texts are here (TEXT_UNITS of them, two answers' excerpts, the oldest
   forgotten first; all when the index or the language changes; a long page's units weigh
   megabytes). */
var TEXT_UNITS = 2 * EXCERPTS;
var textUnits = {
  kept: new Map(), index: null, language: null,
  of: function (text) {
    if (this.index !== index || this.language !== language) {
      this.kept.clear();
      this.index = index;
      this.language = language;
    }
    var units = this.kept.get(text);
    if (units) return units;
    units = excerptUnits(text);
    units.terms = units.words.map(function (unit) { return unit[2] ? termOf(unit[2]) : -1; });
    if (this.kept.size >= TEXT_UNITS) this.kept.delete(this.kept.keys().next().value);
    this.kept.set(text, units);
    return units;
  }
};

var UNSPACED_ONE = new RegExp(UNSPACED.source, "u");
var UNSPACED_SPLIT = new RegExp("(" + UNSPACED.source + ")", "u");

/* A text as an excerpt reads it (kbgen/core/excerpt_units.py): its pieces (words at even
   positions, what separates them at odd ones) and its words [first piece, last piece, index
   word or ""]; where the index is segmented, each character of an unspaced run stands for the
   pair it starts, so a matched pair marks both its characters. */
function excerptUnits(text) {
  var pieces = [], words = [];
  function add(piece, word, span) {
    if (pieces.length % 2) pieces.push("");
    var at = pieces.length;
    pieces.push(piece);
    if (word !== null) words.push([at, at + 2 * span, word]);
  }
  text.split(pieceSeparator).forEach(function (piece, n) {
    if (n % 2 || !piece) { pieces.push(piece); return; }
    if (language.segment !== wideSegment || !UNSPACED_ONE.test(piece)) {
      add(piece, reading.word(piece), 0);
      return;
    }
    piece.split(UNSPACED_SPLIT).forEach(function (part, k) {
      if (!part) return;
      var chars = Array.from(part);
      if (k % 2 === 0 || chars.length === 1) { add(part, reading.word(part), 0); return; }
      chars.forEach(function (c, at) {
        var end = at === chars.length - 1;
        add(c, end ? null : reading.word(c + chars[at + 1]), end ? 0 : 1);
      });
    });
  });
  return { pieces: pieces, words: words };
}

/* The text of document `doc` for its excerpt, or null while its part is being fetched (the
   query is answered again when every part asked for is there). */
function textOf(doc) {
  var chunk = Math.floor(doc / textChunk), part = texts[chunk];
  if (part) return part[doc % textChunk] || "";
  if (part === undefined && SCRIPT.indexOf("file:") !== 0) {
    texts[chunk] = null;
    waiting++;
    fetch(TEXT_BASE + chunk + ".json").then(function (response) { return response.json(); })
      .catch(function () { return []; })
      .then(function (list) {
        texts[chunk] = list;
        if (--waiting === 0 && incomplete && latest !== null) answer(latest);
      });
  }
  return part === undefined && SCRIPT.indexOf("file:") === 0 ? "" : null;
}

/* The answer to `query`, or null when parts of the index must come first: the query is then
   answered once they are here, if no other query came in the meantime. */
function search(query) {
  var parts = index && missingParts(query);
  if (parts) {
    parts.then(function () {
      if (latest === query) answer(query);
    }, function (error) {
      console.warn("kbgen search: a part of the index could not be read", error);
    });
    return null;
  }
  var ranked = rank(query), total = ranked.total, marked = highlighter(ranked.terms);
  incomplete = false;
  var items = ranked.hits.slice(0, LIMIT).map(function (hit, position) {
    var entry = store[hit.doc], found = {}, text = "";
    ranked.terms.forEach(function (term, i) {  /* a word reached through a related one is
                                                  answered, so Material does not list it as missing */
      found[term.word] = matched(ranked.pass, hit.doc, i) || relatedOnly(ranked.pass, hit.doc, i);
    });
    if (position < EXCERPTS) {
      var body = textOf(hit.doc);
      if (body === null) incomplete = true;
      else if (body) text = excerpt(body, ranked.pass, phrases(hit.doc)[1]);
    }
    var anchor = entry[3] ? questionAnchor(wordPlaces(hit.doc, ranked.pass.direct), entry[3])
      : "";
    return [{
      location: (entry[1] !== null ? entry[1] : (entry[1] = locationOf(hit.doc))) +
        (anchor ? "#" + anchor : ""),
      title: marked(entry[0]),
      text: (entry[2] ? "<p>" + marked(entry[2]) + "</p>" : "") +
        (text ? '<p class="kb-excerpt">' + text + "</p>" : ""),
      score: total - position,  /* the first's is how many matched: kb.js shows it */
      terms: found
    }];
  });
  var result = { items: items, total: total };
  /* No suggestions: the index holds stems ("heat", "offlin"), not words to complete with;
     prefixes and typos already find what is being typed. */
  if (suggest) result.suggest = [];
  return result;
}

/* Post the answer to `query` (later if parts of the index must come first). */
function answer(query) {
  var data;
  try {
    data = search(query);
  } catch (error) {
    console.warn("kbgen search failed for", query, error);
    data = { items: [] };
  }
  if (data) {
    if (query) mark("kb-answer");
    postMessage({ type: RESULT, data: data });
  }
}

self.kbRank = rank; /* for tests: the ranking without Material's message wrapping */
self.kbUnpack = function (data) {  /* for tests: the head unpacked, every location too */
  unpackHead(data);
  if (data.locationOf)
    data.store.forEach(function (entry, doc) { entry[1] = data.locationOf(doc); });
  if (data.related_terms) {
    var related = Object.create(null);
    Object.keys(data.related_terms).forEach(function (key) { related[key] = data.related[key]; });
    data.related = related;
  }
  delete data.locationOf;
  return data;
};

/* The head as kbgen/core/search_head.py packs it, unpacked in place into what it was: the
   terms from their front coding, the store from its columns (a location from its folder and
   its title's slug when a result shows it: locationOf), `idf` from its value for each number
   of documents, `related` from term numbers (a word's when a query first asks:
   relatedOnDemand). `lengths` are read by loadCompact (lengthsByField). */
function unpackHead(data) {
  if (data.terms_front) {  /* first: the rest reads the terms */
    var front = data.terms_front, terms = new Array(front.length), before = "";
    for (var t = 0; t < front.length; t++) {
      var units = front[t].charCodeAt(0);
      before = terms[t] = before.slice(0, units - (units > 92 ? 36 : 35)) + front[t].slice(1);
    }
    data.terms = terms;
  }
  if (data.titles) {
    var dirs = data.location_dirs, titles = data.titles, locations = data.locations;
    var asked = data.questions || {};
    data.store = titles.map(function (title, k) {
      var entry = [title, null, data.summaries[k]];
      if (Object.prototype.hasOwnProperty.call(asked, k)) entry.push(asked[k]);
      return entry;
    });
    data.locationOf = function (doc) {  /* null in the store until a result shows it */
      var packed = locations[doc], a = packed.indexOf(":"), b = packed.indexOf(":", a + 1);
      return dirs[+packed.slice(0, a)] + slugPrefix(titles[doc], +packed.slice(a + 1, b)) +
        packed.slice(b + 1);
    };
  }
  if (data.idf_df) {
    var table = new Map(), at = 0, k = 0, read = reader(data.idf_df);
    while (read.more()) { at += read.next(); table.set(at, data.idf_values[k++]); }
    data.idf = [];
    for (read = reader(data.df); read.more();) data.idf.push(table.get(read.next()));
  }
  if (data.related_terms) {
    data.related = relatedOnDemand(data.related_terms, data.terms);
  }
}

/* The related terms of packed `related_terms` (term numbers, ascending, as gaps in DIGITS),
   read for a word the first time a query asks (a few of thousands): looked up as the plain
   object was (own keys, then the word's partners). */
function relatedOnDemand(packed, terms) {
  var read = Object.create(null);
  return new Proxy(packed, {
    get: function (target, key) {
      if (typeof key !== "string" || !Object.prototype.hasOwnProperty.call(target, key))
        return undefined;
      if (!(key in read)) {
        var partners = [], n = 0;
        for (var written = reader(target[key]); written.more();)
          partners.push(terms[n += written.next()]);
        read[key] = partners;
      }
      return read[key];
    }
  });
}

/* The first `length` characters of a store title's slug (slug in
   kbgen/core/search_head.py: ASCII letters lowered, every run of other characters one "-",
   none at either end), in one pass that stops there. */
function slugPrefix(title, length) {
  if (!length) return "";
  if (title.indexOf("&") >= 0) title = unescapeHtml(title);
  var out = "", dash = false;
  for (var i = 0; i < title.length && out.length < length; i++) {
    var code = title.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (dash && out) out += "-";
      dash = false;
      out += String.fromCharCode(code);
    } else {
      dash = true;
    }
  }
  return out.slice(0, length);
}

/* The fields' lengths, written field by field, into `lengths` (document by document). */
function lengthsByField(written, lengths, fields) {
  var read = reader(written), documents = lengths.length / fields;
  for (var f = 0; f < fields; f++)
    for (var d = 0; d < documents; d++) lengths[d * fields + f] = read.next();
  return lengths;
}

/* The index and the store of the compact form `data`, once lunr is there. */
function prepare(data, text) {
  unpackHead(data);
  index = loadCompact(data);
  mark("kb-prepared");
  store = data.store;
  locationOf = data.locationOf || null;
  textChunk = data.text_chunk || textChunk;
  if (text) for (var k = 0; k * textChunk < text.length; k++)
    texts[k] = text.slice(k * textChunk, (k + 1) * textChunk);
  whenIdle();
}

/* READY once `preparing` is done, whether the index could be read or not. */
function ready(preparing) {
  preparing.catch(function (error) {
    console.warn("kbgen search: the index could not be read", error);
  }).then(function () { mark("kb-ready"); postMessage({ type: READY }); });
}

var IDLE_MS = 300, idle = null;

/* Make the token set when no query has come for IDLE_MS, so that typing is never kept
   waiting for it (it takes about as long as a broad query). */
function whenIdle() {
  clearTimeout(idle);
  if (index && !index.tokenSet) idle = setTimeout(tokenSet, IDLE_MS);
}

addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === HEAD) {
    if (handHead) handHead(message.data);
  } else if (message.type === SETUP) {
    mark("kb-setup");
    var config = message.data.config || {};
    separator = new RegExp(config.separator || "[\\s\\-]+");
    pieceSeparator = new RegExp("(" + separator.source + ")");
    suggest = !!(message.data.options && message.data.options.suggest);
    if (config.kb) {           /* file://: the offline plugin's search_index.js carries it */
      ready(Promise.resolve(loading).then(function () { return speak(config.kb); })
        .then(function () { prepare(config.kb, config.kb_text); }));
    } else if (prepared) {
      ready(prepared);
    }
  } else if (message.type === QUERY) {
    if (message.data) mark("kb-query");
    latest = message.data;
    prefetch(message.data);
    answer(message.data);
    whenIdle();
  }
});
