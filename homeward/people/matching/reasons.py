"""The lines of a match's explanation: English text that also knows what it says.

A ``Reason`` is a ``str`` (the English line: commands, the API and the tests read it as
text) that keeps its message code and values, so the pages can show it in the reader's
language (``people/reasons.py``) while the matcher stays free of Django.
"""

from __future__ import annotations

ENGLISH = {
    "part_equal": "{part} {name} equal",
    "part_equal_translit": "{part} {name} equal after transliteration",
    "part_same_stem": "{part} {a} / {b}: same stem",
    "part_same_name": "{part} {a} / {b}: one name in two languages",
    "part_similar": "{part} {a} ≈ {b}",
    "part_differs": "{part} {a} / {b} differ",
    "unmatched": "{count} name(s) only on one side",
    "date_equal": "birth date equal",
    "date_as_far_as_known": "birth date agrees as far as known",
    "date_nearly": "birth date nearly agrees",
    "date_differs": "birth date differs",
    "same_document": "same document number",
    "national_numbers_differ": "national identity numbers differ",
    "birthplace_equal": "birthplace equal",
    "birthplace_differs": "birthplace differs",
    "sex_differs": "sex differs",
}


class Reason(str):
    code: str
    values: dict[str, str]

    def __new__(cls, code: str, **values: str) -> Reason:
        line = super().__new__(cls, ENGLISH[code].format(**values))
        line.code = code
        line.values = values
        return line
