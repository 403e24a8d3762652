"""Which sentences of an article can hold a claim or an event, found without a
statistical parse, so that only those are parsed.

A claim starts from a number (digits, number words, ordinals, "a dozen", "half",
fractions, "percent"), so a sentence without one holds no claim. An event needs one
of its rule's trigger words (any inflection: "fell" is "fall"), or for an embassy
event an embassy word ("embassy", "diplomats") in the sentence (see `rule_words`).
Every word is taken from the rule pack, so a trigger added to the YAML is a
candidate word at once.
Sentences are split cheaply on the tokenizer's output: at line breaks (as the
enrichment parse does) and after sentence-final punctuation followed by a word that
does not start in lower case. The test is deliberately generous: a false candidate
costs a parse, a missed one costs a claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from processors.numbers import (
    COLLECTIVES,
    DENOMINATORS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    SCALES,
    SINGLE_NOUNS,
    SINGLE_ONLY,
    SINGLE_VERBS,
    TENS,
    UNITS,
)
from processors.rulepack import EventRules, RulePack

NUMBER_WORDS = frozenset(
    {*UNITS, *TENS, *SCALES, *ORDINAL_UNITS, *ORDINAL_TENS, *DENOMINATORS, *COLLECTIVES}
    | {"half", "dozen", "percent", "%"}
)
SINGLE_WORDS = frozenset(SINGLE_VERBS | SINGLE_NOUNS)
SENTENCE_ENDS = frozenset({".", "!", "?", "...", "…"})
# suffixes an inflected word may carry (events read `_forms` the same way)
_SUFFIXES = (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"),
             ("ing", ""), ("ing", "e"), ("d", ""), ("en", ""), ("en", "e"), ("n", ""))  # fmt: skip

Lemmas = Callable[[str], Iterable[str]]


@dataclass(frozen=True)
class Piece:
    """Tokens `start` to `end` of an article's doc; `parse`: they hold candidates."""

    start: int
    end: int
    parse: bool


# words of a clause that repeats the act before ("issued similar advice", "followed suit",
# "did the same", "did likewise")
ECHO_WORDS = frozenset({"similar", "suit", "same", "likewise", "identical"})


def rule_words(rules: RulePack) -> frozenset[str]:
    """The lower-case lemmas that make a sentence a candidate for an event. An embassy
    event needs one of its rule's actor nouns in the sentence ("embassy", "diplomats"),
    so those words are enough: with none of them its trigger makes no event, and with
    one the sentence is parsed (the first full embassy mention is also the context for
    later ones). Any other event needs its trigger, noun verb, event noun, a verb
    with a place after a preposition, a loss verb or a control noun ("control")."""
    words: set[str] = set()
    for rule in rules.events.events:
        if rule.actor == "embassy":
            words.update(rule.actor_nouns)
            if "consulate" in rule.actor_nouns:
                words.add("consular")  # "the US consular office in X" (events.missions._consular)
            words.update(rule.addressees)  # "Britain told its nationals to leave"
        else:
            words.update(rule.triggers, rule.noun_verbs, rule.trigger_nouns)
            # (a verb that needs its object is a pair: "raised a flag", "fought their way")
            words.update(v for spec in rule.prep_triggers if not spec.objects for v in spec.verbs)
            # a control phrase needs its noun ("came under Taliban control")
            # (loss and control-taking verbs act only with a control noun)
            words.update(rule.control_nouns, rule.expel_triggers)
            words.update(n.split()[0] for n in rule.nouns if n.strip())
    # "Y follows nine days later": a place taken after the one before
    # (events.captures._following_captures)
    words.update(rules.events.follow_verbs)
    # "X also lost late Thursday": a clipped passive with no side named
    # (events.captures._loss_captures)
    if any("lose" in r.loss_triggers for r in rules.events.events if r.actor != "embassy"):
        words.add("lose")
    return frozenset(w.lower() for w in words if w.strip())


