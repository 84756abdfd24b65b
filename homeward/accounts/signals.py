"""Sign-in events go to the audit trail; a change to who may do what renews the access stamp."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from homeward.accounts.access_cache import stamp_renew
from homeward.accounts.models import Organisation, Post, PostJurisdiction, RoleAssignment
from homeward.accounts.services import sign_in_record

ACCESS_MODELS = (RoleAssignment, Post, PostJurisdiction, Organisation)


def _email(value: Any) -> str:
    return str(value or "")[:64]


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    sign_in_record(user=user, email=_email(user.email), verb="auth.login")


@receiver(user_logged_out)
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        sign_in_record(user=user, email=_email(user.email), verb="auth.logout")


@receiver(user_login_failed)
def _login_failed(sender: Any, credentials: dict[str, Any], **kwargs: Any) -> None:
    sign_in_record(user=None, email=_email(credentials.get("username")), verb="auth.login_failed")


@receiver(user_locked_out)
def _locked_out(sender: Any, username: str | None = None, **kwargs: Any) -> None:
    sign_in_record(user=None, email=_email(username), verb="auth.locked_out")


def _access_changed(sender: Any, **kwargs: Any) -> None:
    stamp_renew()


for _model in ACCESS_MODELS:  # connected to these senders only: no call for other saves
    post_save.connect(_access_changed, sender=_model, dispatch_uid=f"access-{_model.__name__}")
    post_delete.connect(_access_changed, sender=_model, dispatch_uid=f"access-{_model.__name__}")
