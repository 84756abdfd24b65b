"""Writes for accounts: every one audited in its own transaction."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from homeward.accounts.access_cache import stamp_renew
from homeward.accounts.lockout import clear_failures
from homeward.accounts.models import (
    ApiToken,
    Organisation,
    Post,
    PostJurisdiction,
    RoleAssignment,
    User,
)
from homeward.accounts.roles import Cap, Role
from homeward.accounts.token_lookup import token_use_find
from homeward.common.audit import audit_record
from homeward.common.errors import DomainError, NotAllowed

TOKEN_PREFIX = "hw_"  # noqa: S105 - a marker, not a secret


def _require(actor: User | None, capability: str) -> None:
    """``actor`` None is the system itself (a management command run on the server)."""
    if actor is not None and not actor.has_capability(capability):
        raise NotAllowed(f"{capability} is required")


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def organisation_create(
    *,
    actor: User | None,
    name: str,
    kind: Organisation.Kind,
    country: str,
    parent: Organisation | None = None,
) -> Organisation:
    _require(actor, Cap.ACCOUNTS_MANAGE)
    org = Organisation.objects.create(name=name, kind=kind, country=country.upper(), parent=parent)
    audit_record(
        actor=actor,
        verb="organisation.create",
        target=org,
        changes={
            "name": name,
            "kind": str(kind),
            "country": org.country,
            "parent": parent.pk if parent else None,
        },
    )
    return org


def _parse_area(area: str) -> tuple[str, str]:
    area = area.strip().upper()
    country = area[:2]
    if len(country) != 2 or not country.isalpha() or (len(area) > 2 and area[2] != "-"):
        raise DomainError(f"{area!r} is not a country (RU) or a region (RU-SPE)", field="areas")
    return country, area if len(area) > 2 else ""


@transaction.atomic
def post_create(
    *,
    actor: User | None,
    organisation: Organisation,
    name: str,
    city: str,
    country: str,
    everywhere: bool = False,
    areas: Iterable[str] = (),
) -> Post:
    """A post and its jurisdiction: ``areas`` are ISO 3166-1 countries or 3166-2 regions."""
    _require(actor, Cap.ACCOUNTS_MANAGE)
    parsed = [_parse_area(a) for a in areas]
    if not everywhere and not parsed:
        raise DomainError("a post needs a jurisdiction", field="areas")
    post = Post.objects.create(
        organisation=organisation,
        name=name,
        city=city,
        country=country.upper(),
        everywhere=everywhere,
    )
    PostJurisdiction.objects.bulk_create(
        PostJurisdiction(post=post, country=c, region=r) for c, r in parsed
    )
    stamp_renew()  # bulk_create sends no signal
    audit_record(
        actor=actor,
        verb="post.create",
        target=post,
        changes={
            "name": name,
            "organisation": organisation.pk,
            "everywhere": everywhere,
            "areas": sorted(r or c for c, r in parsed),
        },
    )
    return post


def _validate_password(password: str, user: User) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise DomainError(" ".join(exc.messages), field="password") from exc


@transaction.atomic
def user_create(*, actor: User | None, email: str, full_name: str, password: str) -> User:
    _require(actor, Cap.ACCOUNTS_MANAGE)
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email=email).exists():
        raise DomainError("a user with this e-mail address exists", field="email")
    _validate_password(password, User(email=email, full_name=full_name))
    user = User.objects.create_user(email, password, full_name=full_name)
    audit_record(actor=actor, verb="user.create", target=user, changes={"email": email})
    return user


@transaction.atomic
def role_grant(*, actor: User | None, user: User, post: Post, role: Role) -> RoleAssignment:
    _require(actor, Cap.ACCOUNTS_MANAGE)
    assignment, created = RoleAssignment.objects.get_or_create(user=user, post=post, role=role)
    if created:
        audit_record(
            actor=actor,
            verb="role.grant",
            target=user,
            changes={"role": str(role), "post": post.pk},
        )
    return assignment


@transaction.atomic
def role_revoke(*, actor: User | None, assignment: RoleAssignment, reason: str = "") -> None:
    _require(actor, Cap.ACCOUNTS_MANAGE)
    changes = {"role": assignment.role, "post": assignment.post_id}
    user = assignment.user
    assignment.delete()
    audit_record(actor=actor, verb="role.revoke", target=user, changes=changes, reason=reason)


@transaction.atomic
def user_set_active(*, actor: User | None, user: User, active: bool, reason: str = "") -> User:
    """Accounts are deactivated, never deleted: the audit trail keeps pointing at them."""
    _require(actor, Cap.ACCOUNTS_MANAGE)
    if actor is not None and actor.pk == user.pk and not active:
        raise DomainError("you cannot deactivate your own account", field="active")
    if user.is_active != active:
        user.is_active = active
        user.save(update_fields=["is_active"])
        audit_record(
            actor=actor,
            verb="user.activate" if active else "user.deactivate",
            target=user,
            changes={"is_active": active},
            reason=reason,
        )
    return user


@transaction.atomic
def user_set_password(*, actor: User, user: User, password: str) -> User:
    """A user changes their own password, or an administrator sets a temporary one."""
    if actor.pk != user.pk:
        _require(actor, Cap.ACCOUNTS_MANAGE)
    _validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    audit_record(actor=actor, verb="user.password", target=user)
    return user


@transaction.atomic
def api_token_issue(*, actor: User, name: str) -> tuple[ApiToken, str]:
    """A new token for ``actor`` itself; the plain token is returned once, never stored."""
    name = name.strip()
    if not name:
        raise DomainError("give the token a name", field="name")
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=actor, name=name[:100], prefix=plain[:10], digest=token_digest(plain)
    )
    audit_record(actor=actor, verb="api_token.issue", target=token, changes={"name": token.name})
    return token, plain


@transaction.atomic
def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    if token.user_id != actor.pk:
        raise NotAllowed("only the owner revokes a token")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(actor=actor, verb="api_token.revoke", target=token)
    return token


def api_token_use(*, plain: str) -> User | None:
    """The active user a bearer token belongs to, or None; notes when it was last used."""
    now = timezone.now()
    use = token_use_find(token_digest(plain), now)
    if use is None:
        return None
    if use.touch:
        ApiToken.objects.filter(pk=use.token_id).update(last_used_at=now)
    return use.user


@transaction.atomic
def account_unlock(*, actor: User | None, email: str, reason: str = "") -> int:
    """Clear the failed sign-ins of ``email`` so it can sign in at once."""
    _require(actor, Cap.ACCOUNTS_MANAGE)
    cleared = clear_failures(email)
    audit_record(
        actor=actor,
        verb="account.unlock",
        target_type="accounts.user",
        target_id=email,
        changes={"attempts_cleared": cleared},
        reason=reason,
    )
    return cleared


@transaction.atomic
def sign_in_record(*, user: User | None, email: str, verb: str) -> None:
    """Sign-ins, sign-outs, failures and lockouts belong in the trail too."""
    audit_record(actor=user, verb=verb, target_type="accounts.user", target_id=email)
