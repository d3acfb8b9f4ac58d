"""``@record``: the project's immutable value class, read-only to the type checker.

A record is a slotted class, compared and hashed by its fields, that mypy treats
as a ``frozen=True`` dataclass: assigning a field is a type error, and the strict
check in CI fails on it. At run time the class is not frozen, because a frozen
dataclass sets each field through ``object.__setattr__``: 1.9 µs per object of 19
fields against 0.3 µs (10,000 made). A warm start at 10,000 ADRs makes a decision,
its relations and a list row per ADR; frozen, they cost ~20 ms of its ~430 ms.

The class is built here, not by ``dataclasses.dataclass``: on Python 3.11 that
compiles four generated methods one by one and builds the class twice for its
slots, ~0.4 ms a class, and a warm start defines ~22 records before its first
paint. Here only ``__init__`` is compiled; imports and ``make_app`` at a warm
start went from 1,056 to 979 million instructions (cachegrind). The class still
carries ``__dataclass_fields__``, so ``dataclasses.replace``, ``fields`` and
``asdict`` work on records as on dataclasses, and ``dataclasses.field`` declares
defaults.
"""

from __future__ import annotations

import dataclasses
import inspect
import reprlib
from collections.abc import Callable
from dataclasses import MISSING, Field, field
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")

# How ``dataclasses`` marks a field that is one (not a ClassVar or InitVar): its
# ``replace`` and ``fields`` skip fields without the mark. Private, but the same
# object from Python 3.7 to 3.14; the records tests fail if it ever moves.
_FIELD_MARK: object = dataclasses._FIELD  # type: ignore[attr-defined]


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """``cls`` as a slotted class equal to, and hashed like, one with equal fields."""
    if any("__dataclass_fields__" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__qualname__}: a record does not inherit another's fields")
    fields = [
        _field_of(cls, name, kind)
        for name, kind in inspect.get_annotations(cls).items()
        if not _is_class_variable(kind)
    ]
    names = {f.name for f in fields}
    namespace = {k: v for k, v in vars(cls).items() if k not in names | {"__dict__", "__weakref__"}}
    # Methods the class writes itself are kept, as dataclasses keep them; a ``__hash__``
    # of None is Python's mark of a class defining ``__eq__``, not a choice.
    made = _methods(cls, fields)
    namespace.update({k: v for k, v in made.items() if namespace.get(k) is None})
    namespace["__qualname__"] = cls.__qualname__
    namespace["__slots__"] = tuple(f.name for f in fields)
    namespace.setdefault("__match_args__", tuple(f.name for f in fields if f.init))
    namespace["__dataclass_fields__"] = {f.name: f for f in fields}
    built: type[_T] = type(cls.__name__, cls.__bases__, namespace)
    return built


def _is_class_variable(kind: object) -> bool:
    return _annotation_name(kind) == "ClassVar"


def _annotation_name(kind: object) -> str:
    """``ClassVar`` of ``"typing.ClassVar[int]"``: what an annotation is, without its arguments."""
    text = kind if isinstance(kind, str) else getattr(kind, "__name__", "")
    return text.split("[", 1)[0].rsplit(".", 1)[-1] if isinstance(text, str) else ""


def _field_of(cls: type, name: str, kind: object) -> Field[Any]:
    """The field ``name`` as ``dataclasses`` describes one, from the class's default."""
    default = vars(cls).get(name, MISSING)
    made: Field[Any] = default if isinstance(default, Field) else field(default=default)
    if isinstance(made.default, list | dict | set):
        raise ValueError(f"{cls.__qualname__}.{name}: a mutable default needs default_factory")
    if made.kw_only is True or _annotation_name(kind) == "InitVar":
        raise TypeError(
            f"{cls.__qualname__}.{name}: records take no keyword-only or init-only fields"
        )
    made.name, made.type, made.kw_only = name, kind, False
    made._field_type = _FIELD_MARK  # type: ignore[attr-defined]
    return made


def _methods(cls: type, fields: list[Field[Any]]) -> dict[str, Any]:
    """``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` for ``cls``.

    Only ``__init__``, which runs for every object made, is compiled: compiling the
    other three too costs five times as much. Through ``attrgetter`` an equality
    takes 0.27 µs against a dataclass's 0.16, and no path makes enough to tell.
    """
    compared = _getter([f.name for f in fields if f.compare])
    hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
    shown = _getter([f.name for f in fields if f.repr])
    labels = [f.name for f in fields if f.repr]

    def __eq__(self: object, other: object) -> bool:  # noqa: N807 -- the method itself
        if other.__class__ is not self.__class__:
            return NotImplemented
        equal: bool = compared(self) == compared(other)
        return equal

    def __hash__(self: object) -> int:  # noqa: N807 -- the method itself
        return hash(hashed(self))

    @reprlib.recursive_repr()
    def __repr__(self: object) -> str:  # noqa: N807 -- the method itself
        pairs = zip(labels, shown(self), strict=True)
        return f"{self.__class__.__qualname__}({', '.join(f'{k}={v!r}' for k, v in pairs)})"

    made = {"__init__": _init(cls, fields), "__eq__": __eq__, "__hash__": __hash__}
    made["__repr__"] = __repr__
    for name, function in made.items():
        function.__qualname__ = f"{cls.__qualname__}.{name}"
    return made


def _getter(names: list[str]) -> Callable[[object], tuple[Any, ...]]:
    """The values of ``names`` of an object, as a tuple (``attrgetter`` is in C)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda value: (one(value),)
    if not names:
        return lambda value: ()
    many: Callable[[object], tuple[Any, ...]] = attrgetter(*names)
    return many


def _init(cls: type, fields: list[Field[Any]]) -> Callable[..., None]:
    scope: dict[str, Any] = {"MISSING": MISSING}
    source = "\n".join(
        [
            f"def __init__(self, {', '.join(_parameters(fields, scope))}):",
            *[f"  {line}" for line in _assignments(fields, scope)],
            "  self.__post_init__()" if hasattr(cls, "__post_init__") else "  pass",
        ]
    )
    exec(source, scope)  # noqa: S102 -- source built above from field names only
    made: Callable[..., None] = scope["__init__"]
    return made


def _parameters(fields: list[Field[Any]], scope: dict[str, Any]) -> list[str]:
    parameters = []
    for f in fields:
        if not f.init:
            continue
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            parameters.append(f"{f.name}=MISSING")
        else:
            parameters.append(f.name)
    return parameters


def _assignments(fields: list[Field[Any]], scope: dict[str, Any]) -> list[str]:
    lines = []
    for f in fields:
        if f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            made = f"_factory_{f.name}()"
            value = f"{made} if {f.name} is MISSING else {f.name}" if f.init else made
            lines.append(f"self.{f.name} = {value}")
        elif f.init:
            lines.append(f"self.{f.name} = {f.name}")
        elif f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            lines.append(f"self.{f.name} = _default_{f.name}")
    return lines
