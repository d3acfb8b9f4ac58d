"""Discovery on layouts copied from public repositories (each named where it is used).

The paths are the repositories' own; the texts are short stand-ins, since
discovery decides by names and folders alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_tui.core.catalog import load_catalog
from adr_tui.core.discovery import discover, is_candidate
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource

ADR = "# 1. Use things\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n"


def _found(root: Path, paths: list[str]) -> tuple[str, ...]:
    for rel in paths:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ADR, encoding="utf-8")
    return discover(WorktreeSource(root), root=root).files


def test_index_and_template_in_spanish_are_not_decisions(tmp_path: Path) -> None:
    # KikoNet13/Cuentos-Cosmere docs/adr: INDICE.md and PLANTILLA.md beside the records.
    files = _found(
        tmp_path,
        [
            "docs/adr/0001-gobernanza-repositorio.md",
            "docs/adr/0002-politica-sqlite-local.md",
            "docs/adr/INDICE.md",
            "docs/adr/PLANTILLA.md",
            "docs/adr/README.md",
        ],
    )
    assert files == (
        "docs/adr/0001-gobernanza-repositorio.md",
        "docs/adr/0002-politica-sqlite-local.md",
    )


@pytest.mark.parametrize(
    "name",
    [
        "0000-modele-adr.md",  # French (0xTheOldOne/idelia, ansforge)
        "0000-modèle.md",
        "gabarit.md",
        "modele-adr.md",
        "Vorlage.md",  # German
        "0000-adr-vorlage.md",
        "modelo.md",  # Portuguese, Spanish
        "0000-modelo-adr.md",
        "modello.md",  # Italian
        "plantilla-adr.md",
        "sjabloon.md",  # Dutch
        "szablon.md",  # Polish
        "шаблон.md",  # Russian
        "テンプレート.md",  # Japanese
        "模板.md",  # Chinese
        "INDICE.md",  # Spanish, Italian, Portuguese (GuiToniello/tech-challenge-fase-2)
        "índice.md",
        "sommaire.md",  # French
        "Inhaltsverzeichnis.md",  # German
        "LEEME.md",  # readme: Spanish, Portuguese, French, German
        "LEIAME.md",
        "lisezmoi.md",
        "liesmich.md",
    ],
)
def test_other_languages_words_for_index_readme_and_template(name: str) -> None:
    assert not is_candidate(f"docs/adr/{name}")


@pytest.mark.parametrize(
    "name",
    [
        "0017-modelisation-tournees-coupees-segments.md",  # idelia: a decision about modelling
        "0004-modelo-de-datos.md",
        "0007-vorlagen-fuer-e-mails.md",
        "0003-indice-de-busqueda.md",
        "modelo-de-dominio.md",
    ],
)
def test_decisions_about_models_templates_or_indexes_stay(name: str) -> None:
    assert is_candidate(f"docs/adr/{name}")


@pytest.mark.parametrize(
    "output", ["rendered", "_build", "_site", "site", "public", "dist", "build"]
)
def test_a_built_copy_inside_the_adr_folder_is_not_listed_again(
    tmp_path: Path, output: str
) -> None:
    # weaveworks/weave-gitops-private docs/adrs/rendered/000X-wg-to-wge-upgrade.md: a
    # rendered copy of docs/adrs/000X-wg-to-wge-upgrade.md, beside its images.
    files = _found(
        tmp_path,
        [
            "docs/adrs/0001-record-architecture-decisions.md",
            "docs/adrs/000X-wg-to-wge-upgrade.md",
            f"docs/adrs/{output}/000X-wg-to-wge-upgrade.md",
            f"docs/adrs/{output}/0001-record-architecture-decisions.md",
        ],
    )
    assert files == (
        "docs/adrs/0001-record-architecture-decisions.md",
        "docs/adrs/000X-wg-to-wge-upgrade.md",
    )


@pytest.mark.parametrize("outer", ["site", "public", "build"])
def test_an_adr_folder_below_a_folder_so_named_is_still_read(tmp_path: Path, outer: str) -> None:
    # Only what lies below the ADR folder is a built copy: "site/docs/adr" is the source.
    files = _found(tmp_path, [f"{outer}/docs/adr/0001-use-things.md"])
    assert files == (f"{outer}/docs/adr/0001-use-things.md",)


def test_a_one_word_page_in_a_numbered_log_is_not_a_decision(tmp_path: Path) -> None:
    # GSA-TTS/FAC docs/architecture/decisions/notes.md (working notes) and
    # weaveworks/weave-gitops-private docs/adrs/config.md, beside numbered records.
    files = _found(
        tmp_path,
        [
            "docs/architecture/decisions/0001-record-architecture-decisions.md",
            "docs/architecture/decisions/0002-c4-plantuml-diagrams.md",
            "docs/architecture/decisions/0003-initial-architecture.md",
            "docs/architecture/decisions/notes.md",
            "docs/architecture/decisions/Config.md",
        ],
    )
    assert "docs/architecture/decisions/notes.md" not in files
    assert "docs/architecture/decisions/Config.md" not in files
    assert len(files) == 3


def test_unnumbered_drafts_and_unnumbered_logs_stay(tmp_path: Path) -> None:
    # paritytech/truapi docs/rfcs: "funding-modality.md" waits for its number beside
    # "0002-permission-model.md"; a log that numbers nothing keeps its one-word records.
    files = _found(
        tmp_path,
        [
            "docs/adr/0001-a.md",
            "docs/adr/0002-b.md",
            "docs/adr/0003-c.md",
            "docs/adr/funding-modality.md",
            "docs/adr/00XX-contacts.md",
            "decisions/postgres.md",
            "decisions/kafka.md",
            "decisions/use-rust.md",
        ],
    )
    assert "docs/adr/funding-modality.md" in files
    assert "docs/adr/00XX-contacts.md" in files
    assert {"decisions/postgres.md", "decisions/kafka.md"} <= set(files)


@pytest.mark.parametrize(
    "copy",
    [
        "0020-minimum-supported-python-version copy.md",  # home-assistant/architecture adr/
        "0020-minimum-supported-python-version copy 2.md",  # macOS Finder
        "0020-minimum-supported-python-version - Copy.md",  # Windows Explorer
        "0020-minimum-supported-python-version - Copy (2).md",
        "0020-minimum-supported-python-version - Kopie.md",
        "0020-minimum-supported-python-version (copy).md",  # GNOME Files
        "0020-minimum-supported-python-version (1).md",  # a second download
        "Copy of 0020-minimum-supported-python-version.md",
    ],
)
def test_a_stray_copy_beside_its_original_is_reported_not_listed(tmp_path: Path, copy: str) -> None:
    # Listing both would show decision 20 twice; saying nothing would hide a stray file
    # from the user, so check reports it with the name of its original.
    original = "adr/0020-minimum-supported-python-version.md"
    _found(tmp_path, ["adr/0001-record-architecture-decisions.md", original, f"adr/{copy}"])
    catalog = load_catalog(tmp_path, Settings())
    assert [d.path for d in catalog.decisions] == [
        "adr/0001-record-architecture-decisions.md",
        original,
    ]
    [problem] = [p for p in catalog.problems if p.code == "stray-copy"]
    assert problem.path == f"adr/{copy}"
    assert problem.severity == "warning"
    assert "0020-minimum-supported-python-version.md" in problem.message


def test_a_copy_whose_original_is_gone_is_listed_and_reported(tmp_path: Path) -> None:
    # bcgov "0004-liferay-community-edition copy.md" with no original beside it: the
    # only text of decision 4 stays listed, and check still points at its name.
    files = _found(
        tmp_path, ["docs/adr/0003-a.md", "docs/adr/0004-liferay-community-edition copy.md"]
    )
    assert files == ("docs/adr/0003-a.md", "docs/adr/0004-liferay-community-edition copy.md")
    problems = discover(WorktreeSource(tmp_path), root=tmp_path).problems
    assert [(p.path, p.code) for p in problems] == [
        ("docs/adr/0004-liferay-community-edition copy.md", "stray-copy")
    ]


@pytest.mark.parametrize(
    "name",
    ["0012-marketing-copy.md", "0011-store-question-copy-as-json.md", "0005-copy-on-write.md"],
)
def test_decisions_about_copying_are_not_copies(tmp_path: Path, name: str) -> None:
    # GSA-TTS/FAC 0011-store-question-copy-as-json.md: "copy" joined by hyphens is a word
    # of the title; file managers add their mark after a space.
    files = _found(tmp_path, ["docs/adr/0012-marketing.md", f"docs/adr/{name}"])
    assert f"docs/adr/{name}" in files
    assert discover(WorktreeSource(tmp_path), root=tmp_path).problems == ()


def test_a_numbered_folder_named_for_records_beats_numbered_chapters(tmp_path: Path) -> None:
    # paritytech/truapi: no ADR folder; docs/rfcs numbers its proposals, and
    # docs/design/host-contract-and-core-impl-2 numbers the chapters of one document.
    rfcs = ["docs/rfcs/0002-permission-model.md", "docs/rfcs/0007-derive-entropy.md"]
    rfcs.append("docs/rfcs/0026-supported-chains.md")
    chapters = [
        f"docs/design/host-contract-and-core-impl-2/0{n}-{title}.md"
        for n, title in enumerate(["target-architecture", "parity", "platform-api", "core"], 1)
    ]
    files = _found(tmp_path, [*rfcs, *chapters])
    assert files == tuple(sorted(rfcs))


def test_numbered_folders_named_for_nothing_are_all_read(tmp_path: Path) -> None:
    # Failing a folder named for records, every numbered folder is still a log.
    logs = [f"docs/{folder}/000{n}-x.md" for folder in ("architecture", "team") for n in (1, 2, 3)]
    assert _found(tmp_path, logs) == tuple(sorted(logs))


def test_a_numbered_index_page_is_not_a_decision(tmp_path: Path) -> None:
    # DependencyTrack/hyades docs/architecture/decisions: "000-index.md" lists the records.
    adrs = [
        "docs/architecture/decisions/001-drop-kafka-dependency.md",
        "docs/architecture/decisions/003-notification-publishing.md",
        "docs/architecture/decisions/004-index-vulnerabilities-by-purl.md",
    ]
    files = _found(tmp_path, ["docs/architecture/decisions/000-index.md", *adrs])
    assert files == tuple(adrs)


def test_records_numbered_nr_are_found_in_an_unlisted_folder(tmp_path: Path) -> None:
    # jeel-st/Sipster: GitBook named each page from its heading "Nr. 001: …".
    folder = "docs/dokumentationen/architecture-decision-record-adrs"
    adrs = [
        f"{folder}/nr.-001-verwendung-von-react-native-fur-die-app-entwicklung.md",
        f"{folder}/nr.-002-auswahl-der-softwarearchitektur.md",
        f"{folder}/nr.-003-erstellung-des-guides-zur-nutzung-von-changelogs-tags.md",
    ]
    assert _found(tmp_path, [f"{folder}/README.md", *adrs]) == tuple(adrs)


@pytest.mark.parametrize("english", [True, False])
def test_a_template_in_another_language_is_not_a_decision(tmp_path: Path, english: bool) -> None:
    # StefanMoCoAt/Meldestelle docs/architecture/adr: each record in English and in German
    # ("-de"), the template too; later only the German files were kept.
    folder = "docs/architecture/adr"
    names = ["0000-adr-template", "0001-modular-architecture", "0002-domain-driven-design"]
    paths = [f"{folder}/{name}-de.md" for name in names]
    if english:
        paths += [f"{folder}/{name}.md" for name in names]
    files = _found(tmp_path, paths)
    suffix = "" if english else "-de"
    assert files == tuple(f"{folder}/{name}{suffix}.md" for name in names[1:])


def test_a_decision_folder_named_in_german_holds_the_log(tmp_path: Path) -> None:
    # davidsteimer/fristenrechner: "docs/entscheidungen" with "DEC-2026-013-x.md" names, which
    # no numbered-name rule reads, beside its template "DEC-TEMPLATE.md".
    files = _found(
        tmp_path,
        [
            "docs/README.md",
            "docs/architektur/spfx-machbarkeitsspike-ap7.md",
            "docs/betrieb/p-vorpruefung-mvp05-2026-09-28.md",
            "docs/entscheidungen/DEC-2026-001-bern-als-mvp-startpunkt.md",
            "docs/entscheidungen/DEC-2026-013-spfx-zielarchitektur.md",
            "docs/entscheidungen/DEC-TEMPLATE.md",
            "docs/entscheidungen/README.md",
        ],
    )
    assert files == (
        "docs/entscheidungen/DEC-2026-001-bern-als-mvp-startpunkt.md",
        "docs/entscheidungen/DEC-2026-013-spfx-zielarchitektur.md",
    )


@pytest.mark.parametrize("folder", ["docs/decisiones", "docs/decisoes", "docs/entscheidungen"])
def test_a_decision_folder_named_in_another_language_is_found_with_two_records(
    tmp_path: Path, folder: str
) -> None:
    # abenassi/calculadora-inflacion-ar ("docs/decisiones"), Bappoz/Farol ("docs/decisoes"),
    # rpi-virtuell/Materialpool-Entwicklung ("docs/entscheidungen") in their first weeks: too
    # few numbered files for an unlisted folder, beside numbered plans elsewhere.
    files = _found(
        tmp_path,
        [
            f"{folder}/0001-arquitectura-snapshot-diario.md",
            f"{folder}/0002-un-solo-calculo-sin-presets.md",
            f"{folder}/README.md",
            "docs/superpowers/plans/2026-09-29-startseite.md",
            "docs/superpowers/plans/2026-09-30-suche.md",
            "docs/superpowers/plans/2026-10-01-konten.md",
        ],
    )
    assert files == (
        f"{folder}/0001-arquitectura-snapshot-diario.md",
        f"{folder}/0002-un-solo-calculo-sin-presets.md",
    )


def test_antora_module_pages_hold_the_adr_folder(tmp_path: Path) -> None:
    # vshn/application-catalog-docs: Antora keeps pages in docs/modules/ROOT/pages, so the
    # ADR folder sits one level deeper than the nested search reaches for plain docs.
    pages = "docs/modules/ROOT/pages/adr"
    files = _found(
        tmp_path,
        [
            f"{pages}/index.adoc",
            f"{pages}/0001-architecture-decision-records.adoc",
            f"{pages}/0054-vshn-managed-forgejo-runners.adoc",
            "docs/modules/ROOT/partials/adr-meta.adoc",
            "docs/modules/ROOT/nav.adoc",
        ],
    )
    assert files == (
        f"{pages}/0001-architecture-decision-records.adoc",
        f"{pages}/0054-vshn-managed-forgejo-runners.adoc",
    )


def test_a_hidden_template_beside_the_records_is_not_a_decision(tmp_path: Path) -> None:
    # decentraland/adr content/: the Jekyll site's ".TEMPLATE.md" and
    # ".SDK-COMPONENT-TEMPLATE.md" are hidden files, kept out of the site and of the log.
    files = _found(
        tmp_path,
        [
            "content/.TEMPLATE.md",
            "content/.SDK-COMPONENT-TEMPLATE.md",
            "content/ADR-1-adr-process.md",
            "content/ADR-117-CRDT-protocol.md",
            "content/ADR-125.md",
        ],
    )
    assert files == (
        "content/ADR-1-adr-process.md",
        "content/ADR-117-CRDT-protocol.md",
        "content/ADR-125.md",
    )


def test_site_pages_beside_documentation_site_records_are_not_decisions(tmp_path: Path) -> None:
    # finos/traderX and bcgov/nr-pies (Docusaurus: _category_.json, index.md, index.mdx and
    # rendered .html copies), openllmo/llmo.org and rawsharklives/engineering-docs (Hugo's
    # _index.md section pages, one per sub-folder).
    files = _found(
        tmp_path,
        [
            "docs/adr/_category_.json",
            "docs/adr/index.md",
            "docs/adr/index.mdx",
            "docs/adr/ADR_001.md",
            "docs/adr/ADR_001.html",
            "docs/adr/001-adopt-github-speckit.md",
            "content/adr/_index.md",
            "content/adr/platform/_index.md",
            "content/adr/platform/adr-002-ai-skills-layer.md",
            "content/adr/0001-two-entity-firewall.md",
        ],
    )
    assert files == (
        "content/adr/0001-two-entity-firewall.md",
        "content/adr/platform/adr-002-ai-skills-layer.md",
        "docs/adr/001-adopt-github-speckit.md",
        "docs/adr/ADR_001.md",
    )


def test_a_numbered_adr_index_page_is_not_a_decision(tmp_path: Path) -> None:
    # mikeybeezy/goldenpath-idp-infra docs/adrs/01_adr_index.md (its records link to it as
    # "01_adr_index"): the log's index, numbered to sort first.
    files = _found(
        tmp_path,
        [
            "docs/adrs/01_adr_index.md",
            "docs/adrs/ADR-0158-platform-standalone-rds-bounded-context.md",
            "docs/adrs/ADR-0159-backstage-catalog-registry-sync.md",
        ],
    )
    assert files == (
        "docs/adrs/ADR-0158-platform-standalone-rds-bounded-context.md",
        "docs/adrs/ADR-0159-backstage-catalog-registry-sync.md",
    )


def test_a_folder_per_record_keeps_its_readme_as_the_record(tmp_path: Path) -> None:
    # straw-hat-team/adr (VitePress): each record is adrs/<number>/README.md, beside its
    # images and schemas; adrs/index.md is the site's list of them.
    files = _found(
        tmp_path,
        [
            "adrs/index.md",
            "adrs/0000000000/README.md",
            "adrs/1/README.md",
            "adrs/1/workflow.png",
            "adrs/1146361044/README.md",
            "adrs/6860374633/v1/dataschema.json",
            "adrs/6860374633/README.md",
        ],
    )
    assert files == (
        "adrs/0000000000/README.md",
        "adrs/1/README.md",
        "adrs/1146361044/README.md",
        "adrs/6860374633/README.md",
    )


def test_a_year_folder_readme_is_still_a_page_about_the_log(tmp_path: Path) -> None:
    files = _found(
        tmp_path,
        ["docs/adr/2023/README.md", "docs/adr/2023/0001-use-x.md", "docs/adr/README.md"],
    )
    assert files == ("docs/adr/2023/0001-use-x.md",)


@pytest.mark.parametrize(
    ("name", "candidate"),
    [
        ("000-decision-record-template.rst", False),  # AWhetter/pathseq doc/source/decisions
        ("architecture-decision-record-template.md", False),
        ("0003-decision-template-engine.md", True),  # a decision about templates
    ],
)
def test_a_template_named_as_a_decision_record_is_not_one(name: str, candidate: bool) -> None:
    assert is_candidate(f"doc/source/decisions/{name}") is candidate


ROOT_LOG = ["README.md", "adr_01.md", "ADR-02.md", "adr_07.md", "business_objectives.md"]


def test_numbered_records_at_the_root_without_a_slug_are_found(tmp_path: Path) -> None:
    # f0rw4rd-dev/sb-final-project: adr_01.md … adr_07.md beside the project's pages.
    assert _found(tmp_path, ROOT_LOG) == ("ADR-02.md", "adr_01.md", "adr_07.md")


def test_the_root_as_the_adr_folder_keeps_only_the_files_named_as_records(tmp_path: Path) -> None:
    _found(tmp_path, [*ROOT_LOG, "docs/notes/0001-x.md"])
    found = discover(WorktreeSource(tmp_path), explicit_dirs=(".",), root=tmp_path).files
    assert found == ("ADR-02.md", "adr_01.md", "adr_07.md", "docs/notes/0001-x.md")


def test_a_root_log_that_names_no_record_keeps_its_files(tmp_path: Path) -> None:
    _found(tmp_path, ["use-postgres.md", "use-kafka.md"])
    found = discover(WorktreeSource(tmp_path), explicit_dirs=(".",), root=tmp_path).files
    assert found == ("use-kafka.md", "use-postgres.md")
