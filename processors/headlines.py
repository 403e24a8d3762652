"""Title Case and ALL CAPS headlines: the small English model tags them badly
("Taliban Seize Farah" reads as one organisation), so they are parsed again in
sentence case before claims and events are read. Words the rule pack knows, stop
words and numbers are lowercased; names keep their capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from processors.numbers import is_number_word
from processors.rulepack import RulePack

Reparse = Callable[[str], Doc]
NAME_LABELS = {"GPE", "LOC", "ORG", "NORP", "PERSON", "FAC", "EVENT", "PRODUCT"}


def sentences(doc: Doc, rules: RulePack, reparse: Reparse | None) -> Iterator[tuple[Span, Span]]:
    """(sentence to read, sentence as written) for every sentence of `doc`; headline-cased
    sentences are read from a sentence-cased parse when `reparse` is given."""
    for sent in doc.sents:
        label = _label_end(sent, rules) if reparse is not None else 0
        if reparse is not None and (label or is_headline_case(sent)):
            body = sent[label:] if label else sent
            text = sentence_case(body, rules) if is_headline_case(body) else body.text.strip()
            # "X FALLS ... Y OVERRUN HOURS LATER ...": a wire headline's items, each its own
            for item in ELLIPSIS.split(text):
                if item.strip():
                    for inner in reparse(item.strip()).sents:
                        yield inner, sent
        else:
            yield sent, sent


DASHES = {"—", "–", "-", "--"}
ELLIPSIS = re.compile(r"\s+(?:\.\.\.|…)(?:\s+|$)")


def _label_end(sent: Span, rules: RulePack) -> int:
    """ "FLASH — X falls to Y", "BREAKING — ...": a news label in capitals and a dash (or a
    label and a colon: "Live: X seize Y") before
    the headline (the parser takes the label for the subject). The index, within `sent`, of
    the headline after the dash; 0 when there is none."""
    labels = set(rules.modality.own_story_labels)
    first = sent[0]
    if len(sent) > 3 and first.text.isupper() and first.lower_ in labels and sent[1].text == "(":
        # "BREAKING (14 Aug, 21:40 Kabul): X has fallen": the label's stamp in brackets
        # (the tokenizer may join the bracket and the colon: "):")
        close = next((t.i - sent.start for t in sent[2:16] if t.text.startswith(")")), None)
        if close is not None and close + 2 < len(sent):
            mark = sent[close].text[1:] or sent[close + 1].text
            if mark == ":" or mark in DASHES:
                return close + (1 if sent[close].text[1:] else 2)
    for i, token in enumerate(sent[:4]):
        colon = token.text == ":"  # "Live: X seize Y", "UPDATE: ...": a colon marks a label
        # "UPDATE 2-At least 20 killed": a wire's version count, its dash unspaced
        versioned = token.text in DASHES and i > 1 and sent[i - 1].is_digit
        if (colon or token.text in DASHES) and (token.whitespace_ or versioned) and i > 0:
            words = sent[: i - 1] if versioned else sent[:i]
            label = words.text.strip().lower()
            upper = colon or all(t.text.isupper() for t in words if t.is_alpha)
            return i + 1 if upper and label in labels and i + 1 < len(sent) else 0
    return 0


def is_headline_case(sent: Span) -> bool:
    """Most words of four letters or more start with a capital."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    capitals = sum(1 for t in words if t.text[0].isupper())
    return capitals >= 0.8 * len(words)


def sentence_case(sent: Span, rules: RulePack) -> str:
    known = known_words(rules)
    out = []
    for i, token in enumerate(sent):
        out.append(_case(token, known, first=i == 0) + token.whitespace_)
    return "".join(out).strip()


def _case(token: Token, known: frozenset[str], first: bool) -> str:
    text = token.text
    lower = token.lower_
    if first:
        return text if not text.isupper() or len(text) <= 4 else text.title()
    common = token.is_stop or is_number_word(lower) or bool(_stems(lower) & known)
    if common or token.like_num or not token.is_alpha and "-" not in text:
        return lower if not token.like_num else text
    if text.isupper() and len(text) <= 3:
        return text  # US, UK, UN
    if token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN":
        return text.title() if text.isupper() else text
    return lower


def _stems(word: str) -> set[str]:
    forms = {word}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("d", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return forms


@lru_cache(maxsize=8)
def _known(rules_id: int, words: tuple[str, ...]) -> frozenset[str]:
    del rules_id
    return frozenset(words)


def known_words(rules: RulePack) -> frozenset[str]:
    """Every single word the rule pack's lexicons name."""
    phrases: list[str] = [*rules.count_nouns, *rules.bound_verbs, *rules.subcounts.modifiers]
    for metric in rules.metrics:
        phrases += metric.keywords
        for obj in metric.objects:
            phrases += obj.nouns + obj.predicates
    for event in rules.events.events:
        phrases += event.triggers + event.cues + event.nouns + event.noun_verbs
        phrases += event.trigger_nouns + event.control_nouns + event.control_verbs
        phrases += event.control_takers + event.loss_triggers + event.expel_triggers
        for spec in event.prep_triggers:
            phrases += spec.verbs + spec.preps + spec.objects
    for values in rules.modality.model_dump().values():
        phrases += values
    words = sorted({w for p in phrases for w in p.lower().split() if w.isalpha()})
    return _known(id(rules), tuple(words))
