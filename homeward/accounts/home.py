"""What each role sees first: one section per role the user holds, with that role's data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count

from homeward.accounts import selectors
from homeward.accounts.models import Post, User
from homeward.accounts.roles import ROLE_DESCRIPTIONS, Cap, Role
from homeward.common.selectors import audit_event_list


@dataclass
class HomeSection:
    role: Role
    post: Post
    description: str
    template: str
    data: dict[str, Any] = field(default_factory=dict)


def _data_for(user: User, role: Role, post: Post) -> tuple[str, dict[str, Any]]:
    if role is Role.AUDITOR:
        return "accounts/home/auditor.html", {"events": audit_event_list(user=user)[:8]}
    if role is Role.ADMINISTRATOR:
        return "accounts/home/administrator.html", {
            "locked": selectors.locked_account_list(user=user),
            "users": selectors.active_user_count(user=user),
            "posts": selectors.post_list(user=user).count(),
        }
    if role is Role.SUPERVISOR:
        posts = (
            selectors.post_list(user=user)
            .filter(organisation_id__in=user.reach(Cap.SUPERVISION).organisation_ids)
            .annotate(staff=Count("role_assignments__user", distinct=True))
        )
        return "accounts/home/supervisor.html", {"posts": posts}
    return "accounts/home/post.html", {
        "colleagues": selectors.post_staff(user=user, post=post).exclude(user=user).count()
    }


def home_sections(user: User) -> list[HomeSection]:
    sections = []
    for assignment in user.assignments():
        role = Role(assignment.role)
        template, data = _data_for(user, role, assignment.post)
        sections.append(
            HomeSection(
                role=role,
                post=assignment.post,
                description=str(ROLE_DESCRIPTIONS[role]),
                template=template,
                data=data,
            )
        )
    return sections
