"""Finding a person from what a caller says: candidates ranked in SQL, the best scored in Python.

1. The query's selective keys (``n:`` whole name, ``p:`` pair of heads, ``x:`` head and
   tail, see keys.py) are looked up in ``people_personkey``; the database adds up, per
   person, the weight of the keys shared (a whole-name key counts most) plus how well the
   birth year agrees, and returns only the best ``SHORTLIST`` persons. Among a thousand
   namesakes the few born in the asked year come first.
2. When those give no likely match (a slip in the first letters of every part, a
   one-word name), persons sharing a single-part ``t:`` key are tried, a bounded number
   per key, those born in the asked year first.
3. Each shortlisted person is scored against every written form of their names (and the
   names of persons merged into them, through every level of merges) with score.match,
   and ranked by log-odds.

When the query side knows more than a name and a date (``Evidence``: the sex, birthplace
and documents of a person about to be created), the candidates' own are loaded for the
scoring and the explanation, and persons holding one of its document numbers are found by
that number whatever their names and come first. Without such evidence nothing more is
read: the search box's queries stay as they are.

A candidate found through a merged person's names stands for its survivor; a merged
person is never returned.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import permutations
from typing import Any

from django.db import connection
from django.db.models import QuerySet

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.documents import document_token
from homeward.people.matching.keys import (
    KIND_WEIGHT,
    MAX_KEY,
    PAIR_PREFIX,
    TAIL,
    father_keys,
    key_stems,
    selective_keys,
    stem_readings,
    token_keys,
)
from homeward.people.matching.parse import ParsedName, given_and_patronymic, parse
from homeward.people.matching.readings import latin_readings
from homeward.people.matching.score import (
    AMBIGUOUS_CAP,
    MATCH_THRESHOLD,
    READING_COST,
    Evidence,
    Features,
    features,
    fits,
    logit,
    match,
    name_readings,
    spelling_readings,
)
from homeward.people.models import Document, Person, PersonKey, PersonName

SHORTLIST = 80
# Per single-part key: enough for a rare part, bounded for a common one. At 1M, 1000 found
# what 2000 did (R@1 0.972, R@10 0.991) with p95 38 ms against 52 (bench/RESULTS.md).
FALLBACK_ROWS = 1000
_MATCH_LOGIT = math.log(MATCH_THRESHOLD / (1 - MATCH_THRESHOLD))
# Added to a person's key weight in the shortlist. A birth year that agrees outweighs all
# the name keys a namesake born in another year shares (n+p+q+x = 17; the model then costs
# that namesake's date -8): a typo that leaves only a q: or x: key ("POPOV SEREGY") still
# shortlists the person born that year ahead of hundreds of namesakes born in others; the
# same full date counts more again.
YEAR_WEIGHT = {"day": 20, "same": 18, "unknown": 4, "near": 3}
# Ranking only (the score shown is unchanged): between candidates the model scores alike,
# patronymics that agree put the person whose records name the same father first, and
# a patronymic only one side gives costs nothing. Times score.Features.patronymic
# (root similarity - 0.75: +0.25 for one root, -0.75 for none in common).
RANK_PATRONYMIC = 2.0
GERMAN_SHORTLIST = 20
# Persons found by one of the query's document numbers: a number copied onto many records
# is a data problem to show, not a reason to read thousands of rows.
DOCUMENT_HOLDERS = 20
# Merge chains are short; a cycle must not loop forever.
MERGE_DEPTH = 5


@dataclass
class SearchHit:
    person_id: int
    external_id: str | None
    name: str
    matched_name: str
    score: float
    birth_date: str | None = None
    rank_key: float = 0.0
    explanation: list[str] = field(default_factory=list)
    same_document: bool = False  # holds a document number the query's side holds


def query_keys(parsed: ParsedName) -> set[str]:
    """The stored keys a query looks up: its selective and father's-name keys (keys.py),
    and ``x:`` keys with the tail of a four-letter key form too; also with each part read
    another way (keys.stem_readings: ``Däwlet Tulyxanov``, a slip in the surname, still
    meets ``Турлиханов Даулет`` through ``daulet``).

    A slip in the first letter of a short name ("Aadyr" for Садыр, key form ``udir``) leaves
    four letters whose tail is the registered name's (``sudir`` gives ``x:supu|dir``); the
    registry keeps tails of five letters and more only, so the extra key is the query's.
    """
    keys: set[str] = set()
    for reading in (parsed, *stem_readings(parsed)):
        stems = sorted(set(key_stems(reading)))
        keys |= {
            f"x:{a[:PAIR_PREFIX]}|{b[-TAIL:]}"[:MAX_KEY]
            for a, b in permutations(stems, 2)
            if len(b) == TAIL + 1
        }
        keys |= selective_keys(reading) | father_keys(reading)
    return keys


def _among(column: str, values: list[Any]) -> tuple[str, list[Any]]:
    """SQL for ``column`` among ``values`` (not empty) and its parameters: one array on
    PostgreSQL, whose text and plan are then the same for any number of values."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [values]
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


