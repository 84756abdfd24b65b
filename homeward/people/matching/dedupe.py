"""Batch dedupe of the registry: blocks from shared keys, pruned by birth date, scored, clustered.

1. **Blocks**: persons sharing a ``p:`` (heads of two parts), ``q:`` (shorter heads), ``x:`` (head
   of one, tail of another), ``w:`` (one part whole, another's first two letters) or ``v:`` (one
   part whole, another's last three letters) key. Within a block only pairs whose birth dates
   could still let them reach the threshold are kept: with perfect names, a birth date that
   plainly differs (another year, or another month and day) already rules a pair out, so a block
   of a thousand namesakes gives the few pairs born in the same year, not half a million; in a
   slip key shared by very many, only the same full date. Persons who hold the same document
   number are a block of their own, whatever their dates; a record without a date meets the few
   persons of its whole name.
2. **Vetoes** (``batch_veto``): a batch links on its own, so it does not link what the
   records say are two persons (another recorded sex, patronymics with plainly different
   roots, two full birth dates that differ, a name three letters apart) nor what
   namesakes could say as well (a year, or a year and a father's name, that other
   namesakes born that year, or as many as a common name lets one expect, could match as
   well; a record without a birth date, unless its father's name agrees and few namesakes
   of any age could be it).
3. **Namesakes**: how many active persons carry the same whole name (``n:`` key) tells how
   much an equal name is worth. A pair's log-odds lose ``ln`` of the number of namesakes
   its birth dates (and an agreeing birthplace) leave possible: "KARIMOV AKHROR, 1986" is
   one of many such men, so it is linked to a "Karimov Akhror" only on stronger evidence
   (the same day of birth, a patronymic, the same birthplace, the same passport), while a
   rare name needs nothing more. No namesake holds the pair's own document number.
4. **Scoring**: the best of score.match over both persons' written names.
5. **Clusters**: strongest link first, complete linkage (the vetoes hold for every cross
   pair), so a sparse record cannot chain namesakes into one cluster.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, product

from django.db import connection

from homeward.people.matching.dates import PartialDate, date_agreement
from homeward.people.matching.documents import document_tokens
from homeward.people.matching.parse import parse
from homeward.people.matching.places import AGREE, DIFFER, UNKNOWN, place_agreement
from homeward.people.matching.readings import latin_readings
from homeward.people.matching.score import (
    MATCH_THRESHOLD,
    Evidence,
    Features,
    best_of,
    logit,
    match,
)
from homeward.people.models import Document, Person, PersonKey, PersonName

BLOCK_KINDS = ("p:", "q:", "x:", "w:", "v:")
# The typo-catching kinds (q: shorter heads, x: head and tail, w: and v: one part whole and
# the other's first or last letters) add little to a big block that the p: key of the same
# names does not give already, and cost quadratically.
TYPO_BLOCK_LIMIT = {"q:": 150, "x:": 150, "w:": 150, "v:": 150}
PARALLEL_FROM = 50_000  # pairs; fewer are scored in this process
MAX_WORKERS = 4
NAMESAKE_WEIGHT = 2.0
# A person's links within this many log-odds of its best are rivals; rivals that are not
# linked to each other make the person ambiguous, and none of those links is kept.
AMBIGUITY_MARGIN = 2.0
# A batch links a pair only when few namesakes (persons with the same whole name, ``n:``
# key) could have given the same evidence: ``rivals`` = the namesakes born in the pair's
# year (or undated) other than the pair, times the chance that one of them also agrees on
# what else the pair agrees on (the same day of birth within the year, the father's
# name). At most this many expected rivals. Measured on the synthetic registry at 100k
# (bench/RESULTS.md): a bare name and a year with no other namesake born that year were
# one person 3 times in 4; with one such namesake, 1 time in 3. The same bound holds for the
# rivals a name's namesakes of every year let one expect in the pair's year
# (``Rivals.expected``): at 1M a name and a year were one person 92 % of the time when the
# name had at most two holders, 59 % with 9-16 and 27 % with more than 32 (seventh round).
MAX_RIVALS = 0.15
SAME_DAY_SHARE = 1 / 365
SAME_FATHER_SHARE = 1 / 20
# Fathers' names agree when their roots are this alike (score.Features.patronymic is the
# similarity less 0.75): one slip in an eight-letter root. Less alike but not plainly
# different (Vladislav / Stanislav, Нурлан / Нурланжан) is no evidence of one father.
FATHER_AGREES = 0.85 - 0.75
# Of the namesakes of one nationality, the share born in the same place: the largest
# regions hold about a tenth (the weight of an agreeing birthplace, score.WEIGHTS, says the
# same).
SAME_PLACE_SHARE = 1 / 10
# A record without a birth date is compared with the persons of its name only when they are
# this few: more rivals than an agreeing father's name and birthplace can rule out
# (MAX_RIVALS / (SAME_FATHER_SHARE * SAME_PLACE_SHARE)) leave it to search and review.
MAX_UNDATED_NAMESAKES = 2 + 30
# More holders of one number than this are a placeholder ("000000"), not evidence.
DOCUMENT_BLOCK_LIMIT = 5
# A surname or given name that differs by this many letters (folded, at best) is another
# name, not a slip: at 100k, 1,331 such candidate pairs were two persons, 22 one.
NOT_A_SLIP = 3
# Names two letters apart (or another family-name form of one root: FORM_CHANGE in score.py)
# with no father's name that agrees need this much more than the threshold. At 1M, linked
# pairs with a full birth date and less than this margin were one person 13 times in 50
# (typos such as MOLOOV / Molotow, and as often SAGATOV / SAGATBAEV, AZATBEKOVA /
# NAZARBEKOVA born the same day); with more, 44 in 61 (bench/RESULTS.md, fourteenth round).
TWO_LETTER_MARGIN = 1.0
# Of all persons sharing a name, the share a birth-date agreement leaves possible.
_DATE_SHARE = {2: 1 / 20_000, 1: 1 / 60, 0: 1.0, -1: 1 / 60, -2: 1 / 20_000}

Info = tuple[PartialDate | None, str, str]  # birth date, sex, birthplace


@dataclass
class Cluster:
    person_ids: list[int]
    links: list[tuple[int, int, float]] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _best_logit(dates: int, place: int) -> float:
    """The highest log-odds two persons of one sex can reach with these dates and
    birthplaces, whatever their names."""
    return max(
        logit(
            Features(
                core_min=1.0, core_mean=1.0, patronymic=patronymic, dates=dates, birthplace=place
            )
        )
        for patronymic in (0.0, 0.25, -0.15)
    )


_BEST = {(d, p): _best_logit(d, p) for d in range(-2, 3) for p in (AGREE, UNKNOWN, DIFFER)}


def _odds(p: float) -> float:
    return math.log(p / (1 - p)) if 0 < p < 1 else (-40.0 if p <= 0 else 40.0)


def namesake_penalty(namesakes: int, dates: int, place: int = UNKNOWN) -> float:
    """Twice the ``ln`` of how many persons of this name the birth dates (and an agreeing
    birthplace) leave possible.

    Twice: the fitted model already counts an equal name as strong evidence, as it is
    between two names picked at random; among namesakes it is none.
    """
    share = _DATE_SHARE[dates] * (SAME_PLACE_SHARE if place == AGREE else 1.0)
    return NAMESAKE_WEIGHT * math.log(max(1.0, namesakes * share))


def _active_info() -> dict[int, Info]:
    info: dict[int, Info] = {}
    rows = (
        Person.objects.filter(merged_into__isnull=True)
        .values_list("id", "birth_year", "birth_month", "birth_day", "sex", "birthplace")
        .iterator(chunk_size=50_000)
    )
    for pid, y, m, d, sex, place in rows:
        info[pid] = (PartialDate(y, m, d) if y is not None else None, sex, place)
    return info


def _merged_owners() -> dict[int, int]:
    """Every merged person → the active person it now belongs to (through chains of merges):
    its names, keys and documents are that person's."""
    into = dict(
        Person.objects.filter(merged_into__isnull=False).values_list("id", "merged_into_id")
    )
    owner = {}
    for pid in into:
        target = into[pid]
        for _ in range(5):  # merge chains are short; a cycle must not loop forever
            if target not in into:
                break
            target = into[target]
        owner[pid] = target
    return owner


