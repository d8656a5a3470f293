"""`list`: the surfaces, optimizers, schedules and presets, with their parameters."""

from __future__ import annotations

import json
import sys

from engine.optimizers import OPTIMIZERS
from engine.params import params_of
from engine.scene.presets import PRESETS, load_preset
from engine.scene.recommended import DEFAULT_STEPS, recommended_table
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES

NAME = "list"


def register(subparsers) -> None:
    listing = subparsers.add_parser(
        "list", help="surfaces, optimizers and schedules with their parameters"
    )
    listing.add_argument("--json", action="store_true", help="machine-readable output")


def execute(args) -> None:
    sys.stdout.write(list_text(args.json))


RECOMMENDED_TABLE = recommended_table()


def catalog() -> dict:
    """Everything `list --json` prints: surfaces, optimizers and schedules with their params."""
    return {
        "surfaces": [_surface_entry(cls) for cls in SURFACES.values()],
        "optimizers": [_optimizer_entry(cls) for cls in OPTIMIZERS.values()],
        "schedules": [_schedule_entry(cls) for cls in SCHEDULES.values()],
        "presets": [_preset_entry(name) for name in PRESETS],
    }


def _preset_entry(name: str) -> dict:
    preset = load_preset(name)
    return {"name": preset.name, "title": preset.title, "explanation": preset.explanation}


def _points(points) -> list[dict]:
    return [{"x": p.x, "y": p.y, "value": p.value} for p in points]


def _surface_entry(cls) -> dict:
    return {
        "name": cls.name,
        "title": cls.title,
        "formula": cls.formula,
        "about": cls.about,
        "bounds": list(cls.bounds),
        "start": list(cls.start),
        "minima": _points(cls.minima),
        "saddles": _points(cls.saddles),
        "params": [p.to_dict() for p in params_of(cls)],
        # What `run` and the window use for what a spec leaves out: start, steps, and per
        # optimizer its hyper-parameters (engine/scene/recommended.py).
        "recommended": RECOMMENDED_TABLE.get(
            cls.name, {"start": list(cls.start), "steps": DEFAULT_STEPS, "optimizers": {}}
        ),
    }


def _optimizer_entry(cls) -> dict:
    return {
        "name": cls.name,
        "title": cls.title,
        "rule": (cls.__doc__ or "").strip(),
        "params": [p.to_dict() for p in params_of(cls)],
        "state_fields": list(cls.state_fields()),
    }


def _schedule_entry(cls) -> dict:
    return {
        "name": cls.name,
        "formula": cls.formula,
        "params": [p.to_dict() for p in params_of(cls)],
    }


def list_text(as_json: bool) -> str:
    data = catalog()
    if as_json:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = ["SURFACES (--surface)"]
    for entry in data["surfaces"]:
        lines += _surface_lines(entry)
    lines += ["", "OPTIMIZERS (--optimizer)"]
    for entry in data["optimizers"]:
        lines += [f"  {entry['name']}: {entry['title']}"]
        lines += [f"      rule: {line.strip()}" for line in entry["rule"].splitlines()[:1]]
        lines += [f"      state: {', '.join(entry['state_fields']) or '(none)'}, t"]
        lines += _param_lines(entry["params"])
    lines += ["", "SCHEDULES (--schedule)"]
    for entry in data["schedules"]:
        lines += [f"  {entry['name']}: {entry['formula']}", *_param_lines(entry["params"])]
    lines += ["", "PRESETS (python main.py --preset NAME)"]
    lines += [f"  {entry['name']}: {entry['title']}" for entry in data["presets"]]
    lines += ["", 'A SPEC is a name or name(key=value, ...), e.g. "adam(lr=0.01, beta1=0.8)".']
    return "\n".join(lines) + "\n"


def _surface_lines(entry) -> list[str]:
    x_min, x_max, y_min, y_max = entry["bounds"]
    points = {"minima": entry["minima"], "saddles": entry["saddles"]}
    lines = [
        f"  {entry['name']}: {entry['title']}",
        f"      f(x, y) = {entry['formula']}",
        f"      bounds x in [{x_min:g}, {x_max:g}], y in [{y_min:g}, {y_max:g}];"
        f" start ({entry['start'][0]:g}, {entry['start'][1]:g})",
    ]
    for label, found in points.items():
        if found:
            listed = "; ".join(f"({p['x']:.6g}, {p['y']:.6g}) f={p['value']:.6g}" for p in found)
            lines.append(f"      {label}: {listed}")
    return lines + _param_lines(entry["params"])


def _param_lines(params) -> list[str]:
    lines = []
    for p in params:
        if p["kind"] in ("float", "int"):
            scale = ", log scale" if p["log"] else ""
            low, high = (_number(p[key], p["kind"]) for key in ("min", "max"))
            domain = f"{p['kind']} in [{low}, {high}]{scale}"
        elif p["kind"] == "text":
            domain = "text in quotes"
        elif p["kind"] == "choice":
            domain = "one of " + " | ".join(p["choices"])
        else:
            domain = "true | false"
        default = str(p["default"]).lower() if p["kind"] == "bool" else p["default"]
        symbols = f" [{p['symbols']}]" if p.get("symbols") else ""
        lines.append(f"      {p['name']}={default}  ({domain}) {p['doc']}{symbols}")
    return lines


def _number(value, kind) -> str:
    return str(int(value)) if kind == "int" else f"{value:g}"
