from __future__ import annotations

from collections.abc import Iterable

from django import template

from homeward.people.reasons import explanation_text

register = template.Library()


@register.filter
def explanation(lines: Iterable[str]) -> str:
    """A match's explanation lines in the reader's language, joined."""
    return explanation_text(lines)
