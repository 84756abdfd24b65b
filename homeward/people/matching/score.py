"""The probability that two written names (and what else is known) are one person.

Features: how well every surname and given name of the shorter name is matched in the
other (order-free, after transliteration and stemming), the patronymic roots, extra
unmatched names, birth-date agreement, documents and sex. A logistic model turns them into
a probability; its weights were fitted on the labelled development pairs
(``scripts/fit_matcher.py``) and are the only thing learnt from data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import permutations

from rapidfuzz.distance import OSA, Levenshtein

from homeward.people.matching.dates import PartialDate, date_agreement
from homeward.people.matching.documents import CONFLICT, SAME, document_agreement
from homeward.people.matching.parse import (
    ParsedName,
    Role,
    Token,
    given_and_patronymic,
    marked_surname,
    parse,
    surname_form,
)
from homeward.people.matching.places import place_agreement
from homeward.people.matching.readings import latin_readings
from homeward.people.matching.reasons import Reason
from homeward.people.matching.translit import coarse, j_readings, romanise

MATCH_THRESHOLD = 0.5
# A reading of a name in another language's spelling (readings.py) is a guess: between two
# comparisons that match equally well, the one of the names as written wins.
READING_COST = 1.0
PATRONYMIC_CONFLICT = 0.6
# Below this, a surname or given name differs by more than a spelling variant.
SPELLING_VARIANT = 0.75


@dataclass(frozen=True)
class Evidence:
    """What is known of one side besides its name."""

    birth_date: PartialDate | None = None
    sex: str = ""
    documents: frozenset[str] = frozenset()  # documents.document_token of each
    birthplace: str = ""

    @property
    def beyond_name_and_date(self) -> bool:
        return bool(self.sex or self.documents or self.birthplace)


@dataclass
class Features:
    core_min: float = 0.0
    core_mean: float = 0.0
    patronymic: float = 0.0  # root similarity - 0.75 when both have one, else 0
    patronymic_conflict: int = 0  # both have one and the roots are plainly different
    unmatched: int = 0
    single_core: int = 0
    dates: int = 0
    same_document: int = 0
    sex_conflict: int = 0
    birthplace: int = 0  # places.AGREE, UNKNOWN or DIFFER
    document_conflict: int = 0  # two national numbers of one country differ
    patronymic_compared: bool = False  # both had one (not a model input)
    # Letters the most different aligned surname / given name differ by, at best
    # (``_edits``): a slip changes one or two, another name three or more, whatever the
    # ratio says of two long names (Isroilova / Isroiljonova). Not a model input; worked
    # out for a batch only (``features(batch=True)``), as is ``roles_crossed``.
    edits: int = 0
    # Both names mark their surname by its ending, and each surname is read as the other's
    # given name (PAVLOV Arkadii / Аркадиев, Павел): namesakes of swapped names, for a
    # batch. Not a model input.
    roles_crossed: bool = False

    def vector(self) -> list[float]:
        return [
            self.core_min,
            float(self.core_min < SPELLING_VARIANT),
            self.core_mean,
            self.patronymic,
            float(self.patronymic_conflict),
            float(self.unmatched),
            float(self.single_core),
            float(max(self.dates, 0)),
            float(min(self.dates, 0)),
            float(self.same_document),
            float(self.sex_conflict),
            float(self.birthplace > 0),
            float(self.birthplace < 0),
            float(self.document_conflict),
        ]


# Intercept first, then one weight per entry of Features.vector(). Fitted on the labelled
# development pairs by scripts/fit_matcher.py (L2-regularised), except nine set by hand
# because that data has no examples of them (scripts/fit_matcher.py FIXED):
# a surname or given name further apart than a spelling variant (-8) and plainly
# different patronymic roots (-8) mean namesakes, not one person; a name of a single word
# is weak evidence (-5); a birth date that disagrees costs 4 per step (another year: -8);
# an equal document number is strong evidence (+4); a different sex counter-evidence (-3).
# A birthplace is the log of a likelihood ratio: one person's records name the same place
# about 9 times in 10 (the rest: a town for its region, a slip of memory), two namesakes of
# one nationality about 1 time in 10 (the largest regions hold that share), so agreeing
# is worth ln 9 ≈ +2.2 and differing ln(1/9) ≈ -2.2. Two national numbers of one country
# that differ are two persons unless one was mistyped past its check: -10, more than a
# name written alike and an equal full birth date give (at most +9.4), so the numbers
# decide; an equal document or birthplace on top leaves such a pair for an operator to see.
WEIGHTS: tuple[float, ...] = (
    3.39, 1.72, -8.0, 1.36, -0.24, -8.0, 0.0, -5.0, 1.45, 4.0, 4.0, -3.0, 2.2, -2.2, -10.0
)  # fmt: skip


@dataclass
class MatchResult:
    score: float
    features: Features
    logit: float
    explanation: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return self.score >= MATCH_THRESHOLD


AMBIGUOUS_CAP = 0.92
COGNATE_BASE = 0.9
# Below this plain similarity, reading a and o as one vowel cannot make two words spellings
# of one (Озод / Азад is 0.5 plain, Бобоев / Бабаев 0.67): the reading is not tried, which
# saves it on most pairs.
VOWEL_FLOOR = 0.5
# The coarse forms merge vowels (о/у, е/и) and consonants (ж/ш/й, х/қ/ғ): two names that
# still differ there by two letters are two names (Elena / Irina, Kalashnikov / Kolesnik,
# Kashin / Gasanov), not spellings of one.
ROUGH_MIN = 0.85
# Names that differ in their first sound are rarely spellings of one name (Berik / Serik).
FIRST_LETTER_PENALTY = 0.75


def token_similarity(a: Token, b: Token) -> float:
    """1.0 for one spelling; a little less when only an ambiguous letter (j, х/қ) differs."""
    return _similarity(a.folded, a.as_written, a.stems, b.folded, b.as_written, b.stems)


@lru_cache(maxsize=200_000)
def _similarity(
    a: str,
    a_written: str,
    a_stems: tuple[str, ...],
    b: str,
    b_written: str,
    b_stems: tuple[str, ...],
) -> float:
    """token_similarity of two words given by their fold, fold as written and stems (the
    first is the word's stem). Cached: a query's words meet the same candidates' words many
    times over, in every written form of every candidate."""
    if a == b and a_written != b_written:
        # One name in two languages (cognates.py): as good as a spelling variant, and the
        # closer spelling first (Аляксандр before Аляксандар for Aleksandr).
        literal = Levenshtein.normalized_similarity(a_written or a, b_written or b)
        return COGNATE_BASE + (1.0 - COGNATE_BASE) * literal
    full = Levenshtein.normalized_similarity(a, b)
    stems = max(Levenshtein.normalized_similarity(x, y) for x in a_stems for y in b_stems)
    best = max(full, stems)
    if best >= AMBIGUOUS_CAP:
        return best
    readings = max(
        Levenshtein.normalized_similarity(x, y)
        for x in j_readings(a_stems[0])
        for y in j_readings(b_stems[0])
    )
    rough = Levenshtein.normalized_similarity(coarse(a_stems[0]), coarse(b_stems[0]))
    if rough < ROUGH_MIN and best >= VOWEL_FLOOR:
        rough = max(rough, _vowel_similarity((a, *a_stems), (b, *b_stems)))
    if rough < ROUGH_MIN:
        rough = 0.0
    best = max(best, min(max(readings, rough), AMBIGUOUS_CAP))
    if not _first_sounds(a, a_stems[1:]) & _first_sounds(b, b_stems[1:]):
        best *= FIRST_LETTER_PENALTY
    return best


def _vowel_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """The similarity with a and o read as one vowel (_A_AS_O) of any of two words' forms
    (fold and stems)."""
    return max(
        Levenshtein.normalized_similarity(
            x.translate(_A_AS_O), y.translate(_A_AS_O), score_cutoff=ROUGH_MIN
        )
        for x in set(a)
        for y in set(b)
    )


def _first_sounds(folded: str, other_stems: tuple[str, ...]) -> frozenset[str]:
    """How the word begins, as written and as read another way (Jenis: е, or ж in Kazakh
    Latin)."""
    return frozenset(coarse(form[:1].translate(_A_AS_O)) for form in (folded, *other_stems))


# Uzbek and Tajik Cyrillic write о where Russian writes а (Бобоев / Бабаев, Олим / Алим,
# Тошпўлат / Ташпулат), and Belarusian а where Russian writes an unstressed о (Кавалька /
# Ковалько, Гобараў / Гоборов): a and o are one vowel to the similarity, as to the
# blocking keys. Uzbek ў (oʻ) is Russian у (Тўхтаев / Тухтаев): the slips are counted with
# each reading. Not а and у into one (Хасан and Хусан are two names), nor е and и (Ирина,
# Елена).
_A_AS_O = str.maketrans("a", "o")
_UZBEK_O = (_A_AS_O, str.maketrans("u", "o"))
# Another family-name form of one root (Оңғаров / Оңғарұлы, Фаррухбеков / Фаррухбекиён) is
# more than a slip: some people change the form, more often it is a cousin's name.
FORM_CHANGE = 2


def _edits(a: Token, b: Token) -> int:
    """Slips between two spellings, at best: of the folded words, their stems, or the stems
    with Uzbek о read as а or у; two neighbours swapped (Artykglu) are one slip."""
    folded = OSA.distance(a.folded, b.folded)
    stems = [(x, y) for x in a.stems for y in b.stems]
    plain = (OSA.distance(x, y) for x, y in stems)
    vowels = (OSA.distance(x.translate(t), y.translate(t)) for x, y in stems for t in _UZBEK_O)
    edits = min(folded, *plain, *vowels)
    forms = surname_form(a), surname_form(b)
    return max(edits, FORM_CHANGE) if all(forms) and forms[0] != forms[1] else edits


def _best_alignment(
    short: tuple[Token, ...], long: tuple[Token, ...]
) -> list[tuple[Token, Token, float]]:
    """The one-to-one pairing of ``short``'s tokens into ``long`` with the highest total."""
    if not short or not long:
        return []
    sims = [[token_similarity(s, t) for t in long] for s in short]
    if len(long) <= 6:
        best, best_total = None, -1.0
        for perm in permutations(range(len(long)), len(short)):
            total = sum(sims[i][j] for i, j in enumerate(perm))
            if total > best_total:
                best, best_total = perm, total
        assert best is not None  # noqa: S101 - permutations of a non-empty range
        return [(short[i], long[j], sims[i][j]) for i, j in enumerate(best)]
    used: set[int] = set()
    pairs = []
    for i, row in enumerate(sims):
        j = max((j for j in range(len(long)) if j not in used), key=lambda j: row[j])
        used.add(j)
        pairs.append((short[i], long[j], row[j]))
    return pairs


# How much better the order-free alignment must be than the one that keeps each name's
# surname with the other's surname for the roles to count as crossed.
CROSSED_MARGIN = 0.5


def _roles_crossed(a: ParsedName, b: ParsedName, pairs: list[tuple[Token, Token, float]]) -> bool:
    if not any({x.role, y.role} == {Role.SURNAME, Role.GIVEN} for x, y, _ in pairs):
        return False
    sa, sb = marked_surname(a), marked_surname(b)
    if sa is None or sb is None:
        return False
    given_a = [t for t in a.tokens if t.role is Role.GIVEN]
    given_b = [t for t in b.tokens if t.role is Role.GIVEN]
    kept = token_similarity(sa, sb)
    if given_a and given_b:
        kept += token_similarity(given_a[0], given_b[0])
    return sum(s for _, _, s in pairs) - kept > CROSSED_MARGIN


def features(
    a: ParsedName, b: ParsedName, ea: Evidence, eb: Evidence, *, batch: bool = False
) -> tuple[Features, list[tuple[Token, Token, float]]]:
    """The model's features of two names and their evidence; with ``batch``, also what only
    batch dedupe's vetoes read (``edits``, ``roles_crossed``), which search has no use for
    and would pay for on every candidate."""
    f = Features()
    ca, cb = a.core, b.core
    if len(ca) < 2 or len(cb) < 2:
        # "Asylbek Sharip uulu" has no surname: the patronymic is what tells him apart.
        ca, cb = a.tokens, b.tokens
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    pairs = _best_alignment(short, long)
    if pairs:
        sims = [s for _, _, s in pairs]
        f.core_min = min(sims)
        f.core_mean = sum(sims) / len(sims)
        if batch:
            f.edits = max(_edits(x, y) for x, y, _ in pairs)
            f.roles_crossed = _roles_crossed(a, b, pairs)
    f.unmatched = max(len(long) - len(short), 0)
    f.single_core = int(len(short) <= 1)
    pa, pb = a.patronymic, b.patronymic
    if pa is not None and pb is not None and pa in ca and pb in cb:
        pa = pb = None
    if pa is not None and pb is not None:
        root = max(Levenshtein.normalized_similarity(x, y) for x in pa.stems for y in pb.stems)
        f.patronymic = root - 0.75
        f.patronymic_conflict = int(root < PATRONYMIC_CONFLICT)
        f.patronymic_compared = True
        pairs.append((pa, pb, root))
    f.dates = date_agreement(ea.birth_date, eb.birth_date)
    documents = document_agreement(ea.documents, eb.documents)
    f.same_document = int(documents == SAME)
    f.document_conflict = int(documents == CONFLICT)
    f.sex_conflict = int(bool(ea.sex and eb.sex and ea.sex != eb.sex))
    f.birthplace = place_agreement(ea.birthplace, eb.birthplace)
    return f, pairs


def logit(f: Features) -> float:
    return WEIGHTS[0] + sum(w * x for w, x in zip(WEIGHTS[1:], f.vector(), strict=True))


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(value, 40.0), -40.0)))


