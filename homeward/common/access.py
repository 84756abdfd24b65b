"""``visible_to(user)``: the one mechanism that decides which rows a user may see.

A user holds roles at posts (accounts). Each role is a bundle of capabilities with a
scope: the post it is held at, the post's whole organisation, or everything. For one
capability, the union of those scopes is the user's :class:`Reach`.

A model opts in by declaring an ``access_policy`` (which capability governs reading it
and how a reach becomes a filter) and using :class:`VisibleQuerySet`. Selectors call
``Model.objects.visible_to(user)``; a row outside the reach simply is not there, so a
lookup of it answers 404, never 403 (a 403 would tell that it exists).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.http import Http404

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


@dataclass(frozen=True)
class Reach:
    """How far one capability of one user extends.

    ``unrestricted``: every row (administrators, auditors).
    ``post_ids`` / ``organisation_ids``: rows that belong to these posts / organisations.
    ``countries`` / ``regions`` / ``anywhere``: rows *located* in the jurisdictions of
    those posts (ISO 3166-1 alpha-2 countries, ISO 3166-2 regions, or all of them).
    """

    unrestricted: bool = False
    post_ids: frozenset[int] = frozenset()
    organisation_ids: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    anywhere: bool = False

    @property
    def empty(self) -> bool:
        return not (
            self.unrestricted
            or self.post_ids
            or self.organisation_ids
            or self.countries
            or self.regions
            or self.anywhere
        )


NOWHERE = Reach()


class HasReach(Protocol):
    """What ``visible_to`` needs of a user (accounts.User provides it)."""

    is_authenticated: bool

    def reach(self, capability: str) -> Reach: ...


class AccessPolicy(Protocol):
    capability: str

    def q(self, reach: Reach) -> Q: ...


def nothing() -> Q:
    return Q(pk__in=[])


@dataclass(frozen=True)
class OwnedByPost:
    """Rows that belong to a post: visible at that post and to its organisation's scope."""

    capability: str
    post_field: str = "post"
    organisation_field: str = "post__organisation"

    def q(self, reach: Reach) -> Q:
        if reach.unrestricted:
            return Q()
        q = nothing()
        if reach.post_ids:
            q |= Q(**{f"{self.post_field}__in": reach.post_ids})
        if reach.organisation_ids:
            q |= Q(**{f"{self.organisation_field}__in": reach.organisation_ids})
        return q


@dataclass(frozen=True)
class UnrestrictedOnly:
    """Rows only a global scope may read (the audit trail)."""

    capability: str

    def q(self, reach: Reach) -> Q:
        return Q() if reach.unrestricted else nothing()


M = TypeVar("M", bound=models.Model)


def reach_of(user: HasReach | AnonymousUser, capability: str) -> Reach:
    if not user.is_authenticated:
        return NOWHERE
    reach = getattr(user, "reach", None)
    return reach(capability) if reach is not None else NOWHERE


def holds(user: HasReach | AnonymousUser, capability: str) -> bool:
    """Whether any role of ``user`` grants ``capability`` (its reach is not empty), without
    working out where that reach extends."""
    if not user.is_authenticated:
        return False
    has_capability = getattr(user, "has_capability", None)
    if has_capability is not None:
        return bool(has_capability(capability))
    return not reach_of(user, capability).empty


class VisibleQuerySet(models.QuerySet[M]):
    access_policy_attr: ClassVar[str] = "access_policy"

    def visible_to(self, user: Any, capability: str | None = None) -> Self:
        """Rows ``user`` may see; ``capability`` overrides the model's reading capability."""
        policy: AccessPolicy = getattr(self.model, self.access_policy_attr)
        reach = reach_of(user, capability or policy.capability)
        if reach.empty:
            return self.none()
        return self.filter(policy.q(reach))


def get_visible_or_404(queryset: VisibleQuerySet[M], user: Any, **lookup: Any) -> M:
    """The row, if it exists *and* the user may see it; otherwise 404 either way."""
    try:
        return queryset.visible_to(user).get(**lookup)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
