"""The committed .qm files are exactly what lrelease makes of their .ts sources today.

The wheel ships the .qm (installing must need neither make nor Qt's tools), so a .ts edited
without rebuilding and committing the .qm would ship stale translations. Fix: `make
translations`, then commit resources/translations/descent_lab_<lang>.qm.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.i18n import LANGUAGES, TRANSLATIONS, qm_path

SOURCES = {lang: sorted(Path(TRANSLATIONS, lang).glob("*.ts")) for lang in LANGUAGES}


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease comes with PySide6"
    return found


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_the_committed_qm_matches_its_ts_sources(tmp_path, lang):
    assert SOURCES[lang], f"no .ts sources for {lang}"
    fresh = tmp_path / f"descent_lab_{lang}.qm"
    subprocess.run(
        [lrelease(), "-silent", *map(str, SOURCES[lang]), "-qm", str(fresh)],
        check=True, timeout=60, capture_output=True,
    )  # fmt: skip
    committed = Path(qm_path(lang))
    assert committed.exists(), f"{committed} is missing: run `make translations` and commit it"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than its .ts files: run `make translations` and commit it"
    )


def test_english_needs_no_translation_file():
    assert not SOURCES["en"] and not Path(qm_path("en")).exists()


def test_every_qm_in_the_package_has_sources():
    for qm in Path(TRANSLATIONS).glob("*.qm"):
        lang = qm.stem.removeprefix("descent_lab_")
        assert lang in LANGUAGES and SOURCES[lang], qm.name
