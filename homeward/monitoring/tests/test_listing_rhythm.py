"""A listing whose headlines are in sentence case (Russian) splits by its title/body rhythm;
a single article with one sub-heading does not (synthetic pages)."""

from __future__ import annotations

from homeward.monitoring.pipeline.clean import clean
from homeward.monitoring.pipeline.split import split

TEASERS = [
    (
        "Из Новосибирска в Худжанд депортированы 64 гражданина Таджикистана",
        "Шестьдесят четыре гражданина Таджикистана депортированы из Новосибирска, сообщила "
        "пресс-служба посольства. Рейс прибыл в Худжанд утром.",
    ),
    (
        "Полиция провела рейд на овощной базе в Казани",
        "Сотрудники полиции задержали около тридцати мигрантов на овощной базе в Казани. "
        "У части задержанных не оказалось патентов на работу.",
    ),
    (
        "Минтруд напомнил мигрантам о сроках продления патентов",
        "Министерство труда напомнило трудовым мигрантам, что продлить патент нужно до "
        "окончания срока его действия, иначе придётся платить штраф.",
    ),
]


def test_sentence_case_listing_splits_without_blank_lines():
    text = "Новости\n" + "\n".join(f"{title}\n{body}" for title, body in TEASERS)
    articles = split(clean(text).lines)
    assert [a.title for a in articles] == [title for title, _ in TEASERS]


def test_one_article_with_a_sub_heading_stays_one():
    paragraph = (
        "Сотрудники полиции задержали около тридцати мигрантов на овощной базе в Казани, "
        "сообщили в пресс-службе МВД. У части задержанных не оказалось патентов на работу, "
        "их доставили в отдел для составления протоколов. "
    )
    text = (
        "Полиция провела рейд на овощной базе в Казани\n"
        + paragraph * 2
        + "\nЧто говорят правозащитники по этому поводу\n"
        + paragraph * 2
    )
    (article,) = split(clean(text).lines)
    assert "Что говорят правозащитники" in article.body