# The weight of one key row a person shares with the query: a whole-name key counts most.
_KEY_WEIGHT = (
    "CASE "
    + " ".join(f"WHEN key LIKE '{kind}:%%' THEN {weight}" for kind, weight in KIND_WEIGHT.items())
    + " ELSE 1 END"
)


def _date_weight(year: int | None, date: PartialDate | None) -> tuple[str, list[Any]]:
    """SQL for YEAR_WEIGHT of a key row's birth date, and its parameters."""
    if year is None:
        return "0", []
    cases: list[str] = []
    params: list[Any] = []
    if date is not None and date.year == year and date.month and date.day:
        cases.append(
            "WHEN birth_year = %s AND birth_month = %s AND birth_day = %s "
            f"THEN {YEAR_WEIGHT['day']}"
        )
        params += [year, date.month, date.day]
    cases += [
        f"WHEN birth_year = %s THEN {YEAR_WEIGHT['same']}",
        f"WHEN birth_year IS NULL THEN {YEAR_WEIGHT['unknown']}",
        f"WHEN birth_year IN (%s, %s) THEN {YEAR_WEIGHT['near']}",
    ]
    params += [year, year - 1, year + 1]
    return f"CASE {' '.join(cases)} ELSE 0 END", params


def shortlist(
    keys: set[str], year: int | None, size: int = SHORTLIST, date: PartialDate | None = None
) -> list[int]:
    """Persons sharing ``keys``, best first by the weight of the keys shared and the date
    (the date the keys carry: the person table is not read).

    Written in SQL: the ORM took 1.5 ms to build this query, about what the database takes
    to answer it at 1M."""
    if not keys:
        return []
    among, params = _among("key", sorted(keys))
    date_weight, date_params = _date_weight(year, date)
    sql = f"""
        SELECT person_id FROM {PersonKey._meta.db_table} WHERE {among}
        GROUP BY person_id, birth_year, birth_month, birth_day
        ORDER BY SUM({_KEY_WEIGHT}) + {date_weight} DESC, person_id LIMIT %s
    """  # noqa: S608 - the table's name and constants; the values are parameters
    with connection.cursor() as cur:
        cur.execute(sql, [*params, *date_params, size])
        return [pid for (pid,) in cur.fetchall()]


def _fallback(keys: set[str], year: int | None, size: int) -> list[int]:
    """Persons sharing a single-part key, a bounded number per key, same year first.

    The birth years come with the keys, and the ranking is done here: ranking in SQL meant
    sending the thousands of ids back in an ``IN`` list, which cost 45 ms a query at 1M.
    All the keys are read in one round trip."""
    if not keys:
        return []
    table = PersonKey._meta.db_table
    per_key = (
        f"SELECT * FROM (SELECT person_id, birth_year FROM {table} WHERE key = %s"  # noqa: S608
        f" ORDER BY person_id LIMIT {FALLBACK_ROWS}) AS k{n}"
        for n in range(len(keys))
    )
    with connection.cursor() as cur:
        cur.execute(" UNION ALL ".join(per_key), sorted(keys))
        born: dict[int, int | None] = dict(cur.fetchall())

    def rank(pid: int) -> tuple[int, int]:
        birth_year = born[pid]
        if birth_year == year:
            return (-YEAR_WEIGHT["same"], pid)
        return (-YEAR_WEIGHT["unknown"] if birth_year is None else 0, pid)

    return sorted(born, key=rank)[:size]


