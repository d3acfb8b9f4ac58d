"""Lists of people and tags, from YAML lists or one line of text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from adr_tui.core.parsing.dates import date_alone
from adr_tui.core.parsing.inline import is_expression, plain, unlink

# Commas and semicolons outside parentheses, and the word "and".
# A table cell's line breaks: "Sébastien Marin, Architecte Logiciel<br>Yohann Streibel, DevOps".
_BREAK = re.compile(r"(?i)\s*<br\s*/?>\s*")
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+(?:and|&|\+)\s+")  # "AI 工程师 + 首席架构师"
_ROLE = re.compile(r"^(?P<name>[^()]{1,200}?)\s*\((?P<role>[^()]{1,200})\)\s*$")
# "Trae 落地", "Trae 提案" (Abuab/zhiban): a name in Latin letters, then what the person did
# in Chinese or Japanese words ("AI 工程师" is one role: "AI" is no name). A word for a group
# goes with the name: "Ledger 项目" is the Ledger project (round 18), "Apps 团队" a team.
_CJK_ROLE = re.compile(
    r"^(?P<name>[A-Z][a-z][\w.'-]*(?: [A-Z][a-z][\w.'-]*){0,2}) "
    r"(?!(?:项目组?|团队|小组|部门|社区|チーム|プロジェクト)$)(?P<role>[\u3040-\u9fff]{2,})$"
)
# "Bjørn Tore on behalf of Team Apps": the name, then whom the person stood for.
_BEHALF = re.compile(r"(?i)^(?P<name>[^()]{1,200}?)\s+(?P<role>on\s+behalf\s+of\s+\S.{0,200})$")
_TAG_SPLIT = re.compile(r"[,;]|\s+(?=#)")
# A slash before a space parts names too: "Haruki Eguchi（ユーザー）/ Claude Code `/dev`"
# (aGFydWtp/e2e-planner), "Ann / Bo"; "/dev" and "Team A/Team B" are one name each.
_COMMAS = re.compile(r"[,;]|/(?=\s)")
# Chinese and Japanese lists: "张三、李四，王五", "Trae（架构） → 产品负责人" (a hand-off, each
# named); without this the symbols' removal joined them into one name (Abuab/zhiban).
_CJK_LIST = str.maketrans({"、": ",", "，": ",", "；": ";", "（": "(", "）": ")", "→": ","})
_SPACES = re.compile(r"\s+")
_TRIM = " .-\"'\u201c\u201d"
_NOBODY = frozenset(
    {"tbd", "tbc", "tba", "n/a", "na", "none", "nobody", "?", "\u2014", "\u2013"}
    | {"to be decided", "to be determined", "to be confirmed"}
)
"""Words that name no one yet: "Deciders: TBD" in a draft (flux-iac/tofu-controller)."""
_PUNCTUATION = "/|\\-+&*:,;.\u2013\u2014"
"""What separates tags in a list (``greenhouse / cloudoperators``) and is no tag itself."""
"""Stripped from both ends of a name: stray quotes from hand-edited YAML too."""
_EMAIL = re.compile(r"\s*<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
_HANDLE = re.compile(r"@[\w.-]{1,39}")
"""A forge's user handle: "@fschade"."""
# A person's name: one to three capitalised words, particles between ("Bo de Vries").
_NAME = re.compile(r"[A-Z][\w.'-]{0,30}(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w.'-]{0,30}){0,2}")
# A role before the person it names: "user (kschltz), agent" (kschltz/comprineas), "Product
# Owner (Ann Lee)". The usual order, "Ann Lee (Product Owner)", has the role in brackets.
_ROLE_WORD = re.compile(
    r"(?i)(?:(?:tech(?:nical)?|team|product|project|engineering)\s+)?"
    r"(?:user|owner|lead|maintainer|author|developer|architect|manager|reviewer)"
)
_LOGIN = re.compile(r"[a-z][\w.-]{1,38}")
"""A login written in lower case, as a forge spells it: "kschltz" (only a user's: "developer
(frontend)" names a field)."""


