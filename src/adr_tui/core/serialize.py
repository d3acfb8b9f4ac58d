"""Plain-data (JSON-ready) views of core values, shared by the CLI and any exporter."""

from __future__ import annotations

from typing import Any

from adr_tui.core.model import Decision, Problem, Relation, RelationKind


def relation_to_dict(rel: Relation) -> dict[str, Any]:
    """One relation: kind, target id (null when dangling), text as written, stated or derived."""
    return {
        "kind": rel.kind.value,
        "target_id": rel.target_id,
        "raw": rel.ref.raw,
        "number": rel.ref.number,
        "stated": rel.stated,
    }


def _targets(d: Decision, kind: RelationKind) -> list[str]:
    """Resolved ids, or the reference as written when it names no ADR here (nothing is dropped)."""
    return [r.target_id or r.ref.raw for r in d.related(kind)]


def decision_to_dict(d: Decision, *, with_body: bool = False) -> dict[str, Any]:
    """The JSON shape of one decision (``list --json`` and ``show --json``)."""
    data: dict[str, Any] = {
        "id": d.id,
        "number": d.number,
        "title": d.title,
        "status": d.status.value,
        "status_raw": d.status_raw or None,
        "date": d.date.isoformat() if d.date else None,
        "deciders": list(d.deciders),
        "decider_roles": {name: role for name, role in d.decider_roles},
        "consulted": list(d.consulted),
        "informed": list(d.informed),
        "tags": list(d.tags),
        "supersedes": _targets(d, RelationKind.SUPERSEDES),
        "superseded_by": _targets(d, RelationKind.SUPERSEDED_BY),
        "relations": [relation_to_dict(r) for r in d.relations],
        "path": d.path,
        "part": d.part or None,  # the section of a log kept in one file ("4"), else null
        "format": d.format,
        "warnings": list(d.warnings),
    }
    if with_body:
        data["body"] = d.body
        data["sections"] = [
            {"title": s.title, "level": s.level, "line": s.line} for s in d.sections
        ]
    return data


def problem_to_dict(p: Problem) -> dict[str, Any]:
    """One problem."""
    return {"path": p.path, "code": p.code, "severity": p.severity, "message": p.message}