def probability(f: Features) -> float:
    return _sigmoid(logit(f))


def _explain_pair(x: Token, y: Token, sim: float) -> Reason:
    role = x.role if x.role is not Role.UNKNOWN else y.role
    part = role.value
    a, b = romanise(x.text), romanise(y.text)
    if x.as_written != y.as_written and x.stem == y.stem:
        return Reason("part_same_name", part=part, a=a, b=b)
    if x.folded == y.folded:
        same_text = x.text.casefold() == y.text.casefold()
        return Reason("part_equal" if same_text else "part_equal_translit", part=part, name=a)
    if x.stem == y.stem:
        return Reason("part_same_stem", part=part, a=a, b=b)
    if sim >= 0.8:
        return Reason("part_similar", part=part, a=a, b=b)
    return Reason("part_differs", part=part, a=a, b=b)


_DATE_REASONS = {2: "date_equal", 1: "date_as_far_as_known", -1: "date_nearly", -2: "date_differs"}


def match(
    a: ParsedName | str,
    b: ParsedName | str,
    ea: Evidence | None = None,
    eb: Evidence | None = None,
    *,
    batch: bool = False,
) -> MatchResult:
    pa = parse(a) if isinstance(a, str) else a
    pb = parse(b) if isinstance(b, str) else b
    f, pairs = features(pa, pb, ea or Evidence(), eb or Evidence(), batch=batch)
    lines: list[str] = [_explain_pair(x, y, s) for x, y, s in pairs]
    if f.unmatched:
        lines.append(Reason("unmatched", count=str(f.unmatched)))
    if f.dates in _DATE_REASONS:
        lines.append(Reason(_DATE_REASONS[f.dates]))
    if f.same_document:
        lines.append(Reason("same_document"))
    if f.document_conflict:
        lines.append(Reason("national_numbers_differ"))
    if f.birthplace:
        lines.append(Reason("birthplace_equal" if f.birthplace > 0 else "birthplace_differs"))
    if f.sex_conflict:
        lines.append(Reason("sex_differs"))
    return MatchResult(score=probability(f), features=f, logit=logit(f), explanation=lines)


