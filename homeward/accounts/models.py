"""People who use Homeward, the organisations and posts they work at, their roles."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, ClassVar, TypeVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from homeward.accounts.access_cache import Access, access_for
from homeward.accounts.roles import ROLE_CAPABILITIES, ROLE_SCOPE, Role, Scope
from homeward.common.access import OwnedByPost, Reach, VisibleQuerySet

T = TypeVar("T")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("email is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """Signs in with an e-mail address. What they may do comes from their role assignments."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.email

    def _access(self) -> Access:
        access: Access | None = self.__dict__.get("_access_kept")
        if access is None:
            access = access_for(self.pk, self._assignments_load)
            self.__dict__["_access_kept"] = access
        return access

    def access_stamp_read(self, stamp: int | None) -> None:
        """The access stamp was read with this user's row: check the kept access now."""
        self.__dict__["_access_kept"] = access_for(self.pk, self._assignments_load, stamp)

    def _assignments_load(self) -> list[RoleAssignment]:
        return list(
            RoleAssignment.objects.select_related("post", "post__organisation").filter(
                user_id=self.pk, post__is_active=True
            )
        )

    def assignments(self) -> list[RoleAssignment]:
        """This user's roles at active posts (kept between requests: ``access_cache``)."""
        return list(self._access().assignments)

    def roles(self) -> frozenset[Role]:
        return frozenset(Role(a.role) for a in self._access().assignments)

    def has_capability(self, capability: str) -> bool:
        return any(
            capability in ROLE_CAPABILITIES[Role(a.role)] for a in self._access().assignments
        )

    def kept_with_access(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept while this user's access is current. Only for what depends on
        nothing but roles, posts, jurisdictions and organisations: their changes renew the
        access stamp, which drops it."""
        derived = self._access().derived
        if key not in derived:
            derived[key] = compute()
        value: T = derived[key]
        return value

    def reach(self, capability: str) -> Reach:
        """The union of the scopes of every role this user holds that grants ``capability``."""
        access = self._access()
        reach = access.reaches.get(capability)
        if reach is None:
            reach = _reach_from(
                [a for a in access.assignments if capability in ROLE_CAPABILITIES[Role(a.role)]]
            )
            access.reaches[capability] = reach
        return reach


def _reach_from(assignments: list[RoleAssignment]) -> Reach:
    unrestricted = False
    post_ids: set[int] = set()
    organisation_ids: set[int] = set()
    for a in assignments:
        scope = ROLE_SCOPE[Role(a.role)]
        if scope is Scope.GLOBAL:
            unrestricted = True
        elif scope is Scope.ORGANISATION:
            organisation_ids.add(a.post.organisation_id)
        post_ids.add(a.post_id)
    if unrestricted:
        return Reach(unrestricted=True, anywhere=True)
    # The assignments' own posts are at hand; only an organisation's scope needs its other
    # posts looked up. Then the jurisdictions of them all in one query.
    posts: dict[int, Post] = {a.post_id: a.post for a in assignments}
    if organisation_ids:
        organisation_ids = _with_descendants(organisation_ids)
        more = Post.objects.filter(organisation_id__in=organisation_ids, is_active=True)
        for post in more.exclude(pk__in=list(posts)):
            posts[post.pk] = post
    countries: set[str] = set()
    regions: set[str] = set()
    anywhere = any(post.everywhere for post in posts.values())
    places = PostJurisdiction.objects.filter(post_id__in=list(posts)).values_list(
        "country", "region"
    )
    for country, region in places if posts else ():
        if region:
            regions.add(region)
        else:
            countries.add(country)
    return Reach(
        post_ids=frozenset(post_ids),
        organisation_ids=frozenset(organisation_ids),
        countries=frozenset(countries),
        regions=frozenset(regions),
        anywhere=anywhere,
    )


def _with_descendants(organisation_ids: set[int]) -> set[int]:
    """An organisation's scope includes its parts (a ministry's embassies)."""
    found, frontier = set(organisation_ids), set(organisation_ids)
    while frontier:
        frontier = (
            set(Organisation.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
            - found
        )
        found |= frontier
    return found


class Organisation(models.Model):
    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry or state agency")
        DIPLOMATIC = "diplomatic", _("Embassy or consulate")
        NGO = "ngo", _("Non-governmental organisation")
        INTERNATIONAL = "international", _("International organisation")
        HOST_AUTHORITY = "host_authority", _("Host-country authority")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("part of"),
        help_text=_("an embassy is part of its ministry"),
    )
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 alpha-2"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class PostQuerySet(VisibleQuerySet["Post"]):
    pass


class Post(models.Model):
    """A desk that works cases: an embassy, a consulate, the hotline, an NGO helpline.

    Its jurisdiction is a set of countries (or regions of a country); ``everywhere``
    covers every country (the hotline).
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="posts", verbose_name=_("organisation")
    )
    name = models.CharField(_("name"), max_length=200, unique=True)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("where the post sits"))
    everywhere = models.BooleanField(_("jurisdiction everywhere"), default=False)
    is_active = models.BooleanField(_("active"), default=True)

    objects: ClassVar[PostQuerySet] = PostQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = OwnedByPost(
        capability="posts.view", post_field="pk", organisation_field="organisation"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")

    def __str__(self) -> str:
        return self.name

    def covers(self, country: str, region: str = "") -> bool:
        if self.everywhere:
            return True
        return any(j.covers(country, region) for j in self.jurisdictions.all())


class PostJurisdiction(models.Model):
    """One country, or one region of it (ISO 3166-2), in a post's jurisdiction."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="jurisdictions")
    country = models.CharField(_("country"), max_length=2)
    region = models.CharField(_("region"), max_length=6, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "country", "region"], name="uniq_post_area")
        ]
        indexes = [models.Index(fields=["country", "region"])]

    def __str__(self) -> str:
        return self.region or self.country

    def covers(self, country: str, region: str = "") -> bool:
        if self.country != country:
            return False
        return not self.region or self.region == region


class RoleAssignment(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    granted_at = models.DateTimeField(_("granted"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "post", "role"], name="uniq_user_post_role")
        ]
        ordering = ["post__name", "role"]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} @ {self.post}"


class ApiToken(models.Model):
    """A bearer token for the API. Only its SHA-256 is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class AccessStamp(models.Model):
    """One row; a new random value whenever roles, posts, jurisdictions or the organisation
    tree change (see ``access_cache``)."""

    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)
