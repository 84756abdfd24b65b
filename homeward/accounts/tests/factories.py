# mypy: disable-error-code="type-arg, untyped-decorator, misc, return-value"
from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from homeward.accounts.models import (
    ApiToken,
    Organisation,
    Post,
    PostJurisdiction,
    RoleAssignment,
    User,
)
from homeward.accounts.roles import Role

PASSWORD = "correct-horse-battery-staple"


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.MINISTRY
    country = "UZ"


class PostFactory(DjangoModelFactory):
    class Meta:
        model = Post
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Post {n}")
    city = "Tashkent"
    country = "UZ"

    @factory.post_generation
    def areas(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        for area in extracted or []:
            country, _, _ = area.partition("-")
            PostJurisdiction.objects.create(
                post=self, country=country, region=area if "-" in area else ""
            )


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@homeward.example")
    full_name = factory.Sequence(lambda n: f"Test User {n}")
    password = factory.django.Password(PASSWORD)


class RoleAssignmentFactory(DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    user = factory.SubFactory(UserFactory)
    post = factory.SubFactory(PostFactory)
    role = Role.CONSULAR_OFFICER


def user_with_role(role: Role, post: Post, **kwargs: object) -> User:
    user = UserFactory(**kwargs)
    RoleAssignmentFactory(user=user, post=post, role=role)
    return user


class ApiTokenFactory(DjangoModelFactory):
    class Meta:
        model = ApiToken

    user = factory.SubFactory(UserFactory)
    name = "script"
    prefix = "hw_test"
    digest = factory.Sequence(lambda n: f"{n:064x}")
