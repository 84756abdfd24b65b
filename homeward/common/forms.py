"""Forms meet services: a domain error becomes an error on the form, not a 500."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.core.exceptions import PermissionDenied

from homeward.common.errors import DomainError, NotAllowed

T = TypeVar("T")


def attempt(form: forms.Form, action: Callable[[], T]) -> T | None:
    """Run a service; a domain error becomes an error on the form's field (and None).

    A refusal for the actor's role is not a form error: it answers 403.
    """
    try:
        return action()
    except NotAllowed as exc:
        raise PermissionDenied(exc.message) from exc
    except DomainError as exc:
        field = exc.field if exc.field in form.fields else None
        form.add_error(field, exc.message)
        return None


def attempt_ok(form: forms.Form, action: Callable[[], object]) -> bool:
    """``attempt`` for when only success matters."""
    return attempt(form, action) is not None