def best_of(results: list[MatchResult]) -> int:
    """Which of the comparisons of two persons' written forms speaks for the pair.

    The strongest, but among those that compared patronymics when any did: a passport form
    without one ("KARIMOV AKHROR") must not hide that the full forms name different fathers.
    """
    compared = [i for i, r in enumerate(results) if r.features.patronymic_compared]
    pool = compared or range(len(results))
    return max(pool, key=lambda i: results[i].logit)


def match_written(
    a: str, b: str, ea: Evidence | None = None, eb: Evidence | None = None
) -> MatchResult:
    """``match`` of two names as written, or of either read another way (name_readings) when
    that fits better by more than ``READING_COST`` per reading: ``Moukhtar Chakhanov`` is
    Мұхтар Шаханов read as French, ``Айқын Ойратұлы`` a given name and a father's name."""
    best = match(a, b, ea, eb)
    readings_a, readings_b = name_readings(a), name_readings(b)
    best = _best_reading(best, readings_a, readings_b, (1, 1), ea, eb)
    if best.same:
        return best
    # As a search does when nothing matched: spellings that carry no mark of their language.
    more_a = _unseen(spelling_readings(a, unmarked=True), readings_a)
    more_b = _unseen(spelling_readings(b, unmarked=True), readings_b)
    if more_a or more_b:
        compared = (len(readings_a), len(readings_b))
        best = _best_reading(best, [*readings_a, *more_a], [*readings_b, *more_b], compared, ea, eb)
    return best