def _survivors(ids: list[int]) -> dict[int, int]:
    """Candidate id → the active person it stands for (itself, or whom it was merged into)."""
    target = {pid: pid for pid in ids}
    for _ in range(MERGE_DEPTH):
        rows = dict(
            Person.objects.filter(pk__in=set(target.values())).values_list("id", "merged_into_id")
        )
        moved = False
        for pid, current in target.items():
            into = rows.get(current)
            if into is not None:
                target[pid], moved = into, True
        if not moved:
            break
    return target


def _person_rows(ids: list[int], columns: list[str]) -> list[tuple[Any, ...]]:
    """``columns`` of the persons ``ids``, in SQL: the ORM's building of the query cost
    more than its answer."""
    if not ids:
        return []
    among, params = _among("id", ids)
    sql = f"SELECT {', '.join(columns)} FROM {Person._meta.db_table} WHERE {among}"  # noqa: S608
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())


def _active_people(
    ids: list[int], columns: list[str], queryset: QuerySet[Person] | None
) -> dict[int, tuple[Any, ...]]:
    """The active persons the candidates stand for (themselves, or whom they were merged
    into), id → ``columns`` (the first is the id), among ``queryset`` when given. One query
    when no candidate was merged and no queryset restricts them: the search box's hot path
    reads the merge column with the rest."""
    rows = _person_rows(ids, ["merged_into_id", *columns])
    persons = {row[1]: row[1:] for row in rows if row[0] is None}
    merged = [row[1] for row in rows if row[0] is not None]
    if merged:
        more = set(_survivors(merged).values()) - persons.keys()
        active = Person.objects.filter(pk__in=more, merged_into__isnull=True)
        persons.update((row[0], row) for row in active.values_list(*columns))
    if queryset is not None and _restricts(queryset):
        visible = set(queryset.filter(pk__in=list(persons)).values_list("pk", flat=True))
        persons = {pid: row for pid, row in persons.items() if pid in visible}
    return persons


def _restricts(queryset: QuerySet[Person]) -> bool:
    """Whether ``queryset`` may leave a person out. The search box's seldom does: whoever
    reads the registry reads all of it (models.RegistryReader), and checking each scored
    batch against a filter that keeps everyone would cost a query."""
    query = queryset.query
    return bool(query.where) or query.is_sliced or query.combinator is not None


@dataclass
class _Candidate:
    person_id: int
    external_id: str | None
    name: str
    evidence: Evidence
    logit: float
    text: str
    form: ParsedName  # how ``text`` was read: as written, or without a surname
    rank: float = 0.0
    reading: int = 0
    shown: str = ""  # the written form ``text`` is, or is a reading (readings.py) of
    same_document: bool = False


@dataclass(frozen=True)
class _Form:
    """A person's written form as the query's reading was compared with it."""

    value: float  # log-odds, less READING_COST for each reading that is not as written
    text: str
    parsed: ParsedName
    rank: float
    reading: int  # which reading of the query


def _patronymic_rank(f: Features) -> float:
    """RANK_PATRONYMIC's share of the rank. A father's name that agrees puts a person first
    only when the rest of the name is equal too (but for an ambiguous letter): beside it,
    a surname two letters off is more often another family's (Карапетян for Карагезян)
    than a slip."""
    if not f.patronymic_compared or (f.patronymic > 0 and f.core_min < AMBIGUOUS_CAP):
        return 0.0
    return RANK_PATRONYMIC * f.patronymic


