"""The message templates: a small language that runs no code, shipped files that use only the
documented values in every language, and the office's own files in the configuration folder."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from app.mail.template_text import Template, TemplateError
from app.mail.templates import LANGUAGES, VARIABLES, MailKind, MailTemplates
from app.resources import resource_root

DOCS = Path(__file__).resolve().parents[2] / "docs" / "mail.md"


def test_values_sections_and_escaping() -> None:
    template = Template(
        "Hi {{name}}\n{{#amount}}\nPay {{amount}}.\n{{/amount}}\n{{^amount}}\nFree.\n{{/amount}}\n",
        "t.txt", {"name", "amount"},
    )  # fmt: skip
    assert template.render({"name": "Ana", "amount": "€5"}) == "Hi Ana\nPay €5.\n"
    assert template.render({"name": "Ana", "amount": ""}) == "Hi Ana\nFree.\n"
    markup = Template("<p>{{name}}</p>", "t.html", {"name"})
    assert markup.render({"name": "<b>&"}, escape=__import__("html").escape) == (
        "<p>&lt;b&gt;&amp;</p>"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{{nmae}}", "t.txt: line 1: {{nmae}} is not a value this message has."),
        ("a\n{{#name}}", "t.txt: line 2: {{#name}} is never closed with {{/name}}."),
        ("{{/name}}", "t.txt: line 1: {{/name}} closes a section that is not open."),
        ("{{name.__class__}}", "t.txt: line 1: has braces that are not a {{name}} tag."),
        ("{{ name | upper }}", "t.txt: line 1: has braces that are not a {{name}} tag."),
    ],
)
def test_what_is_not_a_known_value_is_refused_with_its_line(text: str, problem: str) -> None:
    with pytest.raises(TemplateError) as caught:
        Template(text, "t.txt", {"name"})
    assert str(caught.value) == problem


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(MailKind))
def test_every_shipped_template_exists_and_uses_only_documented_values(
    kind: MailKind, language: str
) -> None:
    values = dict.fromkeys(VARIABLES[kind], "x")
    rendered = MailTemplates().render(kind, language, values)
    assert rendered.subject
    assert "{{" not in rendered.text + rendered.html
    assert rendered.html.startswith(f'<!DOCTYPE html>\n<html lang="{language}">')
    for ext in ("txt", "html"):
        assert (resource_root() / "mail" / language / f"{kind.value}.{ext}").is_file()


def test_the_docs_list_every_value_of_every_message() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for kind, names in VARIABLES.items():
        assert f"`{kind.value}`" in text, kind
        for name in names:
            assert re.search(rf"`{name}`", text), name


def test_the_offices_own_template_is_used_and_a_broken_one_is_not(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "mail" / "en"
    folder.mkdir(parents=True)
    (folder / "invitation.txt").write_text(
        "Subject: See you, {{customer_name}}\n\nCall us: {{company_phone}}\n", "utf-8"
    )
    templates = MailTemplates(tmp_path)
    values = dict.fromkeys(VARIABLES[MailKind.INVITATION], "")
    values |= {"customer_name": "Ana", "company_phone": "123 <4>"}
    rendered = templates.render(MailKind.INVITATION, "en", values)
    assert (rendered.subject, rendered.text) == ("See you, Ana", "Call us: 123 <4>\n")
    assert "<p>Call us: 123 &lt;4&gt;</p>" in rendered.html  # made from the office's text
    assert templates.check() == []

    (folder / "invitation.txt").write_text("Subject: Hi {{customer}}\n\nx\n", "utf-8")
    with caplog.at_level(logging.WARNING):
        fallback = templates.render(MailKind.INVITATION, "en", values)
    assert fallback.subject.startswith("Remote support with")
    assert "{{customer}} is not a value this message has" in caplog.text
    [problem] = templates.check()
    assert problem.endswith("invitation.txt: line 1: {{customer}} is not a value this message has.")