def _best_reading(
    best: MatchResult,
    readings_a: list[ParsedName],
    readings_b: list[ParsedName],
    compared: tuple[int, int],
    ea: Evidence | None,
    eb: Evidence | None,
) -> MatchResult:
    """``best`` or the comparison of two readings (the first of each is the name as written)
    that is better after ``READING_COST`` per reading, of those not ``compared`` already
    (the first so many of each side against each other)."""
    for i, x in enumerate(readings_a):
        for j, y in enumerate(readings_b):
            if i < compared[0] and j < compared[1]:
                continue  # ``best`` has seen them
            result = match(x, y, ea, eb)
            value = result.logit - READING_COST * (bool(i) + bool(j))
            if value > best.logit and fits(x, result.features) and fits(y, result.features):
                best = MatchResult(_sigmoid(value), result.features, value, result.explanation)
    return best


def _unseen(readings: list[ParsedName], seen: list[ParsedName]) -> list[ParsedName]:
    raws = {r.raw for r in seen}
    return [r for r in readings if r.raw not in raws]


def name_readings(text: str) -> list[ParsedName]:
    """The name as written first, then read in other languages' spellings and as a given
    name and a father's name (parse.given_and_patronymic)."""
    without_surname = given_and_patronymic(text)
    return [
        parse(text),
        *spelling_readings(text),
        *([without_surname] if without_surname else []),
    ]