def _active_documents(info: dict[int, Info], owner: dict[int, int]) -> dict[int, frozenset[str]]:
    """Each active person's document tokens (documents.document_token), with those of the
    persons merged into it."""
    rows: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    documents = Document.objects.values_list("person_id", "kind", "country", "number")
    for pid, kind, country, number in documents.iterator(chunk_size=50_000):
        pid = owner.get(pid, pid)
        if pid in info:
            rows[pid].append((kind, country, number))
    return {pid: document_tokens(items) for pid, items in rows.items()}


class Namesakes:
    """Who carries which whole name (``n:`` key), and how many are born in each year."""

    def __init__(self, rows: Iterator[tuple[int, str, int | None]]) -> None:
        self.keys: dict[int, list[str]] = defaultdict(list)
        self.total: dict[str, int] = defaultdict(int)
        self.by_year: dict[tuple[str, int | None], int] = defaultdict(int)
        for pid, key, year in rows:
            self.keys[pid].append(key)
            self.total[key] += 1
            self.by_year[(key, year)] += 1

    def get(self, pid: int, default: int = 1) -> int:
        """How many persons carry one of ``pid``'s whole names (the most common)."""
        return max((self.total[k] for k in self.keys.get(pid, ())), default=default)

    def rivals(self, a: int, b: int, year: int | None) -> Rivals:
        """The namesakes of ``a`` or ``b``, other than the two, that could be either of them."""
        ka, kb = self.keys.get(a, ()), self.keys.get(b, ())
        born = expected = 0.0
        for key in {*ka, *kb}:
            own = (key in ka) + (key in kb)
            others = float(self.total[key] - own)
            if year is None:
                count = likely = others
            else:
                undated = self.by_year[(key, None)] * _DATE_SHARE[1]
                count = self.by_year[(key, year)] - own + undated
                likely = others * _DATE_SHARE[1]
            born, expected = max(born, count), max(expected, likely)
        return Rivals(born, expected)


