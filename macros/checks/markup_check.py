"""Markup that could run a script, send the reader elsewhere or frame another page, refused in
every file an editor writes (pages, included texts, data files, the menu), with its line.

Pages may hold Markdown and simple HTML; none of them needs a script, an event handler, a
`<meta>`, `<base>`, `<iframe>`, `<object>` or `<embed>`, or a `javascript:` address. The site's
policy and its escaping stop these where they slip through; the check stops them first, where
the editor can see and fix them."""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..data.pages import pages
from ..data.strict_yaml import MAX_BYTES

DATA_FILES = ("data/**/*.yaml", "data/*.md", "mkdocs.yml")


def _spaced(word: str) -> str:
    """`word` as a browser reads it in an address, where tabs and line breaks are dropped."""
    return r"\b(" + "[\t\r\n]*".join(map(re.escape, word[:-1])) + ")[\t\r\n]*:"


TAGS = ("script", "meta", "base", "iframe", "frame", "object", "embed", "style", "form")
REFUSED = (
    (
        re.compile(rf"<\s*/?\s*({'|'.join(TAGS)})\b", re.IGNORECASE),
        "a <{0}> tag: the site's files hold text and Markdown, never a <{0}>; remove it",
    ),
    (  # in a tag, or in Markdown's attribute list, { onclick=... }
        re.compile(r"(?:<[a-z]|\{)[^<>{}]{0,2000}?[\s/\"'](on[a-z]+)\s*=", re.IGNORECASE),
        "an event handler ({0}=) in a tag: nothing on the site runs a script; remove it",
    ),
    (  # read as a browser reads an address: character references decoded, tabs and breaks gone
        re.compile(_spaced("javascript:") + "|" + _spaced("vbscript:"), re.IGNORECASE),
        "a {0}: address runs a script; link to a web page (https://…) instead",
    ),
)


def editor_files(project: Path) -> list[Path]:
    """Every file an editor writes, in a stable order (a file too large to be one is refused,
    by its size, where it is read)."""
    data = sorted(path for pattern in DATA_FILES for path in project.glob(pattern))
    files = [path for path in data if path.is_file()] + pages(project)
    return [path for path in files if path.stat().st_size <= MAX_BYTES]


UNSAFE_NAME = re.compile(r"[<>\"'`&]")


def markup_problems(project: Path) -> list[str]:
    """Each piece of refused markup, as `file:line: what it is and what to do`."""
    files = editor_files(project)
    names = [
        f"{path.relative_to(project)}:1: the file's name holds {UNSAFE_NAME.search(path.name)[0]}"
        ", which a page address cannot show as written; rename the file with letters, digits and -"
        for path in files
        if UNSAFE_NAME.search(path.name)
    ]
    return names + [
        f"{path.relative_to(project)}:{line}: {message}"
        for path in files
        for line, message in _refused(path.read_text("utf-8", errors="replace"))
    ]


def _refused(text: str) -> list[tuple[int, str]]:
    """Each refused piece as (line, message); character references (&#106;) are read as the
    characters they stand for, line by line, as the browser would."""
    if "&" in text:  # most files hold no reference: nothing to read line by line
        lines = [html.unescape(line) for line in text.split("\n")]
        text = "\n".join(line.replace("\n", " ") for line in lines)
    found = [
        (
            text.count("\n", 0, match.start()) + 1,
            match.start(),
            message.format(re.sub(r"\s", "", match[1]).lower()),
        )
        for pattern, message in REFUSED
        for match in pattern.finditer(text)
    ]
    return list(dict.fromkeys((line, message) for line, _, message in sorted(found)))
