"""Duplicate detection across a stream of articles: exact (same normalised content) and
near (MinHash LSH over word shingles), with bounded memory and FIFO eviction.

The default threshold is low on purpose: a machine-spun rewrite swaps most words for
synonyms, so it keeps only about a quarter of the original's word pairs (Jaccard 0.28
on the seeds 001/002), while different outlets' reports of one story share at most
7% (the other seed pairs). See README "Text processors" for the figures.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from processors.clean import content_hash
from processors.models import Article

DEFAULT_THRESHOLD = 0.15
DEFAULT_SHINGLE = 2
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DuplicateMatch:
    """The earlier article an article duplicates, and their estimated Jaccard similarity
    (1.0 and `exact` for the same normalised content)."""

    duplicate_of: str
    similarity: float
    exact: bool = False


@dataclass
class _Entry:
    order: int
    digest: str
    minhash: MinHash | None
    match: DuplicateMatch | None


class NearDuplicateIndex:
    """The last `capacity` articles seen, oldest evicted first. Deterministic: the same
    articles in the same order give the same matches. Texts with fewer than
    `min_shingles` distinct word pairs are only checked for exact duplicates."""

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        capacity: int = 10_000,
        num_perm: int = 128,
        shingle: int = DEFAULT_SHINGLE,
        seed: int = 1,
        min_shingles: int = 80,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if capacity < 1 or shingle < 1:
            raise ValueError("capacity and shingle must be at least 1")
        self.threshold = threshold
        self.capacity = capacity
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        self.min_shingles = min_shingles
        self._lsh = MinHashLSH(
            threshold=threshold, num_perm=num_perm, params=_lsh_bands(threshold, num_perm)
        )
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._by_digest: dict[str, str] = {}
        self._counter = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def check(self, article_id: str, text: str) -> DuplicateMatch | None:
        """The earlier article that `text` duplicates, if any; then remember this one.
        Checking an id again returns the first answer (redelivery is harmless)."""
        if article_id in self._entries:
            return self._entries[article_id].match
        digest = content_hash(text)
        exact = self.exact_duplicate_of(text, digest)
        if exact is not None:
            entry = _Entry(self._counter, digest, None, DuplicateMatch(exact, 1.0, exact=True))
        else:
            minhash = self.signature(text)
            entry = _Entry(self._counter, digest, minhash, self._nearest(minhash))
            if minhash is not None:
                self._lsh.insert(article_id, minhash)
            self._by_digest[digest] = article_id
        self._counter += 1
        self._entries[article_id] = entry
        while len(self._entries) > self.capacity:
            self._evict_oldest()
        return entry.match

    def exact_duplicate_of(self, text: str, digest: str | None = None) -> str | None:
        """The id of a remembered article with the same normalised content, if any
        (cheap: lets a caller skip NLP for a repeat)."""
        return self._by_digest.get(digest or content_hash(text))

    def signature(self, text: str) -> MinHash | None:
        """MinHash of the text's word shingles; None for a text too short to compare
        (under `min_shingles`: two short items sharing a phrase are not duplicates)."""
        shingles = word_shingles(text, self.shingle)
        if not shingles or len(shingles) < self.min_shingles:
            return None
        minhash = MinHash(num_perm=self.num_perm, seed=self.seed)
        minhash.update_batch([s.encode() for s in sorted(shingles)])
        return minhash

    def _nearest(self, minhash: MinHash | None) -> DuplicateMatch | None:
        if minhash is None:
            return None
        scored = []
        for candidate in self._lsh.query(minhash):
            entry = self._entries[candidate]
            assert entry.minhash is not None
            similarity = round(float(minhash.jaccard(entry.minhash)), 4)
            if similarity >= self.threshold:
                scored.append((-similarity, entry.order, candidate))
        if not scored:
            return None
        negative_similarity, _, best = min(scored)
        return DuplicateMatch(best, -negative_similarity)

    def _evict_oldest(self) -> None:
        article_id, entry = self._entries.popitem(last=False)
        if entry.minhash is not None:
            self._lsh.remove(article_id)
        if self._by_digest.get(entry.digest) == article_id:
            del self._by_digest[entry.digest]


@lru_cache(maxsize=16)
def _lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for a threshold; cached, as finding them takes ~0.1 s."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def word_shingles(text: str, size: int = DEFAULT_SHINGLE) -> set[str]:
    """The set of `size` consecutive casefolded words (all words when there are fewer).
    Quotes, dashes and spacing never matter: only word characters are kept."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def mark_duplicate(article: Article, index: NearDuplicateIndex) -> Article:
    """The article with `duplicate_of` and `similarity` set when `index` has seen a
    duplicate of it (title and body are compared); it is never dropped."""
    text = f"{article.title}\n{article.text}" if article.title else article.text
    match = index.check(article.id, text)
    if match is None:
        return article
    return article.model_copy(
        update={"duplicate_of": match.duplicate_of, "similarity": match.similarity}
    )