def _split_outside_parens(text: str) -> list[str]:
    if "(" not in text:
        return _COMMAS.split(text)
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            char in ",;" or (char == "/" and text[index + 1 : index + 2].isspace())
        ):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _items(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [part for item in value if item is not None for part in _items(item)]
    if isinstance(value, dict) and (person := _person_of(value)) is not None:
        return [person]
    if isinstance(value, dict):
        # "deciders: {Grupo 7 - MATI}": a template's braces kept around the names, which
        # YAML reads as names mapped to nothing; "{Ann: lead}" names Ann in her role.
        pairs = value.items()
        return [part for k, v in pairs for part in _items(k if v is None else f"{k} ({v})")]
    if value is None:
        return []
    items: list[str] = []
    text = unlink(str(value)).strip()
    if not text.isascii():
        text = text.translate(_CJK_LIST)
    if "<" in text and len(lines := [line for line in _BREAK.split(text) if line]) > 1:
        if all(line.count(",") == 1 for line in lines):  # "Ann Lee, Architect<br>Bo, DevOps"
            return [f"{name} ({role.strip()})" for name, role in (x.split(",") for x in lines)]
        return [part for line in lines for part in _items(line)]
    if text[:1] == "[" and text[-1:] == "]" and _names_in_brackets(text):
        text = text[1:-1]  # "[Arno, Ivo, Uwe, David]": names left in the template's brackets
    if "@" in text:
        text = _EMAIL.sub("", text)  # "Ann Lee <ann@example.com>"
    parts = _split_outside_parens(text)
    for index, part in enumerate(parts):
        if " of the " in part:
            items.extend(_body_then_names(part))
        elif index < len(parts) - 1 and _one_role(part):
            # "Tech lead, Accessibility and design reviewer, Security …"
            items.append(part)
        elif "(" in part:
            # "AI 工程师 + 首席架构师（基于 …）" (DULASlee/jnpfv52): the aside goes with the last
            head, paren, aside = part.partition("(")
            *before, last = _SEPARATOR.split(head)
            items.extend(before)
            items.append(f"{last}{paren}{aside}")
        else:
            items.extend(_SEPARATOR.split(part))
    if len(items) == 1 and "@" in text:
        items = _handles(items[0]) or items
    return items


# "and" (or "&", "+") before words in lower case: "Accessibility and design reviewer". One
# word after it is a name, often a handle ("jdoe and msmith": review 9b S3).
_JOINED_ROLE = re.compile(r"\s(?:and|&|\+)\s+[a-z]\S*\s+\S")


def _one_role(part: str) -> bool:
    """Whether a part before the last of a comma list is one role, though it says "and".

    "A, B and C" joins its last two names with "and"; a part before the last that says
    "and" before a lower-case word names one role (magsoftware/flowframe's "Owner: Tech
    lead, Product owner, Accessibility and design reviewer, Security reviewer").
    """
    return _JOINED_ROLE.search(part) is not None and "(" not in part


# A body's name ends at the noun that names it a body: "Members of the Architecture Board
# and Bo Berg" names the board's members, then Bo. "Maintainers and Friends" goes on.
_BODY_ENDS = re.compile(
    r"\s(?P<noun>(?i:board|team|committee|council|group|guild|office|department|panel|squad))"
    r"\s+(?:and|&)\s+(?=[A-Z])"
)


def _body_then_names(part: str) -> list[str]:
    """A part that says "of the": one body's name, then any names after it.

    "The Architecture Review Board of the Backstage Core Maintainers and Friends" (the
    backstage log's UI walk) is one name, though it says "and"; the names after a body's
    noun are others' ("Members of the Architecture Board and Bo Berg": review 13).
    """
    end = _BODY_ENDS.search(part, part.index(" of the "))
    if end is None:
        return [part]
    return [part[: end.end("noun")], *_SEPARATOR.split(part[end.end() :])]


_NAME_KEYS = ("name", "nombre", "nom", "nome", "имя", "名前", "姓名", "이름")
_ROLE_KEYS = ("role", "title", "position", "rol", "rôle", "funcao", "роль", "角色", "役割", "역할")


def _person_of(entry: dict[object, object]) -> str | None:
    """A person written as a map of fields ("Alex Neacsu (Architecture Board)"), else None.

    ``deciders:`` over ``- name: Alex Neacsu`` / ``role: Architecture Board`` /
    ``approved_at: …`` (a public log's front matter): the keys are one person's fields,
    not names.
    """
    fields = {str(key).lower(): item for key, item in entry.items()}
    name = next((fields[key] for key in _NAME_KEYS if fields.get(key) is not None), None)
    if name is None or isinstance(name, dict | list):
        return None
    role = next((fields[key] for key in _ROLE_KEYS if fields.get(key) is not None), None)
    return f"{name} ({role})" if isinstance(role, str | int) and str(role) else str(name)


def _handles(text: str) -> list[str]:
    """``eljobe@ plasmapower@`` or ``@ann @bo``: handles listed with spaces only, else []."""
    words = text.split()
    if len(words) > 1 and all(word.startswith("@") or word.endswith("@") for word in words):
        return words
    return []


def _without_label(text: str) -> str:
    """``Platform Team: Ann Lee`` → ``Ann Lee``: a group label is not a name.

    Only a colon before any parenthesis counts (``Ann (Lead: API)`` keeps its role).
    """
    paren = text.find("(")
    colon = text.rfind(": ", 0, paren if paren >= 0 else len(text))
    if colon < 0:
        return text
    name = text[colon + 2 :].strip(_TRIM)
    return name or text


def _names_one(text: str) -> bool:
    """Whether words after "with" name someone: one word, or words each capitalised.

    "with review from Lex" (Guffawaffle/majel) is no name: kept as written (review 9b S5).
    """
    words = text.partition("(")[0].split()
    return len(words) == 1 or all(word[:1].isupper() for word in words)


def _names_someone(text: str, role: str) -> bool:
    """Whether ``text`` in brackets after ``role`` is a person: a full name, a handle, a login."""
    if text.lower() in _NOBODY:
        return False  # "owner (TBD)": no one yet
    if _HANDLE.fullmatch(text) or (" " in text and _NAME.fullmatch(text)):
        return True  # a full name: "Tech Lead (Backend)" names a field
    return role.lower() == "user" and _LOGIN.fullmatch(text) is not None


def read_people(value: object) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Names, and (name, role) pairs for ``Jane Doe (Tech Lead)`` entries."""
    names: list[str] = []
    roles: list[tuple[str, str]] = []
    for item in _items(value):
        text = plain(item).strip(_TRIM)
        if ": " in text:
            text = _without_label(text)
        if text[:5].lower() == "with " and _names_one(text[5:]):
            text = text[5:]  # "identity-team, with platform-team (hub ADR 0009)": both decided
        if not text or (text[0].isdigit() and date_alone(text) is not None):
            continue  # "Entscheider: Ruben Vitt (Projektinhaber), 29.09.2026.": the day, no one
        if len(text) < 20 and text.strip("()[]").lower() in _NOBODY:
            continue
        if text[0] == "{" and is_expression(text):
            continue  # "{{< var people.trey.name >}}": the site prints a name; the text has none
        if (
            (match := _ROLE.match(text))
            or (" behalf " in text and (match := _BEHALF.match(text)))
            or (not text.isascii() and (match := _CJK_ROLE.match(text)))
        ):
            name, role = match["name"].strip(), match["role"].strip()
            if _ROLE_WORD.fullmatch(name) and _names_someone(role, name):
                name, role = role, name
            if not name.isascii() and (acted := _CJK_ROLE.match(name)):
                name = acted["name"]  # "Trae 提案（UI 重构）": Trae, who proposed
            roles.append((name, role))
            text = name
        if text not in names:
            names.append(text)
    return tuple(names), tuple(roles)


def read_tags(value: object, *, phrases: bool = False) -> tuple[str, ...]:
    """Tags lower-cased, ``#`` and emphasis removed, de-duplicated in order.

    With ``phrases`` (a key in the singular, ``tag: Web Client``) spaces do not separate tags.
    """
    raw: Iterable[object] = value if isinstance(value, list | tuple) else [value]
    tags: list[str] = []
    for entry in raw:
        if entry is None:
            continue
        text = unlink(str(entry)).strip()
        if text[:1] == "[" and text[-1:] == "]":
            text = text[1:-1]  # "Tags: [identity-platform, cip, groups]", a YAML-style list
        # log4brains: "space and/or comma separated"; commas, when present, win.
        splitter = _TAG_SPLIT if phrases or "," in text or ";" in text else _SPACES
        for part in splitter.split(text):
            tag = plain(part).lower().lstrip("#").strip(" .")
            if tag and tag not in tags and tag.strip(_PUNCTUATION):  # "/" alone is no tag
                tags.append(tag)
    return tuple(tags)


def is_people_placeholder(value: object) -> bool:
    """True for template text such as ``[Names/Roles of people involved]``.

    Names filled in inside the template's brackets (``[Arno, Ivo, Uwe, David]``) are people.
    """
    text = str(value).strip() if isinstance(value, str) else ""
    wrapped = len(text) > 2 and text[0] in "[{<" and text[-1] in "]}>" and "](" not in text
    return wrapped and not _names_in_brackets(text)


def is_unfilled_people(value: object) -> bool:
    """True for a template's description of the people left in its place.

    "[list of everyone involved in the decision]", French "[liste des personnes impliquée
    dans la décision]" (CaenCamp/jobs-caen-camp): bracketed words in lower case describe
    whom to name. "[Alexis Janvier]" or "[Author]" in brackets may be a name.
    """
    if not is_people_placeholder(value):
        return False
    return any(word[:1].islower() for word in str(value)[1:-1].split())


def _names_in_brackets(text: str) -> bool:
    """``[Arno, Ivo, Uwe, David]``: two or more names, each of one to three capitalised words.

    Or handles, with commas or spaces between them: "[@fschade, @rhafer]" and "[@micbar
    @butonic]" (opencloud-eu/opencloud's deciders).
    """
    if text[0] != "[":
        return False
    parts = [part.strip() for part in text[1:-1].split(",")]
    if len(parts) == 1 and "@" in text:
        parts = text[1:-1].split()
    return len(parts) >= 2 and all(
        _NAME.fullmatch(part) or _HANDLE.fullmatch(part) for part in parts
    )
