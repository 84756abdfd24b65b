"""HTML to the same line-oriented text the text dumps have, headings marked ``## ``.

A single-article page goes through trafilatura (best at finding the main text). A listing
page (several headings, each with its paragraphs) loses all but one article in
trafilatura, so it is walked here: navigation, scripts, forms and footers dropped, one
line per block, headings marked so the splitter knows them for sure.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

HEADING = "## "
_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
    "select",
)
_BLOCKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "header",
    "main",
    "blockquote",
    "figcaption",
    "td",
    "th",
    "tr",
    "ul",
    "ol",
    "dd",
    "dt",
    "time",
    "br",
    "pre",
    "table",
}
_HEADINGS = {"h1", "h2", "h3", "h4"}
_SPACE = re.compile(r"\s+")


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _blocks(root: etree._Element) -> list[str]:
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if text:
            lines.append(text)

    def walk(el: etree._Element) -> None:
        tag = _tag(el)
        if tag in _HEADINGS:
            flush()
            text = _SPACE.sub(" ", el.text_content()).strip()
            if text:
                lines.append(HEADING + text)
            if el.tail:
                buffer.append(el.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if el.text and tag:
            buffer.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buffer.append(el.tail)

    walk(root)
    flush()
    return lines


def _is_listing(root: etree._Element) -> bool:
    """Several ``<article>`` elements, several headlines that are links, or several
    headings at the top level used make a listing. One top heading with sub-headings below
    it (``h1`` then ``h2``s) is one article with its sections."""
    if len(root.findall(".//article")) >= 2:
        return True
    headings = [el for el in root.iter(*_HEADINGS) if el.text_content().strip()]
    if sum(1 for el in headings if el.find(".//a") is not None) >= 2:
        return True
    if len(headings) < 2:
        return False
    top = min(_tag(el) for el in headings)
    return sum(1 for el in headings if _tag(el) == top) >= 2


def html_page(document: str) -> tuple[str, bool]:
    """Text lines of an HTML page (empty when there is no text at all), and whether it is
    one article (its sub-headings are sections, not the headlines of other articles)."""
    try:
        root = lxml_html.document_fromstring(document)
    except (etree.ParserError, ValueError):
        return "", False
    for el in root.iter(*_DROP):
        el.drop_tree()
    for el in root.iter(etree.Comment):
        el.drop_tree()
    body = root.find("body")
    content = body if body is not None else root
    lines = _blocks(content)
    headings = sum(1 for line in lines if line.startswith(HEADING))
    if headings >= 2 and _is_listing(content):
        return "\n".join(lines), False
    extracted = trafilatura.extract(
        document,
        output_format="txt",
        include_formatting=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        return "\n".join(lines), headings >= 2
    first_heading = next((line for line in lines if line.startswith(HEADING)), "")
    if first_heading and not extracted.startswith("#"):
        extracted = first_heading + "\n" + extracted
    return _markdown_headings(extracted), headings >= 2


def _markdown_headings(text: str) -> str:
    """trafilatura writes headings as markdown (``#`` to ``####``); use one marker."""
    return re.sub(r"^#{1,6} ", HEADING, text, flags=re.MULTILINE)