@dataclass(frozen=True)
class Rivals:
    """Namesakes that could be either person of a pair.

    ``born``: those born in the pair's year, and each undated one by the chance that it was
    (``_DATE_SHARE``): one "KARIMOV AKHROR" without a date is a rival of a pair born in
    1986 only if he was born in 1986. ``expected``: as many as the name's namesakes of
    every year let one expect in that year: "Каримов Ахрор, 1986" with forty namesakes of
    other years is likely one of several born that year, whether or not the registry holds
    the others. Of every year, for both, when a record has no birth date (it could be any
    of them).
    """

    born: float
    expected: float


def _namesakes() -> Namesakes:
    key_table = PersonKey._meta.db_table
    person_table = Person._meta.db_table
    sql = f"""
        SELECT k.person_id, k.key, p.birth_year FROM {key_table} k
        JOIN {person_table} p ON p.id = k.person_id
        WHERE k.key LIKE 'n:%%' AND p.merged_into_id IS NULL
    """  # noqa: S608 - table names from the models, no input
    with connection.cursor() as cur:
        cur.execute(sql)
        return Namesakes(iter(cur.fetchall()))


def _blocks(info: dict[int, Info], owner: dict[int, int]) -> Iterator[tuple[list[int], bool]]:
    """Active persons sharing each blocking key (a merged person's keys are its owner's),
    streamed in key order, and whether the block is beyond its kind's limit."""
    for kind in BLOCK_KINDS:
        limit = TYPO_BLOCK_LIMIT.get(kind, 10**9)
        rows = (
            PersonKey.objects.filter(key__startswith=kind)
            .order_by("key", "person_id")
            .values_list("key", "person_id")
            .iterator(chunk_size=50_000)
        )
        current: str | None = None
        members: list[int] = []
        seen: set[int] = set()
        for key, pid in rows:
            if key != current:
                if len(members) > 1:
                    yield members, len(members) > limit
                current, members, seen = key, [], set()
            pid = owner.get(pid, pid)
            if pid in info and pid not in seen:
                members.append(pid)
                seen.add(pid)
        if len(members) > 1:
            yield members, len(members) > limit


