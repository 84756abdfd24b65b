"""Every URL × every role (and anonymous) → the status that role must get.

The meta-test fails when a URL name is missing from the matrix, so a new page or
endpoint cannot land without saying who may reach it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from homeward.accounts import services
from homeward.accounts.roles import ROLE_CAPABILITIES, Role
from homeward.accounts.tests.factories import (
    OrganisationFactory,
    PostFactory,
    UserFactory,
    user_with_role,
)
from homeward.cases.tests.access_matrix import (
    ANALYST,
    LIAISON,
    OPERATOR,
    PARTNER,
    PROTECTION,
    SUPERVISOR,
    VIEWERS,
    WORKERS,
    cases_kwargs,
    cases_world,
)
from homeward.monitoring.tests.access_matrix import monitoring_kwargs, monitoring_world
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

ANON = "anonymous"
ROLES = [ANON, *[r.value for r in Role]]
ADMIN, AUDITOR = Role.ADMINISTRATOR.value, Role.AUDITOR.value
REGISTRY_READERS = [r.value for r in Role if "people.view" in ROLE_CAPABILITIES[r]]
READERS_200 = dict.fromkeys(REGISTRY_READERS, 200)
EDITORS = [r.value for r in Role if "people.edit" in ROLE_CAPABILITIES[r]]
MERGERS = [r.value for r in Role if "people.merge" in ROLE_CAPABILITIES[r]]


@dataclass(frozen=True)
class Probe:
    method: str = "get"
    # "own_post", "other_post", "own_token", "other_token", "stranger", "stranger_assignment"
    target: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    json: bool = False


def every(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def signed_in(status: int, *, anon: int = 302, **overrides: int) -> dict[str, int]:
    return {**every(status), ANON: anon, **overrides}


MATRIX: dict[str, list[tuple[Probe, dict[str, int]]]] = {
    "home": [(Probe(), signed_in(200))],
    "accounts:login": [(Probe(), {**every(302), ANON: 200})],
    "accounts:logout": [(Probe("post"), every(302))],
    "accounts:post_list": [(Probe(), signed_in(200))],
    "accounts:post_detail": [
        (Probe(target="own_post"), signed_in(200)),
        (Probe(target="other_post"), signed_in(404, **{ADMIN: 200, AUDITOR: 200})),
    ],
    "accounts:account": [(Probe(), signed_in(200))],
    "accounts:api_token_create": [(Probe("post", data={"name": "x"}), every(302))],
    "accounts:api_token_revoke": [
        (Probe("post", target="own_token"), every(302)),
        (Probe("post", target="other_token"), signed_in(404)),
    ],
    "accounts:password_change": [(Probe(), signed_in(200))],
    "accounts:locked_list": [(Probe(), signed_in(403, **{ADMIN: 200}))],
    "accounts:user_list": [(Probe(), signed_in(403, **{ADMIN: 200}))],
    "accounts:user_detail": [(Probe(target="stranger"), signed_in(403, **{ADMIN: 200}))],
    "accounts:role_grant": [
        (
            Probe("post", target="stranger", data={"post": "@own_post", "role": "partner"}),
            signed_in(403, **{ADMIN: 302}),
        )
    ],
    "accounts:role_revoke": [
        (Probe("post", target="stranger_assignment"), signed_in(403, **{ADMIN: 302}))
    ],
    "accounts:user_set_active": [
        (
            Probe("post", target="stranger", data={"active": "0", "reason": "left"}),
            signed_in(403, **{ADMIN: 302}),
        )
    ],
    "accounts:user_set_password": [
        (
            Probe("post", target="stranger", data={"password": "temporary-pass-2026"}),
            signed_in(403, **{ADMIN: 302}),
        )
    ],
    "audit:event_list": [(Probe(), signed_in(403, **{AUDITOR: 200}))],
    "set_language": [(Probe("post", data={"language": "uz"}), every(302))],
    "healthz": [(Probe(), every(200))],
    "api:openapi-json": [(Probe(), signed_in(200, anon=401))],
    "api:openapi-view": [(Probe(), signed_in(200))],
    "api:me": [(Probe(), signed_in(200, anon=401))],
    "api:post_list": [(Probe(), signed_in(200, anon=401))],
    "api:post_detail": [
        (Probe(target="own_post"), signed_in(200, anon=401)),
        (Probe(target="other_post"), signed_in(404, anon=401, **{ADMIN: 200, AUDITOR: 200})),
    ],
    "api:token_obtain": [
        (
            Probe(
                "post",
                data={"email": "x@homeward.example", "password": "no", "name": "t"},
                json=True,
            ),
            every(401),
        )
    ],
    "api:token_list": [(Probe(), signed_in(200, anon=401))],
    "api:token_revoke": [
        (Probe("delete", target="own_token"), signed_in(204, anon=401)),
        (Probe("delete", target="other_token"), signed_in(404, anon=401)),
    ],
    "api:audit_event_list": [(Probe(), signed_in(403, anon=401, **{AUDITOR: 200}))],
    "api:api-root": [(Probe(), every(404))],
    "people:search": [(Probe(data={"q": "Ahror"}), signed_in(403, **READERS_200))],
    "people:detail": [(Probe(target="person"), signed_in(403, **READERS_200))],
    "people:create": [(Probe(), signed_in(403, **dict.fromkeys(EDITORS, 200)))],
    "people:registrations": [(Probe(), signed_in(403, **READERS_200))],
    "people:contact_add": [
        (
            Probe("post", target="person", data={"kind": "phone", "value": "+998901234567"}),
            signed_in(403, **dict.fromkeys(EDITORS, 302)),
        )
    ],
    "people:relation_add": [
        (
            Probe("post", target="person", data={"kind": "sibling", "relative_name": "Aziz"}),
            signed_in(403, **dict.fromkeys(EDITORS, 302)),
        )
    ],
    "people:document_add": [
        (
            Probe("post", target="person", data={"kind": "passport", "number": "FA1234567"}),
            signed_in(403, **dict.fromkeys(EDITORS, 302)),
        )
    ],
    "people:status": [
        (
            Probe("post", target="person", data={"status": "missing", "reason": "no calls"}),
            signed_in(403, **dict.fromkeys(EDITORS, 302)),
        )
    ],
    "api:person_document_add": [
        (
            Probe(
                "post", target="person", data={"kind": "passport", "number": "FA1234567"}, json=True
            ),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 201)),
        )
    ],
    "api:person_status": [
        (
            Probe("post", target="person", data={"status": "missing", "reason": "x"}, json=True),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 200)),
        )
    ],
    "people:registration_add": [
        (Probe(target="person"), signed_in(403, **dict.fromkeys(EDITORS, 200)))
    ],
    "people:merge": [(Probe(target="person_pair"), signed_in(403, **dict.fromkeys(MERGERS, 200)))],
    "people:unmerge": [
        (
            Probe("post", target="merged_person", data={"reason": "two brothers"}),
            signed_in(403, **dict.fromkeys(MERGERS, 302)),
        )
    ],
    "public:register": [(Probe(), every(200))],
    "public:help": [(Probe(), every(200))],
    "public:help_done": [(Probe(), every(200))],
    "public:help_follow": [(Probe(), every(200))],
    "public:register_done": [(Probe(), every(200))],
    "api:people_search": [(Probe(data={"q": "Ahror"}), signed_in(403, anon=401, **READERS_200))],
    "api:people_match": [
        (Probe("post", data={"a": "Ahror", "b": "Axror"}, json=True), signed_in(200, anon=401))
    ],
    "api:people_mrz": [(Probe("post", data={"mrz": "P<UTO"}, json=True), signed_in(400, anon=401))],
    "api:person_create": [
        (
            Probe("post", data={"name": "Нодир Каримов", "create_anyway": True}, json=True),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 201)),
        )
    ],
    "api:person_contact_add": [
        (
            Probe(
                "post", target="person", data={"kind": "phone", "value": "+998901234567"}, json=True
            ),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 201)),
        )
    ],
    "api:person_relation_add": [
        (
            Probe(
                "post",
                target="person",
                data={"kind": "sibling", "relative_name": "Aziz"},
                json=True,
            ),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 201)),
        )
    ],
    "api:person_registration_add": [
        (
            Probe(
                "post",
                target="person",
                data={"country": "RU", "city": "Moscow", "consent": True},
                json=True,
            ),
            signed_in(403, anon=401, **dict.fromkeys(EDITORS, 201)),
        )
    ],
    "api:person_merge": [
        (
            Probe(
                "post", target="person", data={"other_id": "@japarov", "reason": "same"}, json=True
            ),
            signed_in(403, anon=401, **dict.fromkeys(MERGERS, 200)),
        )
    ],
    "api:person_unmerge": [
        (
            Probe("post", target="merged_person", data={"reason": "brothers"}, json=True),
            signed_in(403, anon=401, **dict.fromkeys(MERGERS, 200)),
        )
    ],
    "api:person_detail": [(Probe(target="person"), signed_in(403, anon=401, **READERS_200))],
}


def _case_rows(method: str = "get", data: dict[str, Any] | None = None, ok: int = 200):
    """A case page or action: workers (or viewers, for reads) at the case's post may; a
    partner it is not shared with and anyone at another post get 404."""
    allowed = WORKERS if method == "post" else VIEWERS
    own = signed_in(403, **{PARTNER: 404}, **dict.fromkeys(allowed, ok))
    other = signed_in(403, **{PARTNER: 404}, **dict.fromkeys(VIEWERS, 404))
    return [
        (Probe(method, target="own_case", data=data or {}), own),
        (Probe(method, target="other_case", data=data or {}), other),
    ]


MATRIX.update(
    {
        "cases:list": [(Probe(), signed_in(403, **dict.fromkeys((*VIEWERS, PARTNER), 200)))],
        "cases:intake_new": [(Probe(), signed_in(403, **{OPERATOR: 200}))],
        "cases:intake_fields": [
            (Probe(data={"case_type": "death"}), signed_in(403, **{OPERATOR: 200}))
        ],
        "cases:intake_people": [
            (Probe(data={"subject_name": "Ahror"}), signed_in(403, **{OPERATOR: 200}))
        ],
        "cases:intake_done": [(Probe(), signed_in(403, **{OPERATOR: 302}))],
        "cases:intake_list": [(Probe(), signed_in(403, **{OPERATOR: 200}))],
        "cases:task_inbox": [(Probe(), signed_in(403, **{LIAISON: 200}))],
        "cases:task_answer": [
            (
                Probe("post", target="own_task", data={"answer": "Confirmed."}),
                signed_in(404, **{LIAISON: 302}, **dict.fromkeys(VIEWERS, 403)),
            )
        ],
        "cases:agencies": [(Probe(), signed_in(200))],
        "cases:agency_set_active": [
            (
                Probe("post", target="agency", data={"active": "0"}),
                signed_in(403, **{ADMIN: 302}),
            )
        ],
        "cases:supervisor": [(Probe(), signed_in(403, **{SUPERVISOR: 200}))],
        "cases:incidents": [(Probe(), signed_in(403, **dict.fromkeys(VIEWERS, 200)))],
        "cases:incident_detail": [
            (Probe(target="own_incident"), signed_in(403, **dict.fromkeys(VIEWERS, 200))),
            (Probe(target="other_incident"), signed_in(403, **dict.fromkeys(VIEWERS, 404))),
        ],
        "cases:report_host_register": [
            (Probe(), signed_in(403, **dict.fromkeys((*VIEWERS, ANALYST), 200)))
        ],
        "cases:protection": [
            (Probe(target="protected_person"), signed_in(403, **{PROTECTION: 200}))
        ],
        "cases:detail": _case_rows(),
        "cases:transition": _case_rows("post", {"to": "triaged"}, 302),
        "cases:note": _case_rows("post", {"kind": "note", "text": "Called the police."}, 302),
        "cases:reassign": _case_rows("post", {"post": "@other_post", "reason": "wrong post"}, 302),
        "cases:task_create": _case_rows(
            "post",
            {"agency": "@agency", "title": "Find the place", "due_at": "2099-01-01T10:00"},
            302,
        ),
        "cases:dnote_create": _case_rows(
            "post",
            {
                "number": "12/345",
                "sent_on": "2026-06-09",
                "addressee": "@agency",
                "subject": "Raid",
            },
            302,
        ),
        "cases:dnote_reply": [
            (
                Probe(
                    "post", target="own_note", data={"received_on": "2099-01-01", "summary": "x"}
                ),
                signed_in(403, **{PARTNER: 404}, **dict.fromkeys(WORKERS, 302)),
            )
        ],
        "cases:party_add": _case_rows("post", {"person_id": "@twin"}, 302),
        "cases:party_status": [
            (
                Probe("post", target="own_party", data={"status": "located"}),
                signed_in(403, **{PARTNER: 404}, **dict.fromkeys(WORKERS, 302)),
            )
        ],
        "cases:incident_link": _case_rows("post", {"incident": "@own_incident"}, 302),
        "cases:attachment_add": _case_rows("post", {"file": "@pdf"}, 302),
        "cases:attachment_download": [
            (
                Probe(target="own_attachment"),
                signed_in(403, **{PARTNER: 404}, **dict.fromkeys(VIEWERS, 200)),
            )
        ],
    }
)


def _api_case_rows(method: str = "get", data: dict[str, Any] | None = None, ok: int = 200):
    """The API twin of ``_case_rows``: 401 without credentials, JSON bodies."""
    allowed = WORKERS if method == "post" else VIEWERS
    json = data is not None and "file" not in data
    own = signed_in(403, anon=401, **{PARTNER: 404}, **dict.fromkeys(allowed, ok))
    other = signed_in(403, anon=401, **{PARTNER: 404}, **dict.fromkeys(VIEWERS, 404))
    return [
        (Probe(method, target="own_case", data=data or {}, json=json), own),
        (Probe(method, target="other_case", data=data or {}, json=json), other),
    ]


INTAKE = {"channel": "phone", "case_type": "detention", "country": "RU", "account": "raid"}
MATRIX.update(
    {
        "api:intake_create": [
            (Probe("post", data=INTAKE, json=True), signed_in(403, anon=401, **{OPERATOR: 201}))
        ],
        "api:intake_status": [
            (Probe(target="bogus_code"), signed_in(403, anon=401, **{OPERATOR: 400}))
        ],
        "api:case_list": [
            (Probe(), signed_in(403, anon=401, **dict.fromkeys((*VIEWERS, PARTNER), 200)))
        ],
        "api:case_detail": _api_case_rows(),
        "api:case_transition": _api_case_rows("post", {"to": "triaged"}),
        "api:case_note": _api_case_rows("post", {"kind": "note", "text": "Visited."}, 201),
        "api:case_reassign": _api_case_rows(
            "post", {"post_id": "@other_post", "reason": "their city"}
        ),
        "api:case_share": _api_case_rows("post", {"organisation_id": "@ngo_org"}, 201),
        "api:task_create": _api_case_rows(
            "post",
            {"agency_id": "@agency", "title": "Find him", "due_at": "2099-01-01T10:00:00Z"},
            201,
        ),
        "api:task_inbox": [(Probe(), signed_in(403, anon=401, **{LIAISON: 200}))],
        "api:task_answer": [
            (
                Probe("post", target="own_task", data={"answer": "Done."}, json=True),
                signed_in(404, anon=401, **{LIAISON: 200}, **dict.fromkeys(VIEWERS, 403)),
            )
        ],
        "api:dnote_create": _api_case_rows(
            "post",
            {"number": "7/1", "sent_on": "2026-06-09", "addressee_id": "@agency", "subject": "x"},
            201,
        ),
        "api:dnote_reply": [
            (
                Probe(
                    "post",
                    target="own_note",
                    data={"received_on": "2099-01-01", "summary": "An inquiry."},
                    json=True,
                ),
                signed_in(403, anon=401, **{PARTNER: 404}, **dict.fromkeys(WORKERS, 200)),
            )
        ],
        "api:party_add": _api_case_rows("post", {"person_id": "@twin"}, 201),
        "api:party_status": [
            (
                Probe("post", target="own_party", data={"status": "located"}, json=True),
                signed_in(403, anon=401, **{PARTNER: 404}, **dict.fromkeys(WORKERS, 200)),
            )
        ],
        "api:incident_list": [(Probe(), signed_in(403, anon=401, **dict.fromkeys(VIEWERS, 200)))],
        "api:incident_create": [
            (
                Probe("post", data={"kind": "raid", "title": "Raid", "country": "RU"}, json=True),
                signed_in(403, anon=401, **dict.fromkeys(WORKERS, 201)),
            )
        ],
        "api:incident_link": _api_case_rows("post", {"incident_id": "@own_incident"}),
        "api:attachment_add": _api_case_rows("post", {"file": "@pdf"}, 201),
        "api:agency_list": [(Probe(), signed_in(200, anon=401))],
        "api:report_host_register": [
            (
                Probe(data={"start": "2026-01-01", "end": "2026-12-31"}),
                signed_in(403, anon=401, **dict.fromkeys((*VIEWERS, ANALYST), 200)),
            )
        ],
        "api:protection_read": [
            (Probe(target="protected_person"), signed_in(403, anon=401, **{PROTECTION: 200}))
        ],
        "api:protection_write": [
            (
                Probe("put", target="protected_person", data={"victim_status": "x"}, json=True),
                signed_in(403, anon=401, **{PROTECTION: 200}),
            )
        ],
    }
)


ALERTED = ("consular_officer", SUPERVISOR)
MATRIX.update(
    {
        "monitoring:stories": [(Probe(), signed_in(403, **{ANALYST: 200}))],
        "monitoring:incident": [(Probe(target="own_mincident"), signed_in(403, **{ANALYST: 200}))],
        "monitoring:alerts": [(Probe(), signed_in(403, **dict.fromkeys(ALERTED, 200)))],
        "monitoring:alert_read": [
            (Probe("post", target="own_alert"), signed_in(403, **dict.fromkeys(ALERTED, 302))),
            (Probe("post", target="other_alert"), signed_in(403, **dict.fromkeys(ALERTED, 404))),
        ],
        "monitoring:alert_open_case": [
            (Probe("post", target="own_alert"), signed_in(403, **{ANALYST: 302})),
            (Probe("post", target="other_alert"), signed_in(403, **{ANALYST: 404})),
        ],
    }
)


def url_names(patterns: list[Any] | None = None, namespace: str = "") -> set[str]:
    names: set[str] = set()
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(p, URLResolver):
            inner = f"{namespace}{p.namespace}:" if p.namespace else namespace
            names |= url_names(p.url_patterns, inner)
        elif isinstance(p, URLPattern) and p.name:
            names.add(f"{namespace}{p.name}")
    return names


def test_every_url_is_in_the_matrix():
    missing = url_names() - MATRIX.keys()
    stale = MATRIX.keys() - url_names()
    assert not missing, f"add these URL names to the permission matrix: {sorted(missing)}"
    assert not stale, f"these matrix entries name no URL: {sorted(stale)}"


def test_every_matrix_row_covers_every_role():
    for name, rows in MATRIX.items():
        for _, expected in rows:
            assert set(expected) == set(ROLES), name


CASES = [
    pytest.param(name, probe, role, status, id=f"{name}[{probe.target or probe.method}]-{role}")
    for name, rows in MATRIX.items()
    for probe, expected in rows
    for role, status in expected.items()
]


@pytest.fixture
def world(db):
    ministry = OrganisationFactory(name="Ministry")
    own = PostFactory(name="Own post", organisation=ministry, country="RU", areas=["RU"])
    other = PostFactory(
        name="Other post", organisation=OrganisationFactory(name="Unrelated NGO"), areas=["TR"]
    )
    stranger = user_with_role(Role.CONSULAR_OFFICER, other)
    other_token, _ = services.api_token_issue(actor=stranger, name="theirs")
    person = person_create(actor=None, record=record_from_fields(name="Ахрор Бурханов"))
    twin = person_create(actor=None, record=record_from_fields(name="Axror Burxonov"))
    twin.merged_into = person
    twin.save(update_fields=["merged_into"])
    japarov = person_create(actor=None, record=record_from_fields(name="Sadyr Japarov"))
    base = {
        "person": person,
        "twin": twin,
        "japarov": japarov,
        "own_post": own,
        "other_post": other,
        "other_token": other_token,
        "stranger": stranger,
        "stranger_assignment": stranger.role_assignments.get(),
    }
    return {**base, **cases_world(base), **monitoring_world(base)}


def _kwargs(probe: Probe, world: dict[str, Any], user: Any) -> dict[str, Any]:
    if probe.target in ("own_post", "other_post"):
        return {"post_id": world[probe.target].pk}
    if probe.target == "own_token":
        owner = user if user is not None else UserFactory()
        token, _ = services.api_token_issue(actor=owner, name="mine")
        return {"token_id": token.pk}
    if probe.target == "other_token":
        return {"token_id": world["other_token"].pk}
    cases = cases_kwargs(probe.target, world) or monitoring_kwargs(probe.target, world)
    if cases is not None:
        return cases
    if probe.target == "person":
        return {"person_id": world["person"].pk}
    if probe.target == "merged_person":
        return {"person_id": world["twin"].pk}
    if probe.target == "person_pair":
        other = person_create(actor=None, record=record_from_fields(name="Akhror Burkhanov"))
        return {"person_id": world["person"].pk, "other_id": other.pk}
    if probe.target == "stranger":
        return {"user_id": world["stranger"].pk}
    if probe.target == "stranger_assignment":
        assignment = world["stranger_assignment"]
        return {"user_id": assignment.user_id, "assignment_id": assignment.pk}
    return {}


def _data(probe: Probe, world: dict[str, Any]) -> dict[str, Any]:
    """Values written "@name" stand for the primary key of that object of the world
    ("@pdf": a fresh small PDF upload)."""

    def value(v: Any) -> Any:
        if v == "@pdf":
            return SimpleUploadedFile("letter.pdf", b"%PDF-1.4 test", "application/pdf")
        return world[v[1:]].pk if isinstance(v, str) and v.startswith("@") else v

    return {k: value(v) for k, v in probe.data.items()}


@pytest.mark.parametrize("name, probe, role, status", CASES)
def test_status(name, probe, role, status, world):
    client = Client()
    user = None
    if role != ANON:
        user = user_with_role(Role(role), world["own_post"])
        client.force_login(user)
    url = reverse(name, kwargs=_kwargs(probe, world, user))
    send = getattr(client, probe.method)
    data = _data(probe, world)
    extra = {"content_type": "application/json"} if probe.json else {}
    response = send(url, data, **extra)
    assert response.status_code == status
    if role == ANON and status == 302 and name not in ("accounts:logout", "set_language"):
        assert response["Location"].startswith(reverse("accounts:login"))
