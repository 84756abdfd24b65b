"""Navigation per role: a link appears only when the user holds a role that uses it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from homeward.accounts.roles import Cap


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url_name: str
    capability: str | None = None


NAVIGATION: tuple[NavItem, ...] = (
    NavItem(_("Home"), "home"),
    NavItem(_("New call"), "cases:intake_new", Cap.INTAKE_CREATE),
    NavItem(_("Intakes"), "cases:intake_list", Cap.INTAKE_CREATE),
    NavItem(_("Cases"), "cases:list", Cap.CASES_VIEW),
    NavItem(_("Shared cases"), "cases:list", Cap.CASES_VIEW_SHARED),
    NavItem(_("Task inbox"), "cases:task_inbox", Cap.TASKS_ANSWER),
    NavItem(_("Supervision"), "cases:supervisor", Cap.SUPERVISION),
    NavItem(_("Incidents"), "cases:incidents", Cap.CASES_VIEW),
    NavItem(_("Reports"), "cases:report_host_register", Cap.REPORTS_VIEW),
    NavItem(_("Agencies"), "cases:agencies", Cap.ACCOUNTS_MANAGE),
    NavItem(_("Monitoring"), "monitoring:stories", Cap.MONITORING_VIEW),
    NavItem(_("Monitoring alerts"), "monitoring:alerts", Cap.MONITORING_ALERTS),
    NavItem(_("Find a person"), "people:search", Cap.PEOPLE_VIEW),
    NavItem(_("Registrations abroad"), "people:registrations", Cap.PEOPLE_VIEW),
    NavItem(_("Posts"), "accounts:post_list", Cap.POSTS_VIEW),
    NavItem(_("Audit trail"), "audit:event_list", Cap.AUDIT_VIEW),
    NavItem(_("Users"), "accounts:user_list", Cap.ACCOUNTS_MANAGE),
    NavItem(_("Locked accounts"), "accounts:locked_list", Cap.ACCOUNTS_MANAGE),
    NavItem(_("My account"), "accounts:account"),
)


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    current = request.resolver_match.view_name if request.resolver_match else ""
    items: list[dict[str, Any]] = []
    for item in NAVIGATION:
        if item.capability is not None and not user.has_capability(item.capability):
            continue
        url = reverse(item.url_name)
        if all(other["url"] != url for other in items):
            items.append({"label": item.label, "url": url, "active": current == item.url_name})
    return {"nav_items": items}
