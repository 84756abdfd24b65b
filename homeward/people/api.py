"""Registry API: search in any script, pair scoring, one person.

No `from __future__ import annotations`: ninja reads `Query[...]` at import time.
"""

import dataclasses
from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from homeward.common.errors import DomainError
from homeward.people import selectors
from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date
from homeward.people.matching.score import match_written
from homeward.people.matching.search import SearchHit
from homeward.people.mrz import MrzFormatError, parse_mrz
from homeward.people.records import evidence_from_fields

router = Router(tags=["people"])


def _date(value: str, field: str) -> PartialDate | None:
    try:
        return parse_partial_date(value)
    except BadDate as exc:
        raise HttpError(422, f"{field}: {exc}") from exc


class SearchParams(Schema):
    q: str = Field("", max_length=2000, description="a name in any script and order")
    birth_date: str = Field("", description="YYYY, YYYY-MM or YYYY-MM-DD")
    limit: int = Field(10, ge=1, le=50)


class HitOut(Schema):
    person_id: int
    external_id: str | None
    name: str
    matched_name: str
    birth_date: str | None
    score: float
    explanation: list[str]


def hit_out(hit: SearchHit) -> HitOut:
    return HitOut(
        person_id=hit.person_id,
        external_id=hit.external_id,
        name=hit.name,
        matched_name=hit.matched_name,
        birth_date=hit.birth_date,
        score=round(hit.score, 4),
        explanation=hit.explanation,
    )


class SearchOut(Schema):
    query: str
    results: list[HitOut]


_SEX = "male, female or empty"
_BIRTHPLACE = "as written, any script: Андижанская обл., Andijon viloyati"


class PairIn(Schema):
    a: str = Field(..., min_length=1, max_length=2000)
    b: str = Field(..., min_length=1, max_length=2000)
    a_birth_date: str = ""
    b_birth_date: str = ""
    a_sex: str = Field("", max_length=10, description=_SEX)
    b_sex: str = Field("", max_length=10, description=_SEX)
    a_birthplace: str = Field("", max_length=200, description=_BIRTHPLACE)
    b_birthplace: str = Field("", max_length=200, description=_BIRTHPLACE)
    a_passport_number: str = Field("", max_length=40)
    b_passport_number: str = Field("", max_length=40)


class PairOut(Schema):
    score: float
    same: bool
    explanation: list[str]


class NameOut(Schema):
    text: str
    script: str
    kind: str


class PersonOut(Schema):
    id: int
    external_id: str | None
    name: str
    sex: str
    birth_date: str | None
    nationalities: list[str]
    names: list[NameOut]


@router.get("/people/search", response=SearchOut, url_name="people_search")
def search(request: HttpRequest, params: Query[SearchParams]) -> SearchOut:
    hits = selectors.person_search(
        user=request.user,
        query=params.q,
        birth_date=_date(params.birth_date, "birth_date"),
        limit=params.limit,
    )
    return SearchOut(query=params.q, results=[hit_out(h) for h in hits])


@router.post("/people/match", response=PairOut, url_name="people_match")
def score_pair(request: HttpRequest, body: PairIn) -> PairOut:
    """The probability that two written names are one person, with what else is known of
    each: birth date, sex, birthplace, passport number (equal: strong evidence; different:
    none, passports are renewed)."""
    result = match_written(
        body.a,
        body.b,
        evidence_from_fields(
            side="a",
            birth_date=_date(body.a_birth_date, "a_birth_date"),
            sex=body.a_sex,
            birthplace=body.a_birthplace,
            passport_number=body.a_passport_number,
        ),
        evidence_from_fields(
            side="b",
            birth_date=_date(body.b_birth_date, "b_birth_date"),
            sex=body.b_sex,
            birthplace=body.b_birthplace,
            passport_number=body.b_passport_number,
        ),
    )
    return PairOut(score=round(result.score, 4), same=result.same, explanation=result.explanation)


class MrzIn(Schema):
    mrz: str = Field(..., max_length=200, description="two lines of 44 or three lines of 30")


class MrzOut(Schema):
    format: str
    document_type: str
    issuing_country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str
    expiry_date: date | None
    optional_data: str
    valid: bool
    errors: dict[str, str]


@router.post("/people/mrz", response=MrzOut, url_name="people_mrz")
def read_mrz(request: HttpRequest, body: MrzIn) -> MrzOut:
    """Fields of a passport or ID card MRZ; each wrong check digit is named in ``errors``."""
    try:
        data = parse_mrz(body.mrz)
    except MrzFormatError as exc:
        raise DomainError(str(exc), field="mrz") from exc
    fields = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    return MrzOut(**fields, valid=data.valid)


@router.get("/people/{person_id}", response=PersonOut, url_name="person_detail")
def person_detail(request: HttpRequest, person_id: int) -> PersonOut:
    person = selectors.person_get(user=request.user, person_id=person_id)
    return PersonOut(
        id=person.pk,
        external_id=person.external_id,
        name=person.display_name,
        sex=person.sex,
        birth_date=str(person.birth_date) if person.birth_date else None,
        nationalities=list(person.nationalities),
        names=[NameOut(text=n.text, script=n.script, kind=n.kind) for n in person.names.all()],
    )
