"""A code read out over a bad line: a wrong or swapped symbol is caught, dashes forgiven."""

from __future__ import annotations

from homeward.common.codes import ALPHABET, code_format, code_is_valid, code_new


def test_a_new_code_is_valid_and_uses_no_look_alike_characters():
    for _ in range(200):
        code = code_new("R")
        assert code_is_valid(code, "R")
        body = code.replace("-", "")[1:]
        assert not set(body) & set("0O1IL5S2Z8BUV")


def test_case_spaces_and_dashes_are_forgiven():
    code = code_new("R")
    typed = " " + code.lower().replace("-", " ") + " "
    assert code_is_valid(typed, "R")
    assert code_format(typed, "R") == code


def test_every_single_wrong_symbol_is_caught():
    code = code_new("R").replace("-", "")
    for i in range(1, len(code)):
        for wrong in ALPHABET:
            if wrong != code[i]:
                assert not code_is_valid(code[:i] + wrong + code[i + 1 :], "R")


def test_every_swap_of_neighbours_is_caught():
    for _ in range(50):
        code = code_new("R").replace("-", "")
        for i in range(1, len(code) - 1):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert not code_is_valid(swapped, "R")


def test_codes_are_not_sequential():
    assert len({code_new("R") for _ in range(1000)}) == 1000


def test_garbage_is_not_a_code():
    for text in ["", "R", "R-", "X-1234-5678-9", "R-😀😀😀😀", "R-OOOO-OOOO-O"]:
        assert not code_is_valid(text, "R")
