"""Reads for accounts: always through ``visible_to(user)``."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from homeward.accounts.lockout import LockedAccount, locked_accounts
from homeward.accounts.models import (
    ApiToken,
    Organisation,
    Post,
    PostJurisdiction,
    PostQuerySet,
    RoleAssignment,
    User,
)
from homeward.accounts.roles import Cap
from homeward.common.access import get_visible_or_404


def post_list(*, user: User) -> PostQuerySet:
    return (
        Post.objects.visible_to(user)
        .select_related("organisation")
        .prefetch_related("jurisdictions")
        .order_by("organisation__name", "name")
    )


def post_get(*, user: User, post_id: int) -> Post:
    return get_visible_or_404(post_list(user=user), user, pk=post_id)


def post_staff(*, user: User, post: Post) -> QuerySet[RoleAssignment]:
    """Who works at ``post`` (the caller has already been allowed to see the post)."""
    post_get(user=user, post_id=post.pk)
    return (
        RoleAssignment.objects.filter(post=post, user__is_active=True)
        .select_related("user")
        .order_by("user__full_name", "role")
    )


def api_token_list(*, user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True)


def api_token_get(*, user: User, token_id: int) -> ApiToken:
    try:
        return api_token_list(user=user).get(pk=token_id)
    except ApiToken.DoesNotExist as exc:
        raise Http404 from exc


def locked_account_list(*, user: User) -> list[LockedAccount]:
    if not user.has_capability(Cap.ACCOUNTS_MANAGE):
        return []
    return locked_accounts()


def _require_manager(user: User) -> None:
    if not user.has_capability(Cap.ACCOUNTS_MANAGE):
        raise PermissionDenied


def user_list(*, user: User, query: str = "") -> QuerySet[User]:
    _require_manager(user)
    users = User.objects.prefetch_related("role_assignments__post").order_by("full_name")
    if query:
        users = users.filter(Q(email__icontains=query) | Q(full_name__icontains=query))
    return users


def user_get(*, user: User, user_id: int) -> User:
    try:
        return user_list(user=user).get(pk=user_id)
    except User.DoesNotExist as exc:
        raise Http404 from exc


def role_assignment_get(*, user: User, subject: User, assignment_id: int) -> RoleAssignment:
    _require_manager(user)
    try:
        return RoleAssignment.objects.select_related("post").get(pk=assignment_id, user=subject)
    except RoleAssignment.DoesNotExist as exc:
        raise Http404 from exc


def grantable_posts(*, user: User) -> PostQuerySet:
    _require_manager(user)
    return post_list(user=user).filter(is_active=True)


def active_user_count(*, user: User) -> int:
    if not user.has_capability(Cap.ACCOUNTS_MANAGE):
        return 0
    return User.objects.filter(is_active=True).count()


def post_for_location(*, country: str, region: str = "") -> Post | None:
    """The diplomatic post whose jurisdiction covers a place; a region's post before the country's.

    Posts covering everywhere (the hotline) and partners' posts are not a place's post.
    """
    areas = PostJurisdiction.objects.filter(
        country=country,
        post__is_active=True,
        post__organisation__kind=Organisation.Kind.DIPLOMATIC,
    ).filter(Q(region="") | Q(region=region) if region else Q(region=""))
    best = areas.select_related("post").order_by("-region", "post__name").first()
    return best.post if best else None
