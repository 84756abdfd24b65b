"""Batch dedupe of the registry: pairs from shared pair keys, scored, joined into clusters."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from homeward.people.matching.parse import parse
from homeward.people.matching.score import MATCH_THRESHOLD, Evidence, match
from homeward.people.models import Person, PersonKey, PersonName

MAX_BLOCK = 200  # a pair key shared by more persons says little (common name pairs)


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


def _blocks() -> Iterator[list[int]]:
    """Persons sharing each pair key, streamed in key order."""
    rows = (
        PersonKey.objects.filter(key__startswith="p:", person__merged_into__isnull=True)
        .order_by("key", "person_id")
        .values_list("key", "person_id")
        .iterator(chunk_size=20_000)
    )
    current: str | None = None
    members: list[int] = []
    for key, pid in rows:
        if key != current:
            if len(members) > 1:
                yield members
            current, members = key, []
        members.append(pid)
    if len(members) > 1:
        yield members


def candidate_pairs() -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for block in _blocks():
        if len(block) <= MAX_BLOCK:
            pairs.update(combinations(sorted(block), 2))
    return pairs


def _profiles(ids: set[int]) -> dict[int, tuple[list[str], Evidence]]:
    names: dict[int, list[str]] = defaultdict(list)
    for pid, text in PersonName.objects.filter(person_id__in=ids).values_list("person_id", "text"):
        names[pid].append(text)
    profiles = {}
    for person in Person.objects.filter(pk__in=ids).only(
        "id", "sex", "birth_year", "birth_month", "birth_day"
    ):
        profiles[person.pk] = (
            names[person.pk],
            Evidence(birth_date=person.birth_date, sex=person.sex),
        )
    return profiles


def _pair_score(profiles: dict[int, tuple[list[str], Evidence]], a: int, b: int) -> float:
    (names_a, ev_a), (names_b, ev_b) = profiles[a], profiles[b]
    return max(match(parse(x), parse(y), ev_a, ev_b).score for x in names_a for y in names_b)


def find_clusters(
    *,
    threshold: float = MATCH_THRESHOLD,
    pairs: set[tuple[int, int]] | None = None,
    progress: Callable[[int], object] | None = None,
) -> list[Cluster]:
    """Likely duplicates, joined strongest link first.

    Single linkage would chain namesakes through a sparse record ("ABDIROV Serik", no
    date, no patronymic) into one big cluster; two clusters are joined only when every
    cross pair is itself a likely match (complete linkage), so each member plausibly is
    every other.
    """
    ordered = sorted(candidate_pairs() if pairs is None else pairs)
    scored: list[tuple[float, int, int]] = []
    profiles: dict[int, tuple[list[str], Evidence]] = {}
    batch = 5000
    for start in range(0, len(ordered), batch):
        chunk = ordered[start : start + batch]
        profiles.update(_profiles({p for pair in chunk for p in pair} - profiles.keys()))
        for a, b in chunk:
            if a in profiles and b in profiles:
                score = _pair_score(profiles, a, b)
                if score >= threshold:
                    scored.append((score, a, b))
        if progress is not None:
            progress(len(chunk))
    uf = _UnionFind()
    members: dict[int, list[int]] = {}
    links: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    cache: dict[tuple[int, int], float] = {(a, b): s for s, a, b in scored}
    for score, a, b in sorted(scored, reverse=True):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            links[ra].append((a, b, score))
            continue
        group_a, group_b = members.get(ra, [a]), members.get(rb, [b])
        compatible = all(
            cache.setdefault((min(x, y), max(x, y)), _pair_score(profiles, x, y)) >= threshold
            for x in group_a
            for y in group_b
        )
        if not compatible:
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
