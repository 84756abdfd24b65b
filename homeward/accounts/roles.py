"""Roles are bundles of capabilities, each with a scope.

A role is held *at a post*. The scope says how far it reaches from there: the post
itself (and the countries of its jurisdiction), the post's whole organisation, or
everything. Later apps add their capabilities here, next to the roles that hold them.
"""

from __future__ import annotations

import enum

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    HOTLINE_OPERATOR = "hotline_operator", _("Hotline operator")
    CONSULAR_OFFICER = "consular_officer", _("Consular officer")
    AGENCY_LIAISON = "agency_liaison", _("Agency liaison")
    PARTNER = "partner", _("Partner")
    SUPERVISOR = "supervisor", _("Supervisor")
    ANALYST = "analyst", _("Analyst")
    AUDITOR = "auditor", _("Auditor")
    PROTECTION_OFFICER = "protection_officer", _("Protection officer")
    ADMINISTRATOR = "administrator", _("Administrator")


class Scope(enum.Enum):
    POST = "post"
    ORGANISATION = "organisation"
    GLOBAL = "global"


class Cap:
    """Capability names. Strings, so policies and templates can name them."""

    POSTS_VIEW = "posts.view"
    AUDIT_VIEW = "audit.view"
    ACCOUNTS_MANAGE = "accounts.manage"
    INTAKE_CREATE = "intake.create"
    CASES_VIEW = "cases.view"
    CASES_WORK = "cases.work"
    CASES_VIEW_SHARED = "cases.view_shared"
    TASKS_ANSWER = "tasks.answer"
    SUPERVISION = "supervision.view"
    REPORTS_VIEW = "reports.view"
    MONITORING_VIEW = "monitoring.view"
    MONITORING_REVIEW = "monitoring.review"
    MONITORING_ALERTS = "monitoring.alerts"
    PROTECTION_VIEW = "protection.view"
    PEOPLE_VIEW = "people.view"
    PEOPLE_EDIT = "people.edit"
    PEOPLE_MERGE = "people.merge"


ROLE_SCOPE: dict[Role, Scope] = {
    Role.HOTLINE_OPERATOR: Scope.POST,
    Role.CONSULAR_OFFICER: Scope.POST,
    Role.AGENCY_LIAISON: Scope.POST,
    Role.PARTNER: Scope.POST,
    Role.SUPERVISOR: Scope.ORGANISATION,
    Role.ANALYST: Scope.ORGANISATION,
    Role.AUDITOR: Scope.GLOBAL,
    Role.PROTECTION_OFFICER: Scope.POST,
    Role.ADMINISTRATOR: Scope.GLOBAL,
}

ROLE_CAPABILITIES: dict[Role, frozenset[str]] = {
    Role.HOTLINE_OPERATOR: frozenset(
        {Cap.POSTS_VIEW, Cap.INTAKE_CREATE, Cap.PEOPLE_VIEW, Cap.PEOPLE_EDIT}
    ),
    Role.CONSULAR_OFFICER: frozenset(
        {
            Cap.POSTS_VIEW,
            Cap.CASES_VIEW,
            Cap.CASES_WORK,
            Cap.PEOPLE_VIEW,
            Cap.PEOPLE_EDIT,
            Cap.PEOPLE_MERGE,
            Cap.MONITORING_ALERTS,
        }
    ),
    Role.AGENCY_LIAISON: frozenset({Cap.POSTS_VIEW, Cap.TASKS_ANSWER}),
    Role.PARTNER: frozenset({Cap.POSTS_VIEW, Cap.CASES_VIEW_SHARED}),
    Role.SUPERVISOR: frozenset(
        {
            Cap.POSTS_VIEW,
            Cap.CASES_VIEW,
            Cap.SUPERVISION,
            Cap.REPORTS_VIEW,
            Cap.MONITORING_ALERTS,
            Cap.PEOPLE_VIEW,
            Cap.PEOPLE_EDIT,
            Cap.PEOPLE_MERGE,
        }
    ),
    Role.ANALYST: frozenset(
        {Cap.POSTS_VIEW, Cap.MONITORING_VIEW, Cap.MONITORING_REVIEW, Cap.REPORTS_VIEW}
    ),
    Role.AUDITOR: frozenset({Cap.POSTS_VIEW, Cap.AUDIT_VIEW}),
    Role.PROTECTION_OFFICER: frozenset(
        {Cap.POSTS_VIEW, Cap.CASES_VIEW, Cap.PROTECTION_VIEW, Cap.PEOPLE_VIEW}
    ),
    Role.ADMINISTRATOR: frozenset({Cap.POSTS_VIEW, Cap.ACCOUNTS_MANAGE}),
}


def role_grants(role: str, capability: str) -> bool:
    return capability in ROLE_CAPABILITIES.get(Role(role), frozenset())


ROLE_DESCRIPTIONS: dict[Role, Promise] = {
    Role.HOTLINE_OPERATOR: _(
        "You take calls and messages, find or register the person, "
        "open a request and give the caller a tracking code."
    ),
    Role.CONSULAR_OFFICER: _(
        "You work the cases of your post's jurisdiction: visits, legal aid, documents, "
        "notes to host authorities and repatriation."
    ),
    Role.AGENCY_LIAISON: _("You receive tasks addressed to your agency and answer them."),
    Role.PARTNER: _("You see the cases and operations shared with your organisation."),
    Role.SUPERVISOR: _(
        "You watch the load, overdue tasks and deadlines of your organisation's posts."
    ),
    Role.ANALYST: _("You follow the monitoring feed, incidents and aggregate reports."),
    Role.AUDITOR: _("You review who saw and changed what; the audit trail is yours to read."),
    Role.PROTECTION_OFFICER: _(
        "You hold the protection compartment: asylum history, victim status, risk on return."
    ),
    Role.ADMINISTRATOR: _("You manage accounts, posts and roles, and unlock locked accounts."),
}
