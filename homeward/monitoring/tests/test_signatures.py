"""Signatures grown article by article find the same copies as a list read at once."""

from __future__ import annotations

from homeward.monitoring.pipeline.similarity import Signatures, signature

TEXTS = [
    "A charter flight carrying 131 migrants left New York on April 30 bound for Tashkent.",
    "A charter flight carrying 131 migrants left New York on April 30 bound for Tashkent today.",
    "Police raided a dormitory in Moscow, detaining 40 workers over their documents.",
    "A charter flight carrying 40 migrants left Istanbul on May 2 bound for Ashgabat.",
]


def test_grown_signatures_find_what_the_list_finds() -> None:
    grown = Signatures()
    seen: list[tuple[int, bytes]] = []
    for key, text in enumerate(TEXTS * 3):
        sig = signature(text)
        assert grown.candidates(sig) == Signatures(seen).candidates(sig)
        grown.add(key % 5, sig)
        seen.append((key % 5, sig))
    assert grown.candidates(signature(TEXTS[0]))[:1] == [0]
    read_at_once = Signatures(seen)
    assert all(read_at_once.candidates(sig) == grown.candidates(sig) for _key, sig in seen)
    assert grown.candidates(b"") == []
