"""Keys written before they carried birth dates take their person's date on migration, so a
registry upgraded in place ranks namesakes by birth year as a fresh one does."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("people", "0004_name_person_index_covered")]
AFTER = [("people", "0005_key_birth_date")]


@pytest.mark.django_db(transaction=True)
def test_existing_keys_take_their_persons_birth_date():
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    try:
        old = executor.loader.project_state(BEFORE).apps
        Person, PersonKey = old.get_model("people", "Person"), old.get_model("people", "PersonKey")
        dated = Person.objects.create(
            display_name="Каримов Ахрор", birth_year=1991, birth_month=7, birth_day=15
        )
        undated = Person.objects.create(display_name="Садыр Жапаров")
        for person in (dated, undated):
            PersonKey.objects.create(person=person, key=f"n:test{person.pk}")

        executor = MigrationExecutor(connection)
        executor.migrate(AFTER)

        new = executor.loader.project_state(AFTER).apps.get_model("people", "PersonKey")
        rows = new.objects.values_list("person_id", "birth_year", "birth_month", "birth_day")
        assert set(rows) == {(dated.pk, 1991, 7, 15), (undated.pk, None, None, None)}
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'people_personkey_ranking'"
                )
                (definition,) = cur.fetchone()
            assert "INCLUDE (birth_year, birth_month, birth_day)" in definition
    finally:
        MigrationExecutor(connection).migrate(leaves)