# a people's plural that is not its adjective plus "s" (its country's code)
PEOPLE_IRREGULAR = {"poles": "pl", "swedes": "se", "danes": "dk", "finns": "fi",
                    "spaniards": "es", "britons": "uk", "new zealanders": "nz",
                    "filipinos": "ph", "icelanders": "is", "luxembourgers": "lu",
                    "turks": "tr"}  # fmt: skip
# adjectives that take no plural "s" of people ("the British", "the Japanese")
_NO_PLURAL = ("sh", "ese", "ss", "ch", "y")


def people_plurals(cfg: EventRules) -> dict[str, str]:
    """Each sending country's people by their plural noun ("south koreans", "new
    zealanders", "mozambicans"), lower case, mapped to the country's code: the adjective
    of each sender that takes a plural "s", and the irregular plurals."""
    out: dict[str, str] = {}
    countries = cfg.embassy_countries
    for code, spec in countries.items():
        adjective = spec.name.lower()  # the label's adjective ("South Korean")
        plural = len(adjective) > 2 and not adjective.endswith(_NO_PLURAL)
        if plural and adjective.replace(" ", "").isalpha():
            out[f"{adjective}s"] = code
    out.update({w: c for w, c in PEOPLE_IRREGULAR.items() if c in countries})
    return out


RANK_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                        "eighth", "ninth", "tenth", "latest"})  # fmt: skip


def rule_pairs(rules: RulePack) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Pairs of word sets that make a sentence a candidate together, though neither does
    alone (too common): a verb of losing, holding, leaving or declaring beside a word of
    an armed side ("X was abandoned by the army", "X is now held by the Taliban"), and a
    phrasal verb's two words ("X was given up")."""
    sides = {w for g in rules.events.groups for a in g.aliases for w in a.split() if w.isalpha()}
    sides -= STOP_WORDS  # "the" of "the army"
    pairs: list[tuple[frozenset[str], frozenset[str]]] = []
    for rule in rules.events.events:
        if rule.actor == "embassy":
            if rule.addressees:  # "Seoul told South Koreans in Laos to stay indoors"
                people = frozenset(p.split()[-1] for p in people_plurals(rules.events))
                pairs.append((people, frozenset(rule.triggers)))
                # "the Foreign Office advised against all travel to Lesotho"
                pairs.append((frozenset({"travel"}), frozenset(rule.triggers)))
            if rule.sender_nouns:  # "Do not travel to X, the State Department said"
                cues = frozenset(c for c in rule.headline_cues if " " not in c) | frozenset(
                    c.split()[-1] for c in rule.cues if c.startswith("not ")
                )  # "not to travel"
                pairs.append((frozenset(rule.sender_nouns), cues))
            continue
        verbs = [*rule.loss_triggers, *rule.hold_verbs, *rule.withdraw_triggers,
                 *rule.declare_verbs, *rule.presence_preps]  # fmt: skip
        single = frozenset(v for v in verbs if " " not in v)
        if single:
            pairs.append((single, frozenset(sides)))
        for phrase in (v.split() for v in verbs if " " in v):
            pairs.append((frozenset({phrase[0]}), frozenset({phrase[-1]})))
        for spec in rule.prep_triggers:
            if spec.objects:
                pairs.append((frozenset(spec.verbs), frozenset(spec.objects)))
    # a place ranked among those that went: "X was the latest to go"
    pairs.append((frozenset({"go"}), RANK_WORDS))
    # a town that yields: "X opened its gates to the Taliban" (events.reading._gate_captures)
    pairs.append((frozenset({"open"}), frozenset({"gate", "gates"})))
    return pairs


def word_forms(word: str, lemmas: Lemmas | None = None) -> set[str]:
    """The word, every lemma `lemmas` can give it under any part of speech, and the
    word without each regular suffix (with a doubled consonant undone: "slipped")."""
    forms = {word}
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            forms.add(stem + repl)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
    if lemmas is not None:
        forms.update(lemmas(word))
    return forms


