"""Write resources/translations/ko/engine.ts: every text the engine gives the GUI.

The engine never imports Qt, so lupdate cannot find its texts: this script collects them from
the live registries (titles, first doc lines, parameter docs and symbols, surface notes, preset
titles and explanations, equation line labels and notation names, status kinds) and writes a
Qt .ts file. Re-running it keeps every translation whose source text is unchanged, adds new
texts as unfinished and drops texts the engine no longer has.

Usage: python tools/engine_strings.py [PATH]   (PATH defaults to the Korean engine.ts)
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from engine.lecture import NO_UPDATE, NOTATIONS, RULES, substeps
from engine.optimizers import OPTIMIZERS
from engine.params import params_of
from engine.run.basin import OUTCOME_NAMES
from engine.run.conditioning import conditioning_of
from engine.run.status import KINDS, SENTENCES
from engine.scene.presets import PRESETS, load_preset
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES, Quadratic

ROOT = Path(__file__).resolve().parent.parent
ENGINE_TS = ROOT / "resources" / "translations" / "ko" / "engine.ts"
CONTEXT = "engine"
LANGUAGE = "ko_KR"


def first_line(cls) -> str:
    """The first line of a class's docstring, as gui.panels.run_editor shows it.

    A dataclass without a docstring gets its signature as __doc__: that is code, not text.
    """
    lines = (cls.__doc__ or "").strip().splitlines()
    text = lines[0] if lines else ""
    return "" if text.startswith(f"{cls.__name__}(") else text


def has_words(text: str) -> bool:
    """Whether a text holds words to translate; a symbol alone ('λ', 'k') stays as it is."""
    return re.search(r"[A-Za-z]{2,}", text) is not None


def schedule_title(cls) -> str:
    """'StepDecay' -> 'Step decay', as gui.panels.run_editor titles the schedules."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).capitalize()


def param_texts(cls) -> Iterator[str]:
    for info in params_of(cls):
        yield info.doc
        yield info.symbols


def optimizer_texts() -> Iterator[str]:
    for cls in OPTIMIZERS.values():
        yield cls.title
        yield first_line(cls)
        yield from param_texts(cls)


def schedule_texts() -> Iterator[str]:
    for cls in SCHEDULES.values():
        yield schedule_title(cls)
        yield first_line(cls)
        yield from param_texts(cls)


def surface_texts() -> Iterator[str]:
    for cls in SURFACES.values():
        yield cls.title
        yield first_line(cls)
        yield cls.about
        yield from param_texts(cls)


def preset_texts() -> Iterator[str]:
    for name in PRESETS:
        preset = load_preset(name)
        yield preset.title
        yield preset.explanation


def optimizer_variants(cls) -> Iterator[object]:
    """The optimizer with every combination of its choices and flags: each may change its rule."""
    options = {
        info.name: info.choices if info.kind == "choice" else (False, True)
        for info in params_of(cls)
        if info.kind in ("choice", "bool")
    }
    for combination in itertools.product(*options.values()):
        yield dataclasses.replace(cls(), **dict(zip(options, combination, strict=True)))


def equation_texts() -> Iterator[str]:
    yield NO_UPDATE
    for notation in NOTATIONS.values():
        yield notation.title
    for cls in OPTIMIZERS.values():
        if cls.name not in RULES:
            continue  # no rule written yet: the equation panel shows none for it
        for optimizer in optimizer_variants(cls):
            for key in NOTATIONS:
                yield from (step.label for step in substeps(optimizer, key))


def outcome_texts() -> Iterator[str]:
    yield from KINDS
    yield from SENTENCES.values()  # the inspector's and the status bar's sentences
    yield from OUTCOME_NAMES.values()
    yield from conditioning_of(Quadratic()).optima()  # the sweep map's mark labels


def engine_texts() -> list[str]:
    """Every text, once each, in a stable order (registries, then presets, equations, status)."""
    groups = (
        optimizer_texts(),
        schedule_texts(),
        surface_texts(),
        preset_texts(),
        equation_texts(),
        outcome_texts(),
    )
    return list(dict.fromkeys(text for text in itertools.chain(*groups) if has_words(text)))


def read_translations(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) of the "engine" context of an existing .ts file."""
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text:
                continue
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            known[message.findtext("source") or ""] = (translation.text, finished)
    return known


def render(texts: Iterable[str], known: dict[str, tuple[str, bool]]) -> str:
    """The .ts document: known translations kept, new texts left unfinished."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for text in texts:
        translation, finished = known.get(text, ("", False))
        kind = "" if finished else ' type="unfinished"'
        lines += [
            "    <message>",
            f"        <source>{escape(text)}</source>",
            f"        <translation{kind}>{escape(translation)}</translation>",
            "    </message>",
        ]
    return "\n".join([*lines, "</context>", "</TS>", ""])


def update(path: Path) -> tuple[int, int]:
    """Rewrite `path` from the engine's current texts; (texts, still unfinished)."""
    texts = engine_texts()
    known = read_translations(path)
    path.write_text(render(texts, known), encoding="utf-8")
    unfinished = sum(1 for text in texts if not known.get(text, ("", False))[1])
    return len(texts), unfinished


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else ENGINE_TS
    total, unfinished = update(path)
    print(f"{path}: {total} engine texts, {unfinished} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