class Pruner:
    """What a batch knows of every active person, and the bound on the best score a pair
    could reach that prunes pairs before they are scored (read once per run)."""

    def __init__(
        self,
        info: dict[int, Info],
        namesakes: Namesakes,
        threshold: float,
        documents: dict[int, frozenset[str]],
        owner: dict[int, int],
    ):
        self.info, self.namesakes, self.cut = info, namesakes, _odds(threshold)
        self.documents, self.owner = documents, owner

    def evidence(self, pid: int) -> Evidence:
        date, sex, place = self.info[pid]
        documents = self.documents.get(pid, frozenset())
        return Evidence(birth_date=date, sex=sex, documents=documents, birthplace=place)

    def penalty(self, a: int, b: int, dates: int, place: int = UNKNOWN) -> float:
        common = max(self.namesakes.get(a, 1), self.namesakes.get(b, 1))
        return namesake_penalty(common, dates, place)

    def possible(self, a: int, b: int) -> bool:
        (da, sa, pa), (db, sb, pb) = self.info[a], self.info[b]
        if sa and sb and sa != sb:
            return False  # another recorded sex: two persons, for a batch
        dates = date_agreement(da, db)
        both_full = da is not None and db is not None and da.day and db.day
        if dates == -2 or (dates == -1 and both_full):
            return False  # two full dates that differ: two persons, for a batch
        place = place_agreement(pa, pb)
        return _BEST[(dates, place)] - self.penalty(a, b, dates, place) >= self.cut


def _block_pairs(
    block: list[int], pruner: Pruner, oversize: bool = False
) -> Iterator[tuple[int, int]]:
    """Pairs of a block that could reach the threshold, without trying every pair.

    Full birth dates meet only the same full date; a year (or year and month) meets every
    date of that year, unless the block is ``oversize`` (a slip key shared by too many
    persons: the same full date is still rare in it, the same year is not); an unknown
    date meets nobody here (``_undated_pairs``).
    """
    full: dict[PartialDate, list[int]] = defaultdict(list)
    by_year: dict[int, list[int]] = defaultdict(list)
    partial: list[int] = []
    for pid in block:
        date = pruner.info[pid][0]
        if date is None:
            continue
        by_year[date.year].append(pid)
        if date.day is None:
            partial.append(pid)
        else:
            full[date].append(pid)
    candidates: list[Iterator[tuple[int, int]]] = [
        combinations(group, 2) for group in full.values() if len(group) > 1
    ]
    for pid in [] if oversize else partial:
        date = pruner.info[pid][0]
        assert date is not None  # noqa: S101 - partial dates are known
        candidates.append(product([pid], by_year[date.year]))
    for pairs in candidates:
        for a, b in pairs:
            if a != b and pruner.possible(a, b):
                yield (a, b) if a < b else (b, a)


def _undated_pairs(pruner: Pruner) -> Iterator[tuple[int, int]]:
    """A record without a birth date meets the persons of its whole name (``n:`` key), of
    any age, when they are few enough that an agreeing father's name and birthplace could
    still tell them apart (``batch_veto`` counts them all as rivals)."""
    keys, total = pruner.namesakes.keys, pruner.namesakes.total
    undated = [pid for pid, (date, _, _) in pruner.info.items() if date is None]
    wanted = {k for pid in undated for k in keys.get(pid, ()) if total[k] <= MAX_UNDATED_NAMESAKES}
    holders: dict[str, list[int]] = defaultdict(list)
    for pid, names in keys.items():
        for key in names:
            if key in wanted:
                holders[key].append(pid)
    for pid in undated:
        for key in keys.get(pid, ()):
            for other in holders.get(key, ()):
                if other != pid and other in pruner.info and pruner.possible(pid, other):
                    yield (pid, other) if pid < other else (other, pid)


