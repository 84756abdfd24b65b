# mypy: disable-error-code="unreachable, list-item"
"""From triage to closing: moves, deadlines, tasks to agencies, notes to authorities, groups."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import OrganisationFactory, PostFactory, user_with_role
from homeward.cases import services
from homeward.cases.models import Case, CaseEvent, CaseParty, Task
from homeward.cases.records import intake_from_fields
from homeward.cases.selectors import supervisor_queue, task_inbox
from homeward.cases.tests.factories import AgencyFactory, CaseFactory, IncidentFactory
from homeward.common.errors import Conflict, DomainError, NotAllowed
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(moscow):
    return CaseFactory(post=moscow, urgency="high")


@pytest.fixture
def consul(consul_moscow):
    return consul_moscow


def test_the_case_moves_through_its_states_with_reasons(consul, case):
    services.case_transition(actor=consul, case=case, to="triaged")
    services.case_transition(actor=consul, case=case, to="in_progress")
    with pytest.raises(DomainError):
        services.case_transition(actor=consul, case=case, to="waiting")
    services.case_transition(actor=consul, case=case, to="waiting", waiting_on="host_authority")
    services.case_transition(actor=consul, case=case, to="resolved")
    with pytest.raises(DomainError):
        services.case_transition(actor=consul, case=case, to="closed")
    services.case_transition(actor=consul, case=case, to="closed", reason="released, flew home")
    case.refresh_from_db()
    assert case.status == "closed" and case.close_reason == "released, flew home"
    with pytest.raises(Conflict):
        services.case_transition(actor=consul, case=case, to="waiting", waiting_on="citizen")
    with pytest.raises(DomainError):
        services.case_transition(actor=consul, case=case, to="in_progress")
    services.case_transition(actor=consul, case=case, to="in_progress", reason="detained again")
    moves = list(case.events.filter(kind="status").values_list("data__to", flat=True))
    assert moves == ["triaged", "in_progress", "waiting", "resolved", "closed", "in_progress"]


def test_the_first_action_stops_the_clock_and_late_cases_are_flagged(consul, case, ministry):
    case.first_action_due = timezone.now() - timedelta(minutes=5)
    case.save(update_fields=["first_action_due"])
    assert case.overdue
    supervisor = user_with_role(Role.SUPERVISOR, case.post)
    assert [c.pk for c in supervisor_queue(user=supervisor).overdue_cases] == [case.pk]
    services.case_note_add(actor=consul, case=case, text="Called the station.")
    case.refresh_from_db()
    assert case.first_action_at is not None and not case.overdue
    assert supervisor_queue(user=supervisor).overdue_cases == []


def test_only_those_who_work_the_case_move_it(case, kyiv, hq):
    other_consul = user_with_role(Role.CONSULAR_OFFICER, kyiv)
    protection = user_with_role(Role.PROTECTION_OFFICER, case.post)
    operator = user_with_role(Role.HOTLINE_OPERATOR, hq)
    for actor in (other_consul, protection, operator):
        with pytest.raises(NotAllowed):
            services.case_transition(actor=actor, case=case, to="triaged")
    services.case_note_add(actor=operator, case=case, text="The wife called again.", kind="call")
    assert case.events.get().kind == "call"


def test_reassignment_keeps_history(consul, case, kyiv):
    services.case_reassign(actor=consul, case=case, post=kyiv, reason="moved to Kyiv")
    case.refresh_from_db()
    assert case.post == kyiv
    event = case.events.get(kind="assignment")
    assert event.data == {"from": consul.assignments()[0].post_id, "to": kyiv.pk}
    with pytest.raises(DomainError):
        services.case_reassign(actor=consul, case=case, post=kyiv, reason="x")


def test_a_task_to_an_agency_is_answered_by_its_liaison_and_escalated_when_late(consul, case):
    agency_org = OrganisationFactory(name="Agency for External Labour Migration")
    agency = AgencyFactory(name="Migration Agency", organisation=agency_org)
    liaison = user_with_role(Role.AGENCY_LIAISON, PostFactory(organisation=agency_org))
    stranger = user_with_role(Role.AGENCY_LIAISON, PostFactory())
    task = services.task_create(
        actor=consul,
        case=case,
        agency=agency,
        title="Confirm employment record",
        due_at=timezone.now() + timedelta(hours=2),
    )
    assert [t.pk for t in task_inbox(user=liaison)] == [task.pk]
    assert task_inbox(user=stranger) == []
    with pytest.raises(NotAllowed):
        services.task_answer(actor=stranger, task=task, answer="no")
    assert services.tasks_escalate(now=timezone.now()) == []
    late = services.tasks_escalate(now=timezone.now() + timedelta(hours=3))
    assert [t.pk for t in late] == [task.pk]
    assert services.tasks_escalate(now=timezone.now() + timedelta(hours=4)) == []
    services.task_answer(actor=liaison, task=task, answer="Employed since March.")
    task.refresh_from_db()
    assert task.status == "answered" and task.answered_by == liaison
    with pytest.raises(Conflict):
        services.task_answer(actor=liaison, task=task, answer="again")
    assert case.events.filter(kind="task").count() == 3


def test_a_note_to_the_authorities_its_reply_and_follow_up(consul, case):
    ministry_abroad = AgencyFactory(name="Host foreign ministry", kind="host_foreign_ministry")
    second = CaseFactory(post=case.post)
    note = services.diplomatic_note_create(
        actor=consul,
        cases=[case, second],
        addressee=ministry_abroad,
        number="12/3456",
        sent_on=timezone.localdate() - timedelta(days=20),
        subject="Use of force in the Strogino raid",
        reply_due=timezone.localdate() - timedelta(days=1),
    )
    assert note.reply_overdue
    with pytest.raises(DomainError):
        services.diplomatic_note_create(
            actor=consul,
            cases=[case],
            addressee=ministry_abroad,
            number="12/3456",
            sent_on=timezone.localdate(),
            subject="again",
        )
    services.diplomatic_note_reply(
        actor=consul,
        note=note,
        received_on=timezone.localdate(),
        summary="An inquiry has been opened.",
        follow_up_title="Ask for the inquiry's result",
    )
    note.refresh_from_db()
    assert not note.reply_overdue and note.follow_up is not None
    assert second.events.filter(kind="diplomatic_note").count() == 2


def test_a_group_case_grows_with_a_status_per_person(consul, case):
    incident = IncidentFactory(post=case.post, kind="workplace", title="Greenhouse near Kyiv")
    services.case_link_incident(actor=consul, case=case, incident=incident)
    people = [
        person_create(actor=None, record=record_from_fields(name=f"Worker Number{i}"))
        for i in range(19)
    ]
    for person in people[:13]:
        services.case_party_add(actor=consul, case=case, person=person)
    assert case.parties.count() == 13
    for person in people:
        services.case_party_add(actor=consul, case=case, person=person)
    assert case.parties.count() == 19
    party = CaseParty.objects.get(case=case, person=people[0])
    services.case_party_status(actor=consul, party=party, status="hospitalised", note="Kyiv")
    party.refresh_from_db()
    assert party.status == "hospitalised"
    assert list(incident.cases.all()) == [case]


@pytest.mark.parametrize(
    "name, content, ok",
    [
        ("scan.pdf", b"%PDF-1.7 ...", True),
        ("photo.jpg", b"\xff\xd8\xff\xe0 jpeg", True),
        ("photo.png", b"\x89PNG\r\n\x1a\n....", True),
        ("virus.exe", b"MZ....", False),
        ("fake.pdf", b"MZ not a pdf", False),
        ("empty.pdf", b"", False),
    ],
)
def test_attachments_are_checked_by_type_and_content(consul, case, name, content, ok):
    upload = SimpleUploadedFile(name, content)
    if ok:
        attachment = services.attachment_add(actor=consul, case=case, upload=upload)
        assert attachment.file.read() == content
    else:
        with pytest.raises(DomainError):
            services.attachment_add(actor=consul, case=case, upload=upload)
        assert not case.attachments.exists()


def test_a_file_over_ten_megabytes_is_refused(consul, case):
    upload = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(DomainError, match="10 MB"):
        services.attachment_add(actor=consul, case=case, upload=upload)


def test_the_case_file_shows_the_timeline_and_the_actions(client, consul, case):
    services.case_note_add(actor=consul, case=case, text="Visited the detention centre.")
    client.force_login(consul)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Visited the detention centre." in page
    assert 'data-testid="transition-form"' in page
    response = client.post(reverse("cases:transition", args=[case.pk]), {"to": "closed"})
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == "new"


def test_a_partner_sees_only_what_is_shared_with_it(client, consul, case):
    iom = OrganisationFactory(name="IOM", kind="international")
    partner = user_with_role(Role.PARTNER, PostFactory(organisation=iom))
    client.force_login(partner)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    services.case_share(actor=consul, case=case, organisation=iom)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200
    listed = client.get(reverse("cases:list")).content.decode()
    assert case.code in listed


def test_the_hotline_case_goes_to_the_ngo_desk_when_an_ngo_takes_it(ngo_post):
    operator = user_with_role(Role.HOTLINE_OPERATOR, ngo_post)
    result = services.intake_create(
        actor=operator,
        record=intake_from_fields(
            channel="phone",
            case_type="host_register",
            country="RU",
            account="bank blocked",
            details={"discovery": "bank_account"},
        ),
    )
    assert result.intake.case.post == ngo_post


def test_cases_of_another_post_are_not_listed(client, consul, case, kyiv):
    CaseFactory(post=kyiv, summary="Kyiv case")
    client.force_login(consul)
    page = client.get(reverse("cases:list")).content.decode()
    assert case.code in page
    assert Case.objects.exclude(pk=case.pk).get().code not in page
    assert Task.objects.count() == 0
    assert CaseEvent.objects.count() == 0


def test_administrators_keep_the_agency_directory(client, admin_user, consul):
    client.force_login(admin_user)
    response = client.post(
        reverse("cases:agencies"),
        {"name": "State Migration Service", "kind": "host_migration", "country": "TR"},
    )
    assert response.status_code == 302
    duplicate = client.post(
        reverse("cases:agencies"),
        {"name": "State Migration Service", "kind": "other", "country": "TR"},
    )
    assert duplicate.status_code == 400
    client.force_login(consul)
    assert "State Migration Service" in client.get(reverse("cases:agencies")).content.decode()
    assert client.post(reverse("cases:agencies"), {"name": "x"}).status_code == 403
