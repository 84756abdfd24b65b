"""The one NinjaAPI object; each app contributes a router from its ``api.py``."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI

from homeward.accounts.api import router as accounts_router
from homeward.api.auth import API_AUTH
from homeward.api.errors import error_body, install_error_handlers
from homeward.cases.api import router as cases_router
from homeward.common.api import router as audit_router
from homeward.people.api import router as people_router
from homeward.people.api_records import router as people_records_router


def signed_in_docs(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The schema and its interactive docs are for signed-in users, like every page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.path_info.endswith(".json"):
            return JsonResponse(error_body("Authentication required"), status=401)
        return redirect_to_login(request.get_full_path())

    return wrapper


api = NinjaAPI(
    title="Homeward API",
    version="1",
    description=(
        "Protection of citizens abroad. Authenticate with `Authorization: Bearer <token>` "
        "(create one on *My account* or with `POST /api/v1/auth/token`) or a signed-in session."
    ),
    auth=API_AUTH,
    urls_namespace="api",
    docs_decorator=signed_in_docs,
)
install_error_handlers(api)
api.add_router("/", accounts_router)
api.add_router("/audit", audit_router)
api.add_router("/", people_router)
api.add_router("/", people_records_router)
api.add_router("/", cases_router)