def _document_pairs(documents: dict[int, frozenset[str]]) -> Iterator[tuple[int, int]]:
    """Persons holding the same document number, whatever their names and dates say."""
    holders: dict[str, list[int]] = defaultdict(list)
    for pid, tokens in documents.items():
        for token in tokens:
            holders[token].append(pid)
    for ids in holders.values():
        if 1 < len(ids) <= DOCUMENT_BLOCK_LIMIT:
            yield from combinations(sorted(ids), 2)


def load_pruner(threshold: float = MATCH_THRESHOLD) -> Pruner:
    """What dedupe knows of every active person: dates, sex, birthplace, documents, namesakes."""
    info, owner = _active_info(), _merged_owners()
    return Pruner(info, _namesakes(), threshold, _active_documents(info, owner), owner)


def candidate_pairs(
    threshold: float = MATCH_THRESHOLD, pruner: Pruner | None = None
) -> set[tuple[int, int]]:
    pruner = pruner or load_pruner(threshold)
    pairs = set(_document_pairs(pruner.documents))
    pairs.update(_undated_pairs(pruner))
    for block, oversize in _blocks(pruner.info, pruner.owner):
        pairs.update(_block_pairs(block, pruner, oversize))
    return pairs


def _profiles(ids: set[int], pruner: Pruner) -> dict[int, tuple[list[str], Evidence]]:
    """Each active person's written names (and their readings in other languages'
    spellings, keys.text_keys) and what else is known of them."""
    names: dict[int, list[str]] = defaultdict(list)
    merged = [pid for pid, owner in pruner.owner.items() if owner in ids]
    rows = PersonName.objects.filter(person_id__in=[*ids, *merged]).values_list("person_id", "text")
    for pid, text in rows:
        names[pruner.owner.get(pid, pid)] += [text, *latin_readings(text)]
    return {pid: (names[pid], pruner.evidence(pid)) for pid in ids if pid in pruner.info}


VETOED = -40.0


def father_agrees(f: Features) -> bool:
    return f.patronymic_compared and f.patronymic >= FATHER_AGREES


def agreeing_share(f: Features) -> float:
    """The chance that a namesake born in the pair's year also agrees on what else the pair
    agrees on (the day of birth, the father's name, the birthplace)."""
    if f.same_document:
        return 0.0
    share = SAME_DAY_SHARE if f.dates == 2 else 1.0
    if father_agrees(f):
        share *= SAME_FATHER_SHARE
    if f.birthplace == AGREE:
        share *= SAME_PLACE_SHARE
    return share


def batch_veto(f: Features, ea: Evidence, eb: Evidence, rivals: Rivals) -> str | None:
    """Why a batch must not link two persons however well their names match, or None.

    Search ranks and a person decides; a batch links on its own, so it does not link what
    the records themselves say are two persons: another recorded sex, patronymics with
    plainly different roots, two full birth dates that differ, national numbers that
    differ, a name part that differs by more than a slip (unless both hold one document).
    Nor what they do not say is one: a pair that namesakes born in the same year, or as
    many as the name's namesakes of other years let one expect, could match as well
    (``Rivals`` times ``agreeing_share``); a record without a birth date whose father's
    name does not agree (``father_agrees``), or whose father's name agrees but whose name
    is more than a slip off or whose birthplace differs (at 1M, 5 such pairs in 36 were one
    person); a bare name and a year with anything more than a slip between the two
    spellings (another family-name form is two), even where the birthplaces agree (16 in
    94: a large city is many people's birthplace), or with birthplaces that differ (1 in 3).
    """
    da, db = ea.birth_date, eb.birth_date
    if f.sex_conflict:
        return "sex differs"
    if f.patronymic_conflict:
        return "patronymics differ"
    if f.document_conflict:
        return "national identity numbers differ"
    if da is not None and db is not None and da.day and db.day and f.dates < 2:
        return "full birth dates differ"
    if f.same_document:
        return None
    if f.roles_crossed:
        return "each surname is the other's given name"
    undated = da is None or db is None
    if undated and not father_agrees(f):
        return "no birth date, and no father's name that agrees"
    if f.edits >= NOT_A_SLIP:
        return "a name differs by more than a slip"
    share = agreeing_share(f)
    if round(rivals.born * share, 6) > MAX_RIVALS:
        return "namesakes born that year could match as well"
    if round(rivals.expected * share, 6) > MAX_RIVALS:
        return "the name is too common for a year to tell its bearers apart"
    if undated:
        if f.edits > 1 or f.birthplace == DIFFER:
            return "no birth date, and the name or the birthplace differs"
    elif f.dates < 2 and not father_agrees(f):
        if f.edits > 1:
            return "only the name agrees, and not exactly"
        if f.birthplace == DIFFER:
            return "a name and a year agree, but not the birthplace"
    return None


