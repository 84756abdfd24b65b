"""Demo casework: the brief's scenarios 1, 2, 3, 7, 8 and 10, with synthetic people.

Everything is written through the services (so the audit trail is real); only the dates of
the host-register requests are set back afterwards, to spread them over two days.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from homeward.accounts.models import Organisation, Post, User
from homeward.cases import services
from homeward.cases.models import Agency, Case, CaseParty, Task
from homeward.cases.records import intake_from_fields
from homeward.people.models import Person
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

# name, kind, country, organisation whose liaisons answer (or None)
AGENCIES: list[tuple[str, str, str, str | None]] = [
    ("Ministry of Foreign Affairs", "foreign_ministry", "UZ", "Ministry of Foreign Affairs"),
    (
        "Agency for External Labour Migration",
        "migration_agency",
        "UZ",
        "Agency for External Labour Migration",
    ),
    ("Ministry of Internal Affairs", "interior", "UZ", None),
    ("Prosecutor General's Office", "prosecutor", "UZ", None),
    ("Ministry of Health", "health", "UZ", None),
    ("IOM", "iom", "CH", "International Organization for Migration"),
    ("Host police (Moscow)", "host_police", "RU", None),
    ("Ministry of Foreign Affairs of the Russian Federation", "host_foreign_ministry", "RU", None),
    ("Ministry of Foreign Affairs of Ukraine", "host_foreign_ministry", "UA", None),
    ("Prosecutor General's Office of Ukraine", "other", "UA", None),
]

# Scenario 3: 31 requests in two days at one helpline (nationality, discovery, bank,
# residence, formal grounds), as the helpline reported them.
_KG, _TJ, _UZ = "KG", "TJ", "UZ"
REGISTER_REQUESTS: list[tuple[str, str, str, str, str]] = (
    [(_KG, "bank_account", "Sberbank", "none", "unknown")] * 9
    + [(_TJ, "bank_account", "Sberbank", "none", "unknown")] * 3
    + [(_TJ, "bank_account", "Tinkoff", "none", "no")] * 2
    + [(_UZ, "bank_account", "VTB", "none", "unknown")] * 2
    + [("AM", "bank_account", "Alfa-Bank", "permit", "no")]
    + [(_KG, "police_detention", "", "none", "yes")] * 2
    + [(_TJ, "police_detention", "", "none", "yes")]
    + [(_UZ, "police_detention", "", "none", "yes")]
    + [(_KG, "border_refusal", "", "permit", "no")]
    + [(_TJ, "border_refusal", "", "none", "unknown")]
    + [(_UZ, "border_refusal", "", "temporary_permit", "unknown")]
    + [("AZ", "border_refusal", "", "permit", "unknown")]
    + [(_UZ, "dismissal", "", "none", "unknown")]
    + [(_KG, "other", "", "none", "unknown")]
    + [(_TJ, "other", "", "none", "unknown")] * 1
    + [(_UZ, "other", "", "none", "unknown")] * 2
    + [("TM", "other", "", "none", "unknown")]
)

WORKERS = [
    "Qodirov Sanjar",
    "Ismoilov Jamshid",
    "Turgunov Alisher",
    "Xolmatov Bekzod",
    "Nazarov Otabek",
    "Yoqubov Dilshod",
    "Rahmatov Sherzod",
    "Eshmatov Ulugʻbek",
    "Sobirov Farrux",
    "Ergashev Jasur",
    "Tojiboyev Akmal",
    "Mirzayev Ravshan",
    "Hamidov Zafar",
    "Karimov Islom",
    "Usmonov Doniyor",
    "Abdurahmonov Shavkat",
    "Jurayev Nodir",
    "Saidov Botir",
    "Valiyev Rustam",
]


def _user(email: str) -> User:
    return User.objects.get(email=email)


def _post(name: str) -> Post:
    return Post.objects.get(name=name)


def _agency(name: str) -> Agency:
    return Agency.objects.get(name=name)


def _person(name: str, born: str = "", nationality: str = "UZ") -> Person:
    return person_create(
        actor=None,
        record=record_from_fields(name=name, birth_date=born, nationality=nationality, sex="male"),
    )


@transaction.atomic
def seed_casework() -> int:
    """The scenarios, once: a second run changes nothing. Returns the cases created."""
    if Agency.objects.exists():
        return 0
    for name, kind, country, organisation in AGENCIES:
        Agency.objects.create(
            name=name,
            kind=kind,
            country=country,
            organisation=Organisation.objects.filter(name=organisation).first()
            if organisation
            else None,
        )
    before = Case.objects.count()
    _hotline_call_with_tasks()
    _raid_with_a_note()
    _host_register_requests()
    _greenhouse_group_case()
    _returnee_at_risk()
    _death_after_recruitment()
    return Case.objects.count() - before


def _hotline_call_with_tasks() -> None:
    """Scenario 1: a call to the hotline, triage, tasks to several agencies with deadlines."""
    operator, consul = _user("operator@homeward.example"), _user("consul.moscow@homeward.example")
    akhror = Person.objects.get(external_id="demo-0001")
    case = services.intake_create(
        actor=operator,
        record=intake_from_fields(
            channel="phone",
            caller_relation="family",
            caller_name="Бурханова Малика",
            caller_phone="+998 90 555 01 02",
            case_type="lost_documents",
            country="RU",
            city="Moscow",
            urgency="high",
            subject_id=akhror.pk,
            account="His passport was taken by the employer; he cannot renew his work patent.",
            details={"document_kind": "passport", "travel_document_needed": True},
        ),
    ).intake.case
    services.case_transition(actor=consul, case=case, to="triaged")
    services.case_transition(actor=consul, case=case, to="in_progress")
    now = timezone.now()
    services.task_create(
        actor=consul,
        case=case,
        agency=_agency("Agency for External Labour Migration"),
        title="Confirm his employment record and contact the employer",
        due_at=now + timedelta(days=2),
    )
    late = services.task_create(
        actor=consul,
        case=case,
        agency=_agency("Ministry of Internal Affairs"),
        title="Confirm the passport data for an emergency travel document",
        due_at=now + timedelta(hours=1),
    )
    # The demo starts a day later: this one is already late, and escalated.
    Task.objects.filter(pk=late.pk).update(
        created_at=now - timedelta(days=1), due_at=now - timedelta(hours=2)
    )
    services.tasks_escalate(now=now)


def _raid_with_a_note() -> None:
    """Scenario 2: a dormitory raid, several detained, a note and its awaited reply."""
    consul = _user("consul.moscow@homeward.example")
    operator = _user("operator@homeward.example")
    today = timezone.localdate()
    incident = services.incident_create(
        actor=consul,
        kind="raid",
        title="Raid on a migrant dormitory in Strogino",
        country="RU",
        city="Moscow",
        place="Strogino",
        occurred_on=today - timedelta(days=12),
        post=_post("Embassy in Moscow"),
        description="Force used on video; citizens detained over their documents.",
    )
    cases = []
    for name, born in [("Tursunov Behruz", "1995-04-11"), ("Aliqulov Sardor", "1999")]:
        person = _person(name, born)
        case = services.intake_create(
            actor=operator,
            record=intake_from_fields(
                channel="phone",
                caller_relation="colleague",
                case_type="detention",
                country="RU",
                city="Moscow",
                place="Strogino police department",
                urgency="critical",
                subject_id=person.pk,
                account="Taken in the dormitory raid; no news since.",
                details={
                    "place": "Strogino police department",
                    "authority": "police",
                    "grounds": "documents",
                    "consular_access": "refused",
                },
            ),
        ).intake.case
        services.case_link_incident(actor=consul, case=case, incident=incident)
        cases.append(case)
    services.case_note_add(actor=consul, case=cases[0], text="Visited the police department.")
    services.diplomatic_note_create(
        actor=consul,
        cases=cases,
        addressee=_agency("Ministry of Foreign Affairs of the Russian Federation"),
        number="04/1187",
        sent_on=today - timedelta(days=10),
        subject="Use of force in the Strogino raid and consular access to the detained",
        reply_due=today - timedelta(days=1),
    )


def _host_register_requests() -> None:
    """Scenario 3: 31 requests at the NGO helpline about wrongful inclusion in the register."""
    ngo = _user("ngo.moscow@homeward.example")
    now = timezone.now()
    for i, (nationality, discovery, bank, residence, grounds) in enumerate(REGISTER_REQUESTS):
        details: dict[str, object] = {
            "discovery": discovery,
            "residence_status": residence,
            "formal_grounds": grounds,
        }
        if bank:
            details["bank"] = bank
        case = services.intake_create(
            actor=ngo,
            record=intake_from_fields(
                channel="messenger" if i % 3 else "phone",
                case_type="host_register",
                country="RU",
                city="Moscow",
                nationality=nationality,
                account="Learned of being put on the register of controlled persons.",
                details=details,
            ),
        ).intake.case
        Case.objects.filter(pk=case.pk).update(
            created_at=now - timedelta(days=1 + i % 2, hours=i % 7)
        )


def _greenhouse_group_case() -> None:
    """Scenario 7: 13, later 19 workers held at a greenhouse; victims; IOM shares the case."""
    consul = _user("consul.kyiv@homeward.example")
    operator = _user("operator@homeward.example")
    today = timezone.localdate()
    first = _person(WORKERS[0], "1990")
    case = services.intake_create(
        actor=operator,
        record=intake_from_fields(
            channel="messenger",
            caller_relation="colleague",
            case_type="trafficking",
            country="UA",
            city="Kyiv region",
            place="greenhouse complex",
            urgency="critical",
            subject_id=first.pk,
            account="Thirteen men held at a greenhouse, passports taken, not paid for months.",
            details={
                "workplace": "greenhouse complex near Kyiv",
                "documents_confiscated": True,
                "recognised_by_host": "yes",
            },
        ),
    ).intake.case
    incident = services.incident_create(
        actor=consul,
        kind="workplace",
        title="Forced labour at a greenhouse near Kyiv",
        country="UA",
        city="Kyiv region",
        occurred_on=today - timedelta(days=30),
        post=_post("Embassy in Kyiv"),
    )
    services.case_link_incident(actor=consul, case=case, incident=incident)
    for name in WORKERS[1:]:
        services.case_party_add(actor=consul, case=case, person=_person(name))
    for party in CaseParty.objects.filter(case=case).order_by("pk")[:3]:
        services.case_party_status(actor=consul, party=party, status="hospitalised")
    services.case_share(
        actor=consul,
        case=case,
        organisation=Organisation.objects.get(name="International Organization for Migration"),
    )
    services.diplomatic_note_create(
        actor=consul,
        cases=[case],
        addressee=_agency("Ministry of Foreign Affairs of Ukraine"),
        number="K-233",
        sent_on=today - timedelta(days=25),
        subject="Nineteen citizens held in forced labour; victim status and documents",
        reply_due=today + timedelta(days=5),
    )
    services.case_transition(actor=consul, case=case, to="in_progress")


def _returnee_at_risk() -> None:
    """Scenario 8: a deportee who had asked for asylum; the compartment holds it."""
    protection = _user("protection@homeward.example")
    person = _person("Mahmudov Timur", "1988-01-19")
    services.protection_record_save(
        actor=protection,
        person=person,
        asylum_history="Asked for asylum abroad before the removal order.",
        victim_status="",
        risk_on_return="Questioned by the security service after return.",
    )


def _death_after_recruitment() -> None:
    """Scenario 10: the family reports a death three months after a coerced enlistment."""
    operator = _user("operator@homeward.example")
    person = _person("Norqulov Ilhom", "1993-06-02")
    services.intake_create(
        actor=operator,
        record=intake_from_fields(
            channel="phone",
            caller_relation="family",
            caller_name="Norqulova Saodat",
            case_type="death",
            country="RU",
            urgency="high",
            subject_id=person.pk,
            account=(
                "Detained on doubtful charges, forced to sign a military contract, killed; "
                "the family learned three months later."
            ),
            details={
                "reported_cause": "killed in the war zone",
                "next_of_kin": "Norqulova Saodat (mother)",
                "repatriation": "requested",
            },
        ),
    )