def model_lemmas(nlp: Language) -> Lemmas | None:
    """All lemmas the model's rule lemmatizer could give a word, whatever its tag."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return None
    exceptions = lookups.get_table("lemma_exc")
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    tables = [exceptions[key] for key in exceptions]
    suffix_rules = [(old, new) for key in rules for old, new in rules[key] if old]

    def lemmas(word: str) -> set[str]:
        out: set[str] = set()
        for table in tables:
            out.update(table.get(word, ()))
        for old, new in suffix_rules:
            if word.endswith(old):
                out.add(word[: -len(old)] + new)
        return out

    return lemmas


class CandidateFinder:
    """Splits a tokenized (unparsed) doc into sentences and says which to parse."""

    def __init__(self, rules: RulePack, lemmas: Lemmas | None = None) -> None:
        self.words = rule_words(rules)
        self.pairs = rule_pairs(rules)
        self._paired = frozenset(w for pair in self.pairs for part in pair for w in part)
        self.lemmas = lemmas
        self._cache: dict[int, bool] = {}
        self._pair_cache: dict[int, frozenset[str]] = {}
        # "the city", "the provincial seat": a place the sentence before names
        self.references = frozenset({*rules.events.city_nouns, "capital", "seat"})
        # "X closed its embassy in Y. Its staff were flown out the same day": a sentence
        # opening with "it" or "its" and an embassy trigger, after one naming a mission
        embassy = [r for r in rules.events.events if r.actor == "embassy"]
        self.mission_words = frozenset(w for r in embassy for w in r.actor_nouns)
        self.mission_acts = frozenset(w for r in embassy for w in r.triggers)

    def is_candidate_word(self, token: Token) -> bool:
        """A number, or a word one of whose forms is a rule word."""
        known = self._cache.get(token.orth)
        if known is None:
            known = self._cache[token.orth] = self._test(token)
        return known

    def _test(self, token: Token) -> bool:
        text = token.lower_
        if token.like_num or any(c.isdigit() for c in text):
            return True
        parts = text.replace("-", " ").replace("/", " ").split()
        if any(p in NUMBER_WORDS for p in parts):
            return True  # "twenty-five", "one-third"
        if not any(c.isalpha() for c in text):
            return False
        return any(word_forms(p, self.lemmas) & self.words for p in parts or [text])

    def pair_words(self, token: Token) -> frozenset[str]:
        """The words of `rule_pairs` one of the token's forms is."""
        known = self._pair_cache.get(token.orth)
        if known is None:
            forms = word_forms(token.lower_, self.lemmas) if token.is_alpha else set()
            known = self._pair_cache[token.orth] = frozenset(forms & self._paired)
        return known

    def _paired_candidate(self, tokens: Iterable[Token]) -> bool:
        found = {w for t in tokens for w in self.pair_words(t)}
        return any(found & first and found & second for first, second in self.pairs)

    def sentence_starts(self, doc: Doc) -> list[int]:
        """Token indices where a sentence starts (always 0 for a non-empty doc)."""
        starts = [0] if len(doc) else []
        ended = False
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space and "\n" in previous.text:
                if not token.is_space:
                    starts.append(token.i)
                ended = False
                continue
            if previous.text in SENTENCE_ENDS or previous.text.endswith(("!", "?")):
                ended = True
            if not ended or token.is_space:
                continue
            if token.is_punct:
                # an opening quote after a space opens the next sentence: '. "We'
                spaced = bool(previous.whitespace_) or previous.is_space
                if spaced and (token.is_left_punct or token.is_quote):
                    starts.append(token.i)
                    ended = False
                continue
            ended = False
            if not token.text[:1].islower():
                starts.append(token.i)
        return starts

    def pieces(self, doc: Doc) -> list[Piece]:
        """The doc cut into runs of sentences, each to parse or not, covering every token."""
        if not len(doc):
            return [Piece(0, 0, True)]  # nothing to split (an empty doc costs no parse)
        starts = self.sentence_starts(doc)
        bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
        pieces: list[Piece] = []
        notice = False
        for n, (start, end) in enumerate(bounds):
            parse = any(self.is_candidate_word(t) for t in doc[start:end])
            parse = parse or self._paired_candidate(doc[start:end])
            parse = parse or self._told_singly(doc[start:end])
            # "Alert from the US embassy, 8 May: crowds are gathering. Avoid the area.": a
            # notice labelled by its mission goes on to its paragraph's end, and what it
            # tells people to do may come sentences later (events.missions._label_triggers)
            newline = start > 0 and "\n" in doc[start - 1].text + doc[start - 1].whitespace_
            notice = notice and not newline
            parse = parse or notice
            notice = notice or self._labels_notice(doc[start:end])
            if not parse and pieces and pieces[-1].parse and self._goes(doc[start:end]):
                # "Kunduz fell on Sunday. Within hours Sar-e Pul went too": a place that
                # "went" right after a sentence read is taken too, a verb too common to
                # parse for alone (events.captures._passing_captures)
                parse = True
            if not parse and n and doc[start].lower_ in ("it", "its"):
                parse = self._mission_goes_on(doc[slice(*bounds[n - 1])], doc[start:end])
            if not parse and n and any(t.lower_ in ECHO_WORDS for t in doc[start:end]):
                # "The US embassy urged Americans to leave. Britain issued similar advice.":
                # a sentence repeating the mission's act before (events.missions._echoes)
                parse = any(t.lower_ in self.mission_words for t in doc[slice(*bounds[n - 1])])
            if parse and pieces and not pieces[-1].parse and self._refers_back(doc[start:end]):
                # "Rebels encircled X. The town fell on Sunday": parse the sentence before,
                # which names the place "the town" refers to
                last = pieces.pop()
                cut = max(s for s in starts if s < start)
                if last.start < cut:
                    pieces.append(Piece(last.start, cut, False))
                start = cut
            if pieces and pieces[-1].parse == parse:
                pieces[-1] = Piece(pieces[-1].start, end, parse)
            else:
                pieces.append(Piece(start, end, parse))
        return pieces

    def _goes(self, tokens: Iterable[Token]) -> bool:
        """A form of "go" ("went", "gone", "goes") among the tokens."""
        return any(t.is_alpha and "go" in word_forms(t.lower_, self.lemmas) for t in tokens)

    def _told_singly(self, tokens: Iterable[Token]) -> bool:
        """A count of one may be told without a numeral (processors.claims._told_singly):
        the article or "only" beside a verb of dying or reporting or a noun of the dead or
        of cases ("A firefighter died", "its only death")."""
        words = [t.lower_ for t in tokens]
        if not {"a", "an", *SINGLE_ONLY} & set(words):
            return False
        return any(word_forms(w, self.lemmas) & SINGLE_WORDS for w in words if w.isalpha())

    def _labels_notice(self, tokens: Iterable[Token]) -> bool:
        """The sentence names a mission and a colon follows it (a notice's label)."""
        words = [t.lower_ for t in tokens]
        named = next((i for i, w in enumerate(words) if w in self.mission_words), None)
        return named is not None and ":" in words[named:]

    def _mission_goes_on(self, before: Iterable[Token], tokens: Iterable[Token]) -> bool:
        """The sentence before names a mission and this one holds an embassy trigger."""
        if not any(t.lower_ in self.mission_words for t in before):
            return False
        return any(word_forms(t.lower_, self.lemmas) & self.mission_acts for t in tokens)

    def _refers_back(self, tokens: Iterable[Token]) -> bool:
        """The sentence holds "the" shortly before a city noun ("the town", "the provincial
        capital")."""
        words = [t.lower_ for t in tokens]
        return any(
            w in self.references and "the" in words[max(0, i - 3) : i] for i, w in enumerate(words)
        )