def pair_verdict(
    profiles: dict[int, tuple[list[str], Evidence]], pruner: Pruner, a: int, b: int
) -> tuple[float, str | None]:
    """A pair's log-odds as a batch reads them (less the namesake penalty), or ``VETOED``
    with ``batch_veto``'s reason."""
    (names_a, ev_a), (names_b, ev_b) = profiles[a], profiles[b]
    results = [match(parse(x), parse(y), ev_a, ev_b, batch=True) for x in names_a for y in names_b]
    best = results[best_of(results)]
    da, db = ev_a.birth_date, ev_b.birth_date
    year = da.year if da is not None and db is not None else None
    rivals = pruner.namesakes.rivals(a, b, year)
    f = best.features
    veto = batch_veto(f, ev_a, ev_b, rivals)
    if veto is not None:
        return VETOED, veto
    if f.same_document:
        return best.logit, None
    margin = TWO_LETTER_MARGIN if f.edits > 1 and not father_agrees(f) else 0.0
    return best.logit - pruner.penalty(a, b, f.dates, f.birthplace) - margin, None


def _pair_logit(
    profiles: dict[int, tuple[list[str], Evidence]], pruner: Pruner, a: int, b: int
) -> float:
    return pair_verdict(profiles, pruner, a, b)[0]


def _probability(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 40.0), -40.0)))


def _score_pairs(
    pairs: list[tuple[int, int]],
    pruner: Pruner,
    cut: float,
    profiles: dict[int, tuple[list[str], Evidence]],
    progress: Callable[[int], object] | None = None,
) -> list[tuple[float, int, int]]:
    scored: list[tuple[float, int, int]] = []
    batch = 20_000
    for start in range(0, len(pairs), batch):
        chunk = pairs[start : start + batch]
        missing = {p for pair in chunk for p in pair} - profiles.keys()
        if missing:
            profiles.update(_profiles(missing, pruner))
        for a, b in chunk:
            if a in profiles and b in profiles:
                value = _pair_logit(profiles, pruner, a, b)
                if value >= cut:
                    scored.append((value, a, b))
        if progress is not None:
            progress(len(chunk))
    return scored


def _all_profiles(ids: set[int], pruner: Pruner) -> dict[int, tuple[list[str], Evidence]]:
    """Names of ``ids`` (and of the persons merged into them) in one pass over the names
    table; what else is known from the pruner."""
    names: dict[int, list[str]] = defaultdict(list)
    rows = PersonName.objects.values_list("person_id", "text").iterator(chunk_size=50_000)
    for pid, text in rows:
        pid = pruner.owner.get(pid, pid)
        if pid in ids:
            names[pid] += [text, *latin_readings(text)]
    return {pid: (names[pid], pruner.evidence(pid)) for pid in ids}


# What forked workers read: set just before the fork, so nothing big is pickled.
_SHARED: dict[str, object] = {}


