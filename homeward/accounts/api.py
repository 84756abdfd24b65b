"""API for accounts: who am I, posts within reach, tokens."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from homeward.accounts import selectors, services
from homeward.accounts.lockout import lockout_message
from homeward.accounts.models import ApiToken, Post, User
from homeward.accounts.roles import ROLE_CAPABILITIES, Role
from homeward.common.schemas import ErrorItem, ErrorOut

router = Router(tags=["accounts"])


def _user(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):
        raise HttpError(401, "Authentication required")
    return user


class RoleOut(Schema):
    role: str
    post_id: int
    post_name: str


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    roles: list[RoleOut]
    capabilities: list[str]


class PostOut(Schema):
    id: int
    name: str
    organisation: str
    organisation_kind: str
    city: str
    country: str
    everywhere: bool
    jurisdiction: list[str]

    @staticmethod
    def from_post(post: Post) -> PostOut:
        return PostOut(
            id=post.pk,
            name=post.name,
            organisation=post.organisation.name,
            organisation_kind=post.organisation.kind,
            city=post.city,
            country=post.country,
            everywhere=post.everywhere,
            jurisdiction=[str(j) for j in post.jurisdictions.all()],
        )


class TokenIn(Schema):
    email: str = Field(..., min_length=3, max_length=254)
    password: str = Field(..., min_length=1, max_length=256)
    name: str = Field(..., min_length=1, max_length=100)


class TokenCreated(Schema):
    id: int
    name: str
    token: str


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: str
    last_used_at: str | None

    @staticmethod
    def from_token(token: ApiToken) -> TokenOut:
        return TokenOut(
            id=token.pk,
            name=token.name,
            prefix=token.prefix,
            created_at=token.created_at.isoformat(),
            last_used_at=token.last_used_at.isoformat() if token.last_used_at else None,
        )


@router.get("/me", response=MeOut, url_name="me")
def me(request: HttpRequest) -> MeOut:
    user = _user(request)
    assignments = user.assignments()
    caps = sorted({c for a in assignments for c in ROLE_CAPABILITIES[Role(a.role)]})
    return MeOut(
        id=user.pk,
        email=user.email,
        full_name=user.full_name,
        roles=[RoleOut(role=a.role, post_id=a.post_id, post_name=a.post.name) for a in assignments],
        capabilities=caps,
    )


@router.get("/posts", response=list[PostOut], url_name="post_list")
def post_list(request: HttpRequest) -> list[PostOut]:
    return [PostOut.from_post(p) for p in selectors.post_list(user=_user(request))]


@router.get("/posts/{post_id}", response={200: PostOut, 404: ErrorOut}, url_name="post_detail")
def post_detail(request: HttpRequest, post_id: int) -> PostOut:
    return PostOut.from_post(selectors.post_get(user=_user(request), post_id=post_id))


@router.post(
    "/auth/token",
    auth=None,
    response={201: TokenCreated, 401: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    url_name="token_obtain",
)
def token_obtain(request: HttpRequest, body: TokenIn) -> Status[TokenCreated | ErrorOut]:
    """Exchange an e-mail and password for a bearer token (counts towards the lockout)."""
    user = authenticate(request, username=body.email.lower(), password=body.password)
    if getattr(request, "axes_locked_out", False):
        return Status(
            429, ErrorOut(errors=[ErrorItem(field="password", message=lockout_message())])
        )
    if not isinstance(user, User):
        message = "The e-mail address or the password is wrong."
        return Status(401, ErrorOut(errors=[ErrorItem(field="password", message=message)]))
    token, plain = services.api_token_issue(actor=user, name=body.name)
    return Status(201, TokenCreated(id=token.pk, name=token.name, token=plain))


@router.get("/tokens", response=list[TokenOut], url_name="token_list")
def token_list(request: HttpRequest) -> list[TokenOut]:
    return [TokenOut.from_token(t) for t in selectors.api_token_list(user=_user(request))]


@router.delete("/tokens/{token_id}", response={204: None, 404: ErrorOut}, url_name="token_revoke")
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    user = _user(request)
    token = selectors.api_token_get(user=user, token_id=token_id)
    services.api_token_revoke(actor=user, token=token)
    return HttpResponse(status=204)
