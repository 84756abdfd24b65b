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
    items = [
        {"label": item.label, "url": reverse(item.url_name), "active": current == item.url_name}
        for item in NAVIGATION
        if item.capability is None or user.has_capability(item.capability)
    ]
    return {"nav_items": items}
