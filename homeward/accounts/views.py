"""Pages for signing in, the home page per role, posts, the user's own account."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import LoginView
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from homeward.accounts import selectors, services
from homeward.accounts.forms import ApiTokenForm, EmailAuthenticationForm, UnlockForm
from homeward.accounts.home import home_sections
from homeward.accounts.models import User
from homeward.accounts.roles import Cap


def signed_in_user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - the login middleware guarantees it
    return user


class SignInView(LoginView):
    form_class = EmailAuthenticationForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


def home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    return render(request, "accounts/home.html", {"sections": home_sections(user)})


def post_list(request: HttpRequest) -> HttpResponse:
    posts = selectors.post_list(user=signed_in_user(request))
    return render(request, "accounts/post_list.html", {"posts": posts})


def post_detail(request: HttpRequest, post_id: int) -> HttpResponse:
    user = signed_in_user(request)
    post = selectors.post_get(user=user, post_id=post_id)
    staff = selectors.post_staff(user=user, post=post)
    return render(request, "accounts/post_detail.html", {"post": post, "staff": staff})


def account(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    context: dict[str, Any] = {
        "assignments": user.assignments(),
        "tokens": selectors.api_token_list(user=user),
        "form": ApiTokenForm(),
        "new_token": request.session.pop("new_api_token", None),
    }
    return render(request, "accounts/account.html", context)


@require_POST
def api_token_create(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST)
    if form.is_valid():
        _token, plain = services.api_token_issue(
            actor=signed_in_user(request), name=form.cleaned_data["name"]
        )
        request.session["new_api_token"] = plain
    else:
        messages.error(request, _("Give the token a name."))
    return redirect("accounts:account")


@require_POST
def api_token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    user = signed_in_user(request)
    token = selectors.api_token_get(user=user, token_id=token_id)
    services.api_token_revoke(actor=user, token=token)
    messages.success(request, _("The token was revoked."))
    return redirect("accounts:account")


def locked_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if not user.has_capability(Cap.ACCOUNTS_MANAGE):
        raise PermissionDenied
    form = UnlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.account_unlock(
            actor=user, email=form.cleaned_data["email"], reason=form.cleaned_data["reason"]
        )
        messages.success(
            request, _("%(email)s can sign in again.") % {"email": form.cleaned_data["email"]}
        )
        return redirect("accounts:locked_list")
    locked = selectors.locked_account_list(user=user)
    return render(request, "accounts/locked_list.html", {"locked": locked, "form": form})