def _best_form(
    readings: list[ParsedName], texts: list[str], qe: Evidence, ev: Evidence, first: int = 0
) -> _Form | None:
    """The log-odds and written form that speak for a person (score.best_of's rule), the
    rank (the log-odds with patronymics that agree counted a little more) and which reading
    of the query from the ``first`` on gave them; None when only guesses were compared and
    none fits (score.fits). A reading in another language's spelling costs
    ``READING_COST``, as does a form read as a given name and a father's name
    (parse.given_and_patronymic).
    That reading is tried only when no form as written names a father to compare: a
    person written ``ДАМИРКЫЗЫ Меруерт Талгатбековна`` is not the daughter of Дамир because
    a short form of the name, ``ДАМИРКЫЗЫ Меруерт``, may be read so."""
    forms = [(parse(text), text) for text in texts]
    others = [(r, text) for text in texts if (r := given_and_patronymic(text)) is not None]
    best: _Form | None = None
    for n, parsed in enumerate(readings):
        if n < first:
            continue
        scored = [(features(parsed, form, qe, ev)[0], text, form) for form, text in forms]
        compared = [x for x in scored if x[0].patronymic_compared]
        f, text, form = max(compared or scored, key=lambda x: logit(x[0]))
        if not fits(parsed, f):
            continue
        value = logit(f)
        for other, other_text in [] if compared else others:
            without = features(parsed, other, qe, ev)[0]
            if logit(without) - READING_COST > value:
                f, text, form, value = without, other_text, other, logit(without) - READING_COST
        value -= READING_COST if n else 0.0
        rank = value + _patronymic_rank(f)
        if best is None or rank > best.rank:
            best = _Form(value, text, form, rank, n)
    return best


def _document_holders(tokens: frozenset[str]) -> list[int]:
    """Persons holding one of these documents (documents.document_token), by exact number."""
    numbers = sorted({token.rsplit(":", 1)[1] for token in tokens})
    rows = (
        Document.objects.filter(number__in=numbers)
        .order_by("person_id")
        .values_list("person_id", "kind", "country", "number")[:DOCUMENT_HOLDERS]
    )
    return sorted(
        {
            pid
            for pid, kind, country, number in rows
            if document_token(kind, country, number) in tokens
        }
    )


def _group_rows(survivors: list[int], table: str, columns: str) -> list[tuple[Any, ...]]:
    """``columns`` of ``table``'s rows for each survivor and every person merged into it at
    any depth, each row led by its survivor: a merged record's names and documents are its
    survivor's. One round trip, merged persons or not."""
    if not survivors:
        return []
    persons = Person._meta.db_table
    among, params = _among("id", survivors)
    sql = f"""
        WITH RECURSIVE grp(id, owner, depth) AS (
            SELECT id, id, 0 FROM {persons} WHERE {among}
            UNION ALL
            SELECT p.id, g.owner, g.depth + 1 FROM {persons} p
            JOIN grp g ON p.merged_into_id = g.id WHERE g.depth < {MERGE_DEPTH}
        )
        SELECT g.owner, {columns} FROM grp g JOIN {table} t ON t.person_id = g.id ORDER BY t.id
    """  # noqa: S608 - table and column names are the models'; the values are parameters
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())


def _names(survivors: list[int]) -> dict[int, list[str]]:
    """Each survivor's written names, those of the persons merged into it included."""
    names: dict[int, list[str]] = defaultdict(list)
    for owner, text in _group_rows(survivors, PersonName._meta.db_table, "t.text"):
        names[owner].append(text)
    return names


def _documents(survivors: list[int]) -> dict[int, frozenset[str]]:
    """Each survivor's document tokens, those of the persons merged into it included."""
    held: dict[int, set[str]] = defaultdict(set)
    columns = "t.kind, t.country, t.number"
    for owner, kind, country, number in _group_rows(survivors, Document._meta.db_table, columns):
        held[owner].add(document_token(kind, country, number))
    return {pid: frozenset(tokens) for pid, tokens in held.items()}


