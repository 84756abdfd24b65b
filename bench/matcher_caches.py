"""The matcher's in-process caches, emptied so a bench measures what a real worker pays.

A bench that runs its queries twice finds every candidate's name parsed the second time:
a worker answering a caller about someone it has not looked up before does not. Its
cache of single words (given names and surnames, which the whole registry shares) is
warm after a while, its cache of whole names much less so.
"""

from __future__ import annotations

from types import ModuleType

from homeward.people.matching import normalize, parse, places, score, translit

# Whole names, and pairs of words (a query's with a candidate's): neither is shared the way
# single words are.
PER_NAME = (parse.parse, parse.given_and_patronymic, normalize.clean, score._similarity)
MODULES: tuple[ModuleType, ...] = (parse, translit, normalize, places, score)


def forget_names() -> None:
    """Empty the caches of whole parsed names and of pairs of words compared; those of
    single words stay."""
    for cached in PER_NAME:
        cached.cache_clear()


def forget_all() -> None:
    """Empty every cache of the matcher, as in a worker that has just started."""
    for module in MODULES:
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and value.__module__ == module.__name__:
                value.cache_clear()