def spelling_readings(text: str, *, unmarked: bool = False) -> list[ParsedName]:
    """The name read in each other language's spelling its words suggest (readings.py),
    each word also compared as written: a spelling tells the language of the name, not of
    every word (in Arsenij Jazenjuk, German z is ц, but s is с, not з). With ``unmarked``,
    also in spellings it carries no mark of, as guesses (ParsedName.guess)."""
    written = parse(text)
    marked = latin_readings(text)
    readings = latin_readings(text, unmarked=True) if unmarked else marked
    return [
        _or_as_written(parse(reading), written, guess=reading not in marked) for reading in readings
    ]


def _or_as_written(reading: ParsedName, written: ParsedName, *, guess: bool) -> ParsedName:
    tokens = reading.tokens
    if len(tokens) == len(written.tokens):
        tokens = tuple(
            replace(r, other_stems=tuple(sorted({*r.other_stems, *w.stems} - {r.stem})))
            for r, w in zip(reading.tokens, written.tokens, strict=True)
        )
    return ParsedName(reading.raw, tokens, guess)


def fits(reading: ParsedName, f: Features) -> bool:
    """Whether a comparison of this reading counts: a guess only where every surname and
    given name is equal, but for an ambiguous letter (Kolesnik read as Kolasnik is not
    Kalashnikov)."""
    return not reading.guess or f.core_min >= AMBIGUOUS_CAP


def score(a: str, b: str, ea: Evidence | None = None, eb: Evidence | None = None) -> float:
    return match_written(a, b, ea, eb).score
