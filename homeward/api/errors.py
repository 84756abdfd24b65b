"""Every API error is JSON of one shape: ``{"errors": [{"field": ..., "message": ...}]}``."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from homeward.common.errors import Conflict, DomainError, NotAllowed

logger = logging.getLogger(__name__)


def _field(loc: list[Any] | tuple[Any, ...]) -> str | None:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    # ninja wraps a body schema under its parameter name; drop it when a field follows.
    if len(loc) > 2 and loc[0] == "body":
        parts = [str(p) for p in loc[2:]]
    return ".".join(parts) or None


def error_body(message: str, field: str | None = None, code: str = "") -> dict[str, Any]:
    item: dict[str, Any] = {"field": field, "message": message}
    if code:
        item["code"] = code
    return {"errors": [item]}


def install_error_handlers(api: NinjaAPI) -> None:
    # ninja types a handler's exception as `Exc | type[Exc]`; handlers take Any.

    def validation(request: HttpRequest, exc: Any) -> HttpResponse:
        errors = [
            {
                "field": _field(e.get("loc", ())),
                "message": e.get("msg", ""),
                "code": e.get("type", ""),
            }
            for e in exc.errors
        ]
        return api.create_response(request, {"errors": errors}, status=422)

    def authentication(request: HttpRequest, exc: Any) -> HttpResponse:
        body = error_body("Authentication required: a bearer token or a signed-in session")
        return api.create_response(request, body, status=401)

    def not_found(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body("Not found"), status=404)

    def forbidden(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body(str(exc) or "Not allowed"), status=403)

    def domain(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body(exc.message, exc.field), status=400)

    def conflict(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body(exc.message, exc.field), status=409)

    def http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body(str(exc.message)), status=exc.status_code)

    def database_unavailable(request: HttpRequest, exc: Any) -> HttpResponse:
        # PostgreSQL restarting, a connection lost, a lock wait given up: the transaction
        # did not commit, or its outcome is unknown. Repeating the request is safe (with
        # the same Idempotency-Key for an intake), so say so instead of a bare 500.
        logger.warning("database unavailable: %s", exc)
        body = error_body(
            _(
                "The database did not answer. Try again in a few seconds (for an intake, "
                "with the same Idempotency-Key)."
            )
        )
        response = api.create_response(request, body, status=503)
        response["Retry-After"] = "2"
        return response

    def unexpected(request: HttpRequest, exc: Any) -> HttpResponse:
        logger.exception("unhandled API error", exc_info=exc)
        body = error_body("Internal error; it has been logged. Try again or report it.")
        return api.create_response(request, body, status=500)

    api.add_exception_handler(Exception, unexpected)
    api.add_exception_handler(OperationalError, database_unavailable)
    api.add_exception_handler(InterfaceError, database_unavailable)
    api.add_exception_handler(ValidationError, validation)
    api.add_exception_handler(AuthenticationError, authentication)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(PermissionDenied, forbidden)
    api.add_exception_handler(NotAllowed, forbidden)
    api.add_exception_handler(DomainError, domain)
    api.add_exception_handler(Conflict, conflict)
    api.add_exception_handler(HttpError, http_error)
