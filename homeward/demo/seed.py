"""The brief's organisations, posts and one user per role; all people synthetic.

Idempotent: what exists (by name or e-mail) is left as it is, so a second run writes
nothing, not even an audit event.
"""

from __future__ import annotations

from dataclasses import dataclass

from homeward.accounts import services
from homeward.accounts.models import Organisation, Post, RoleAssignment, User
from homeward.accounts.roles import Role
from homeward.people.models import Person
from homeward.people.records import record_from_fields, stay_from_fields
from homeward.people.services import (
    NextOfKin,
    contact_add,
    people_import,
    person_register_self,
    registration_create,
    relation_add,
)

DEMO_PASSWORD = "homeward-demo-2026"  # noqa: S105 - printed on purpose, demo only

Kind = Organisation.Kind

# name, kind, country, parent
ORGANISATIONS: list[tuple[str, Kind, str, str | None]] = [
    ("Ministry of Foreign Affairs", Kind.MINISTRY, "UZ", None),
    ("Embassy in Moscow", Kind.DIPLOMATIC, "UZ", "Ministry of Foreign Affairs"),
    ("Embassy in Kyiv", Kind.DIPLOMATIC, "UZ", "Ministry of Foreign Affairs"),
    ("Embassy in Washington", Kind.DIPLOMATIC, "UZ", "Ministry of Foreign Affairs"),
    ("Consulate General in St Petersburg", Kind.DIPLOMATIC, "UZ", "Ministry of Foreign Affairs"),
    ("Agency for External Labour Migration", Kind.MINISTRY, "UZ", None),
    ("Migrant Rights Helpline", Kind.NGO, "RU", None),
    ("International Organization for Migration", Kind.INTERNATIONAL, "CH", None),
]

# name, organisation, city, country, everywhere, areas
POSTS: list[tuple[str, str, str, str, bool, list[str]]] = [
    ("Hotline HQ", "Ministry of Foreign Affairs", "Tashkent", "UZ", True, []),
    ("Embassy in Moscow", "Embassy in Moscow", "Moscow", "RU", False, ["RU"]),
    ("Embassy in Kyiv", "Embassy in Kyiv", "Kyiv", "UA", False, ["UA"]),
    ("Embassy in Washington", "Embassy in Washington", "Washington", "US", False, ["US"]),
    (
        "Consulate General in St Petersburg",
        "Consulate General in St Petersburg",
        "Saint Petersburg",
        "RU",
        False,
        ["RU-SPE", "RU-LEN"],
    ),
    (
        "Migration Agency liaison desk",
        "Agency for External Labour Migration",
        "Tashkent",
        "UZ",
        True,
        [],
    ),
    ("NGO Helpline Moscow", "Migrant Rights Helpline", "Moscow", "RU", False, ["RU"]),
    ("IOM Kyiv", "International Organization for Migration", "Kyiv", "UA", False, ["UA", "MD"]),
]


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    role: Role
    post: str


USERS: list[DemoUser] = [
    DemoUser("operator@homeward.example", "Dilnoza Karimova", Role.HOTLINE_OPERATOR, "Hotline HQ"),
    DemoUser(
        "consul.moscow@homeward.example",
        "Rustam Aliyev",
        Role.CONSULAR_OFFICER,
        "Embassy in Moscow",
    ),
    DemoUser(
        "liaison@homeward.example",
        "Bekzod Tursunov",
        Role.AGENCY_LIAISON,
        "Migration Agency liaison desk",
    ),
    DemoUser("partner@homeward.example", "Olena Kovalenko", Role.PARTNER, "IOM Kyiv"),
    DemoUser("supervisor@homeward.example", "Malika Yusupova", Role.SUPERVISOR, "Hotline HQ"),
    DemoUser("analyst@homeward.example", "Timur Rakhimov", Role.ANALYST, "Hotline HQ"),
    DemoUser("auditor@homeward.example", "Nodira Saidova", Role.AUDITOR, "Hotline HQ"),
    DemoUser(
        "protection@homeward.example", "Gulnora Ergasheva", Role.PROTECTION_OFFICER, "Hotline HQ"
    ),
    DemoUser("admin@homeward.example", "Sardor Nazarov", Role.ADMINISTRATOR, "Hotline HQ"),
    DemoUser(
        "consul.kyiv@homeward.example", "Aziz Khodjaev", Role.CONSULAR_OFFICER, "Embassy in Kyiv"
    ),
    DemoUser(
        "ngo.moscow@homeward.example", "Anna Sokolova", Role.HOTLINE_OPERATOR, "NGO Helpline Moscow"
    ),
    DemoUser(
        "ngo.caseworker@homeward.example",
        "Irina Volkova",
        Role.CONSULAR_OFFICER,
        "NGO Helpline Moscow",
    ),
]