def _score(
    readings: list[ParsedName],
    query: Evidence,
    ids: list[int],
    queryset: QuerySet[Person] | None,
    first: int = 0,
) -> list[_Candidate]:
    """Log-odds of each candidate (its survivor, if merged) without the explanations, by
    the query's readings from the ``first`` on; the candidates' sex, birthplace and
    documents are read only when the query has its own."""
    columns = ["id", "external_id", "display_name", "birth_year", "birth_month", "birth_day"]
    if query.beyond_name_and_date:
        columns += ["sex", "birthplace"]
    persons = _active_people(ids, columns, queryset)
    names: dict[int, list[str]] = defaultdict(list)
    written: dict[str, str] = {}  # a reading → the name as written
    for pid, texts in _names(list(persons)).items():
        for text in texts:
            forms = latin_readings(text)
            written.update((form, text) for form in forms)
            names[pid] += [text, *forms]
    documents = _documents(list(persons)) if query.documents else {}
    found = []
    for pid, (_, external_id, display, year, month, day, *more) in persons.items():
        sex, birthplace = more or ("", "")
        evidence = Evidence(
            birth_date=PartialDate(year, month, day) if year is not None else None,
            sex=sex,
            documents=documents.get(pid, frozenset()),
            birthplace=birthplace,
        )
        best = _best_form(readings, names.get(pid) or [display], query, evidence, first)
        if best is None:
            continue  # only guesses were compared, and none fits
        shown = written.get(best.text, best.text)
        same = bool(query.documents & evidence.documents)
        found.append(
            _Candidate(
                pid,
                external_id,
                display,
                evidence,
                best.value,
                best.text,
                best.parsed,
                best.rank,
                best.reading,
                shown,
                same,
            )
        )
    return found


def _hit(readings: list[ParsedName], query: Evidence, c: _Candidate) -> SearchHit:
    parsed = readings[c.reading]
    result = match(parsed, c.form, query, c.evidence)
    born = c.evidence.birth_date
    return SearchHit(
        person_id=c.person_id,
        external_id=c.external_id,
        name=c.name,
        matched_name=c.shown or c.text,
        score=result.score,
        birth_date=str(born) if born else None,
        rank_key=c.rank,
        explanation=result.explanation,
        same_document=c.same_document,
    )


def search_people(
    query: str,
    *,
    birth_date: PartialDate | None = None,
    limit: int = 10,
    queryset: QuerySet[Person] | None = None,
    evidence: Evidence | None = None,
) -> list[SearchHit]:
    """The best ``limit`` persons for ``query``; an empty or letterless query finds nobody.

    ``evidence`` is what else the query's side knows (its birth date, when ``birth_date``
    is not given); persons holding one of its documents come first.
    """
    parsed = parse(query)
    if not parsed.tokens:
        return []
    if evidence is None:
        evidence = Evidence(birth_date=birth_date)
    elif birth_date is not None:
        evidence = replace(evidence, birth_date=birth_date)
    birth_date = evidence.birth_date
    year = birth_date.year if birth_date else None
    size = max(SHORTLIST, limit)
    readings = name_readings(query)
    keys = set().union(*(query_keys(r) for r in readings))
    ids = shortlist(keys, year, size, birth_date)
    if evidence.documents:
        holders = _document_holders(evidence.documents)
        ids = [*holders, *(i for i in ids if i not in holders)]
    found = _score(readings, evidence, ids, queryset)
    if not any(c.logit >= _MATCH_LOGIT for c in found) and not latin_readings(query):
        # No likely match: perhaps a German spelling without its tell-tale letters
        # (Sarina for Зарина); a short list of what that reading finds.
        first = len(readings)
        readings += spelling_readings(query, unmarked=True)
        if len(readings) > first:
            # Those already found may be the person too (Celal Aliyev is Алиев Джалал):
            # the ones a caller would see are compared again.
            shown = [c.person_id for c in sorted(found, key=lambda c: -c.rank)[:limit]]
            again = {c.person_id: c for c in _score(readings, evidence, shown, queryset, first)}
            found = [max(c, again.get(c.person_id, c), key=lambda x: x.rank) for c in found]
        more_keys = set().union(*(query_keys(r) for r in readings[1:])) - keys
        known = {c.person_id for c in found}
        more = [i for i in shortlist(more_keys, year, GERMAN_SHORTLIST, birth_date) if i not in ids]
        found += [c for c in _score(readings, evidence, more, queryset) if c.person_id not in known]
        ids += more
    if not any(c.logit >= _MATCH_LOGIT for c in found):
        seen, known = set(ids), {c.person_id for c in found}
        more = [i for i in _fallback(token_keys(parsed), year, size) if i not in seen]
        found += [c for c in _score([parsed], evidence, more, queryset) if c.person_id not in known]
    found.sort(key=lambda c: (not c.same_document, -c.rank, c.person_id))
    return [_hit(readings, evidence, c) for c in found[:limit]]
