"""Every run of a scene as data: one long CSV, one JSON, or one CSV per run."""

from __future__ import annotations

import csv
import json
import os
import re

from engine.output import table
from engine.output.destination import write_output
from engine.scene.scene import Scene
from engine.scene.scene_io import scene_to_dict


def union_columns(runs) -> list[str]:
    """Every run's columns (engine/output/table.py) in the command line's order, each once."""
    states = [name for run in runs for name in table.columns(run)[len(table.BASE_COLUMNS) :]]
    states = [name for name in dict.fromkeys(states) if name not in table.TAIL_COLUMNS]
    lookahead = [name for name in states if name.startswith("lookahead_")]
    states = [name for name in states if name not in lookahead and name != "t"]
    return [*table.BASE_COLUMNS, *states, "t", *table.TAIL_COLUMNS, *lookahead]


def _cell(value) -> str:
    return repr(value) if isinstance(value, float) else str(value)  # repr: exact float64


def write_runs_csv(scene: Scene, runs, stream) -> None:
    """One long CSV: a `run` column first, then the union of the runs' columns; a column a
    run does not have is empty, and so is the lr of each run's last frame (as in `run`)."""
    names = union_columns(runs)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["run", *names])
    lr = names.index("lr")
    for spec, run in zip(scene.runs, runs, strict=True):
        where = [names.index(name) for name in table.columns(run)]
        for index, row in enumerate(table.iter_rows(run)):
            cells = [""] * len(names)
            for position, value in zip(where, row, strict=True):
                cells[position] = _cell(value)
            if index == run.last_frame:
                cells[lr] = ""
            writer.writerow([spec.name, *cells])


def write_runs_json(scene: Scene, runs, stream) -> None:
    """The scene and, per run, its name, colour and the table of `run --format json`."""
    entries = [
        {"name": spec.name, "color": spec.color, "visible": spec.visible, **table.to_dict(run)}
        for spec, run in zip(scene.runs, runs, strict=True)
    ]
    data = {"scene": scene_to_dict(scene), "runs": entries}
    json.dump(data, stream, allow_nan=False, ensure_ascii=False)
    stream.write("\n")


def run_file_paths(scene: Scene, path: str) -> list[str]:
    """`path`'s stem, the run's number and name: one CSV per run, in the scene's order."""
    stem, suffix = os.path.splitext(path)
    names = [re.sub(r"[^\w.-]+", "_", spec.name).strip("_") or "run" for spec in scene.runs]
    return [f"{stem}-{i + 1:02d}-{name}{suffix or '.csv'}" for i, name in enumerate(names)]


def write_run_files(scene: Scene, runs, path: str) -> list[str]:
    """One CSV per run (the `run` command's table) next to `path`; returns the paths."""
    paths = run_file_paths(scene, path)
    for run, target in zip(runs, paths, strict=True):
        write_output(lambda stream, run=run: table.write_csv(run, stream), target)
    return paths