def seed_accounts() -> list[DemoUser]:
    organisations = {o.name: o for o in Organisation.objects.all()}
    for name, kind, country, parent in ORGANISATIONS:
        if name not in organisations:
            organisations[name] = services.organisation_create(
                actor=None,
                name=name,
                kind=kind,
                country=country,
                parent=organisations[parent] if parent else None,
            )
    posts = {p.name: p for p in Post.objects.all()}
    for name, org, city, country, everywhere, areas in POSTS:
        if name not in posts:
            posts[name] = services.post_create(
                actor=None,
                organisation=organisations[org],
                name=name,
                city=city,
                country=country,
                everywhere=everywhere,
                areas=areas,
            )
    for demo in USERS:
        user = User.objects.filter(email=demo.email).first()
        if user is None:
            user = services.user_create(
                actor=None, email=demo.email, full_name=demo.full_name, password=DEMO_PASSWORD
            )
        if not RoleAssignment.objects.filter(
            user=user, post=posts[demo.post], role=demo.role
        ).exists():
            services.role_grant(actor=None, user=user, post=posts[demo.post], role=demo.role)
    return USERS


# Synthetic people (no real private person): external id, primary name, other written forms,
# birth date, sex, nationality.
PEOPLE: list[tuple[str, str, str, str, str, str]] = [
    ("demo-0001", "Бурханов Ахрор Рустамович", "Burkhanov Akhror|Burxonov Axror Rustam oʻgʻli", "1986-03-14", "male", "UZ"),
    ("demo-0002", "Karimova Dilfuza", "Каримова Дилфуза Баходировна", "1991", "female", "UZ"),
    ("demo-0003", "Жапаров Нурбек Садырович", "Zhaparov Nurbek|Nurbek Sadyr uulu", "1979-11", "male", "KG"),
    ("demo-0004", "Раҳмонов Фаррух", "Rakhmonov Farrukh|Farrukh Rahmon", "1994-07-02", "male", "TJ"),
    ("demo-0005", "Ergasheva Nigora Shavkat qizi", "Эргашева Нигора Шавкатовна", "1988", "female", "UZ"),
    ("demo-0006", "Тошматов Улугбек", "Toshmatov Ulugbek|Toshmatov Ulug'bek", "1983-02", "male", "UZ"),
    ("demo-0007", "Абдуллаев Жасур", "Abdullaev Jasur|Abdullayev Zhasur", "1990-09-09", "male", "UZ"),
    ("demo-0008", "Сейтказиев Ерлан Бакытович", "SEITKAZIYEV Yerlan|Seitqaziev Erlan Baqytuly", "1975", "male", "KZ"),
    ("demo-0009", "Mamadaliev Sherzod", "Мамадалиев Шерзод", "1997-12-30", "male", "UZ"),
    ("demo-0010", "Назарова Гулноза", "Nazarova Gulnoza", "1985-05", "female", "UZ"),
    ("demo-0011", "Атаев Мерген", "Atayev Mergen|Ataýew Mergen", "1992", "male", "TM"),
    ("demo-0012", "Бурханов Ахрор Иброхимович", "Burkhanov Akhror Ibrokhimovich", "1964-08-21", "male", "UZ"),
]  # fmt: skip


def seed_people() -> int:
    """Demo persons, once: a second run leaves the registry (and the audit trail) alone."""
    if Person.objects.filter(external_id__startswith="demo-").exists():
        return 0
    records = [
        record_from_fields(
            external_id=ext,
            name=name,
            other_names=others,
            birth_date=born,
            sex=sex,
            nationality=nationality,
        )
        for ext, name, others, born, sex, nationality in PEOPLE
    ]
    created = people_import(actor=None, records=records, source="demo").created
    _seed_stays()
    return created


def _seed_stays() -> None:
    """Contacts, a relative and stays abroad; one self-registration that duplicates demo-0009."""
    akhror = Person.objects.get(external_id="demo-0001")
    contact_add(actor=None, person=akhror, kind="phone", value="+7 916 555 01 01")
    relation_add(
        actor=None,
        person=akhror,
        kind="spouse",
        relative_name="Бурханова Малика",
        relative_phone="+998 90 555 01 02",
        next_of_kin=True,
    )
    registration_create(
        actor=None,
        person=akhror,
        stay=stay_from_fields(
            country="RU", city="Moscow", employer="Stroy-Invest LLC", consent=True
        ),
    )
    person_register_self(
        record=record_from_fields(
            name="Mamadaliyev Sherzod", birth_date="1997-12-30", nationality="UZ"
        ),
        stay=stay_from_fields(country="RU", region="RU-SPE", city="Sankt-Peterburg", consent=True),
        phone="+7 921 555 03 03",
        messenger="telegram",
        next_of_kin=NextOfKin(name="Мамадалиева Дилором", phone="+998 91 555 03 04", kind="parent"),
        submission="demo-self-registration-1",
    )
