"""import_people: a row is a person, re-runs update, bad rows named by line, no half imports."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from homeward.common.audit import audit_verify
from homeward.common.models import AuditEvent
from homeward.people.models import Document, Person, PersonKey, PersonName

pytestmark = pytest.mark.django_db

HEADER = "external_id,name,birth_date,sex,nationality,passport_number,other_names\n"


def write(tmp_path: Path, body: str, header: str = HEADER, encoding: str = "utf-8") -> Path:
    path = tmp_path / "people.csv"
    path.write_bytes((header + body).encode(encoding))
    return path


def run(path: Path, *args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_people", str(path), *args, stdout=out, stderr=err, verbosity=0)
    return out.getvalue(), err.getvalue()


def test_rows_become_persons_with_names_keys_and_passport(tmp_path):
    path = write(
        tmp_path,
        "uz-1,Ахрор Бурханов,1980-05,male,UZ,FA1234567,Akhror Burkhanov|Axror Burxonov\n"
        "kg-2,Sadyr Zhaparov,1968,male,KG,,\n",
    )
    out, _ = run(path)
    assert "2 created, 0 updated, 0 bad" in out
    person = Person.objects.get(external_id="uz-1")
    assert person.birth_year == 1980 and person.birth_month == 5 and person.birth_day is None
    assert set(PersonName.objects.filter(person=person).values_list("text", flat=True)) == {
        "Ахрор Бурханов",
        "Akhror Burkhanov",
        "Axror Burxonov",
    }
    assert Document.objects.get(person=person).number == "FA1234567"
    assert PersonKey.objects.filter(person=person).exists()
    assert AuditEvent.objects.filter(verb="people.import").count() == 1
    assert audit_verify().intact


def test_rerun_updates_never_duplicates(tmp_path):
    run(write(tmp_path, "uz-1,Ахрор Бурханов,1980,male,UZ,,\n"))
    out, _ = run(write(tmp_path, "uz-1,Ахрор Бурхонов,1980-05-02,male,UZ,,\n"))
    assert "0 created, 1 updated" in out
    person = Person.objects.get(external_id="uz-1")
    assert person.display_name == "Ахрор Бурхонов"
    assert person.birth_day == 2
    assert list(person.names.values_list("text", flat=True)) == ["Ахрор Бурхонов"]


def test_bad_rows_are_reported_by_line_and_good_rows_imported(tmp_path):
    path = write(
        tmp_path,
        "uz-1,Ахрор Бурханов,1980,male,UZ,,\n"
        "uz-2,,1980,male,UZ,,\n"
        "uz-3,Садыр Жапаров,1980-13,male,KG,,\n"
        "uz-4,Садыр Жапаров,1980,alien,KG,,\n"
        "uz-5,Садыр Жапаров,1980,male,XX,,\n"
        "uz-1,Duplicate,1980,male,UZ,,\n",
    )
    out, err = run(path)
    assert "line 3: name" in err
    assert "line 4: birth_date" in err
    assert "line 5: sex" in err
    assert "line 6: nationality" in err
    assert "line 7: external_id: repeats line 2" in err
    assert "1 created" in out and "5 bad row(s)" in out
    assert Person.objects.count() == 1


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(tmp_path):
    path = write(tmp_path, "uz-1,Ахрор Бурханов,1980,male,UZ,,\nuz-2,,,,,,\n")
    with pytest.raises(CommandError, match="nothing imported"):
        run(path, "--all-or-nothing")
    assert not Person.objects.exists()


def test_broken_encoding_names_the_line_and_imports_nothing(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        HEADER.encode()
        + "uz-1,Ахрор,,,,,\n".encode()
        + "uz-2,Ahror \xff\xfe,,,,,\n".encode("latin-1")
    )
    with pytest.raises(CommandError, match="line 3: not UTF-8"):
        run(path)
    assert not Person.objects.exists()


def test_missing_required_columns(tmp_path):
    path = write(tmp_path, "Ахрор Бурханов\n", header="name\n")
    with pytest.raises(CommandError, match=r"missing column.*external_id"):
        run(path)


def test_only_required_columns(tmp_path):
    out, _ = run(write(tmp_path, "a-1,Ахрор Бурханов\n", header="external_id,name\n"))
    assert "1 created" in out
