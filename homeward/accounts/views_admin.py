"""Pages for administrators: people, their roles at posts, activation, temporary passwords."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from homeward.accounts import selectors, services
from homeward.accounts.forms import ReasonForm, RoleGrantForm, SetPasswordForm, UserCreateForm
from homeward.accounts.models import User
from homeward.accounts.roles import Role
from homeward.accounts.views import signed_in_user
from homeward.common.forms import attempt as _attempt


def _detail(request: HttpRequest, subject: User, **forms_: forms.Form) -> HttpResponse:
    actor = signed_in_user(request)
    context = {
        "subject": subject,
        "grant_form": RoleGrantForm(posts=selectors.grantable_posts(user=actor)),
        "active_form": ReasonForm(),
        "password_form": SetPasswordForm(),
        **forms_,
    }
    status = 400 if forms_ else 200
    return render(request, "accounts/user_detail.html", context, status=status)


def user_list(request: HttpRequest) -> HttpResponse:
    actor = signed_in_user(request)
    query = request.GET.get("q", "").strip()
    users = selectors.user_list(user=actor, query=query)
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = _attempt(form, lambda: services.user_create(actor=actor, **form.cleaned_data))
        if created is not None:
            messages.success(request, _("Account created. Now give it a role at a post."))
            return redirect("accounts:user_detail", user_id=created.pk)
    status = 400 if form.errors else 200
    context = {"users": users, "form": form, "query": query}
    return render(request, "accounts/user_list.html", context, status=status)


def user_detail(request: HttpRequest, user_id: int) -> HttpResponse:
    subject = selectors.user_get(user=signed_in_user(request), user_id=user_id)
    return _detail(request, subject)


@require_POST
def role_grant(request: HttpRequest, user_id: int) -> HttpResponse:
    actor = signed_in_user(request)
    subject = selectors.user_get(user=actor, user_id=user_id)
    form = RoleGrantForm(request.POST, posts=selectors.grantable_posts(user=actor))
    if form.is_valid():
        post, role = form.cleaned_data["post"], Role(form.cleaned_data["role"])
        services.role_grant(actor=actor, user=subject, post=post, role=role)
        messages.success(request, _("Role granted."))
        return redirect("accounts:user_detail", user_id=subject.pk)
    return _detail(request, subject, grant_form=form)


@require_POST
def role_revoke(request: HttpRequest, user_id: int, assignment_id: int) -> HttpResponse:
    actor = signed_in_user(request)
    subject = selectors.user_get(user=actor, user_id=user_id)
    assignment = selectors.role_assignment_get(
        user=actor, subject=subject, assignment_id=assignment_id
    )
    services.role_revoke(actor=actor, assignment=assignment)
    messages.success(request, _("Role revoked."))
    return redirect("accounts:user_detail", user_id=subject.pk)


@require_POST
def user_set_active(request: HttpRequest, user_id: int) -> HttpResponse:
    actor = signed_in_user(request)
    subject = selectors.user_get(user=actor, user_id=user_id)
    form = ReasonForm(request.POST)
    active = request.POST.get("active") == "1"
    if form.is_valid():
        reason = form.cleaned_data["reason"]
        done = _attempt(
            form,
            lambda: services.user_set_active(
                actor=actor, user=subject, active=active, reason=reason
            ),
        )
        if done is not None:
            messages.success(
                request, _("Account activated.") if active else _("Account deactivated.")
            )
            return redirect("accounts:user_detail", user_id=subject.pk)
    return _detail(request, subject, active_form=form)


@require_POST
def user_set_password(request: HttpRequest, user_id: int) -> HttpResponse:
    actor = signed_in_user(request)
    subject = selectors.user_get(user=actor, user_id=user_id)
    form = SetPasswordForm(request.POST)
    if form.is_valid():
        password = form.cleaned_data["password"]
        done = _attempt(
            form,
            lambda: services.user_set_password(actor=actor, user=subject, password=password),
        )
        if done is not None:
            messages.success(request, _("Temporary password set."))
            return redirect("accounts:user_detail", user_id=subject.pk)
    return _detail(request, subject, password_form=form)


def password_change(request: HttpRequest) -> HttpResponse:
    """Any signed-in user changes their own password (the old one is asked for)."""
    user = signed_in_user(request)
    form = PasswordChangeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        password = form.cleaned_data["new_password1"]
        done = _attempt(
            form, lambda: services.user_set_password(actor=user, user=user, password=password)
        )
        if done is not None:
            update_session_auth_hash(request, user)
            messages.success(request, _("Your password was changed."))
            return redirect("accounts:account")
    status = 400 if form.errors else 200
    return render(request, "accounts/password_change.html", {"form": form}, status=status)