def _score_in_workers(
    pairs: list[tuple[int, int]],
    pruner: Pruner,
    cut: float,
    progress: Callable[[int], object] | None,
) -> list[tuple[float, int, int]]:
    """Score on every core: forked workers share the profiles loaded once here."""
    workers = max(1, min(os.cpu_count() or 1, MAX_WORKERS))
    size = -(-len(pairs) // workers)
    ids = {p for pair in pairs for p in pair if p in pruner.info}
    _SHARED.update(
        slices=[pairs[i : i + size] for i in range(0, len(pairs), size)],
        pruner=pruner,
        profiles=_all_profiles(ids, pruner),
        cut=cut,
    )
    connection.close()
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(workers) as pool:
            parts = pool.map(_worker, range(workers))
    finally:
        _SHARED.clear()
    if progress is not None:
        progress(len(pairs))
    return [item for part in parts for item in part]


def _worker(index: int) -> list[tuple[float, int, int]]:
    slices = _SHARED["slices"]
    pruner, profiles, cut = _SHARED["pruner"], _SHARED["profiles"], _SHARED["cut"]
    assert isinstance(slices, list) and isinstance(pruner, Pruner)  # noqa: S101
    assert isinstance(profiles, dict) and isinstance(cut, float)  # noqa: S101
    if index >= len(slices):
        return []
    return _score_pairs(slices[index], pruner, cut, profiles)


def _unambiguous(scored: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Drop the links of a person who matches two others, not matching each other, about
    equally well ("KARIMOV AKHROR, 1986" and two Akhror Karimovs born that year)."""
    linked = {(a, b) for _, a, b in scored}
    by_person: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for value, a, b in scored:
        by_person[a].append((value, b))
        by_person[b].append((value, a))
    dropped: set[tuple[int, int]] = set()
    for pid, links in by_person.items():
        if len(links) < 2:
            continue
        best = max(v for v, _ in links)
        rivals = [o for v, o in links if v >= best - AMBIGUITY_MARGIN]
        if any((min(x, y), max(x, y)) not in linked for x, y in combinations(rivals, 2)):
            dropped.update((min(pid, o), max(pid, o)) for o in rivals)
    return [(v, a, b) for v, a, b in scored if (a, b) not in dropped]


def find_clusters(
    *,
    threshold: float = MATCH_THRESHOLD,
    pairs: set[tuple[int, int]] | None = None,
    progress: Callable[[int], object] | None = None,
    pruner: Pruner | None = None,
) -> list[Cluster]:
    """Likely duplicates, joined strongest link first.

    Single linkage would chain namesakes through a sparse record ("ABDIROV Serik", no
    date, no patronymic) into one big cluster; two clusters are joined only when every
    cross pair is itself a likely match (complete linkage), so each member plausibly is
    every other.
    """
    pruner = pruner or load_pruner(threshold)
    if pairs is None:
        pairs = candidate_pairs(pruner=pruner)
    cut = pruner.cut
    ordered = sorted(pairs)
    profiles: dict[int, tuple[list[str], Evidence]] = {}
    if len(ordered) < PARALLEL_FROM or connection.vendor != "postgresql":
        scored = _score_pairs(ordered, pruner, cut, profiles, progress)
    else:
        scored = _score_in_workers(ordered, pruner, cut, progress)
    scored = _unambiguous(scored)
    uf = _UnionFind()
    members: dict[int, list[int]] = {}
    links: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    cache: dict[tuple[int, int], float] = {(a, b): s for s, a, b in scored}

    def linked(x: int, y: int) -> bool:
        key = (min(x, y), max(x, y))
        if key not in cache:
            missing = {x, y} - profiles.keys()
            if missing:
                profiles.update(_profiles(missing, pruner))
            cache[key] = (
                _pair_logit(profiles, pruner, *key) if not missing - profiles.keys() else -40.0
            )
        return cache[key] >= cut

    for value, a, b in sorted(scored, reverse=True):
        ra, rb = uf.find(a), uf.find(b)
        score = _probability(value)
        if ra == rb:
            links[ra].append((a, b, score))
            continue
        group_a, group_b = members.get(ra, [a]), members.get(rb, [b])
        if not all(linked(x, y) for x in group_a for y in group_b):
            continue
        uf.union(a, b)
        root = uf.find(a)
        members[root] = group_a + group_b
        links[root] = [*links.pop(ra, []), *links.pop(rb, []), (a, b, score)]
    clusters = [
        Cluster(sorted(group), links.get(root, []))
        for root, group in members.items()
        if uf.find(root) == root
    ]
    clusters.sort(key=lambda c: (-len(c.person_ids), c.person_ids[0]))
    return clusters
