"""A small, safe template language for the messages the office can edit: no code runs from a
template, only names are looked up in the values given.

    {{name}}                    the value (HTML-escaped in an HTML template)
    {{#name}} … {{/name}}       the text in between, only when `name` has a value
    {{^name}} … {{/name}}       the text in between, only when `name` has none

A tag alone on its line takes its line with it, so sections leave no blank lines behind. A name the
message does not offer, or a section left open, is an error that names the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from app.core.errors import DomainError

_TAG = re.compile(r"\{\{\s*([#^/]?)\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_STANDALONE = re.compile(r"^[ \t]*(\{\{\s*[#^/]\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})[ \t]*\r?\n", re.M)
_STRAY = re.compile(r"\{\{|\}\}")


class TemplateError(DomainError):
    """A template that cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True, slots=True)
class _Value:
    name: str


@dataclass(frozen=True, slots=True)
class _Section:
    name: str
    inverted: bool
    body: tuple[_Node, ...]


_Node = str | _Value | _Section


class Template:
    """A parsed template; `render` fills it in."""

    def __init__(self, text: str, source: str, names: Collection[str]) -> None:
        self.source = source
        self._nodes = self._parse(_STANDALONE.sub(r"\1", text), names)

    def render(self, values: Mapping[str, str], escape: Callable[[str], str] = str) -> str:
        return "".join(_render(self._nodes, values, escape))

    def _parse(self, text: str, names: Collection[str]) -> tuple[_Node, ...]:
        stack: list[tuple[str, bool, list[_Node], int]] = [("", False, [], 0)]
        position = 0
        for match in _TAG.finditer(text):
            self._plain(text, position, match.start(), stack[-1][2])
            position = match.end()
            sigil, name = match[1], match[2]
            line = text.count("\n", 0, match.start()) + 1
            if name not in names:
                raise self._error(line, f"{{{{{name}}}}} is not a value this message has")
            if sigil in ("#", "^"):
                stack.append((name, sigil == "^", [], line))
            elif sigil == "/":
                open_name, inverted, body, _ = stack.pop() if len(stack) > 1 else ("", False, [], 0)
                if open_name != name:
                    raise self._error(line, f"{{{{/{name}}}}} closes a section that is not open")
                stack[-1][2].append(_Section(name, inverted, tuple(body)))
            else:
                stack[-1][2].append(_Value(name))
        self._plain(text, position, len(text), stack[-1][2])
        if len(stack) > 1:
            name, _, _, line = stack[-1]
            raise self._error(line, f"{{{{#{name}}}}} is never closed with {{{{/{name}}}}}")
        return tuple(stack[0][2])

    def _plain(self, text: str, start: int, end: int, into: list[_Node]) -> None:
        chunk = text[start:end]
        stray = _STRAY.search(chunk)
        if stray:
            line = text.count("\n", 0, start + stray.start()) + 1
            raise self._error(line, "has braces that are not a {{name}} tag")
        if chunk:
            into.append(chunk)

    def _error(self, line: int, problem: str) -> TemplateError:
        return TemplateError(f"{self.source}: line {line}: {problem}.")


def _render(
    nodes: tuple[_Node, ...], values: Mapping[str, str], escape: Callable[[str], str]
) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, _Value):
            out.append(escape(values.get(node.name, "")))
        elif bool(values.get(node.name)) != node.inverted:
            out.extend(_render(node.body, values, escape))
    return out
