"""One table per run, frame by frame, shared by the CSV and JSON exports."""

from __future__ import annotations

import csv
import io
import json
import math

import numpy as np

from engine.run.simulate import Run
from engine.scene.specs import spec_dict

BASE_COLUMNS = ("step", "x", "y", "loss", "grad_x", "grad_y", "lr")
TAIL_COLUMNS = (
    "update_x",
    "update_y",
    "effective_lr_x",
    "effective_lr_y",
    "true_grad_x",
    "true_grad_y",
)


def has_lookahead(run: Run) -> bool:
    """Only Sutskever-form Nesterov takes its gradient away from the tracked point."""
    return run.optimizer.name == "nesterov" and getattr(run.optimizer, "form", "") == "sutskever"


def columns(run: Run) -> list[str]:
    """Column names, in the order of `column_arrays`."""
    names = list(BASE_COLUMNS)
    if run.momentum_schedule is not None:
        names.append("momentum")
    for field in run.optimizer.state_fields():
        names += [f"{field}_x", f"{field}_y"]
    names += ["t", *TAIL_COLUMNS]
    if has_lookahead(run):
        names += ["lookahead_x", "lookahead_y"]
    return names


def column_arrays(run: Run) -> list[np.ndarray]:
    """One (frames,) array per column; `step` and `t` are integers, the rest float64."""
    arrays = [np.arange(run.frames), *_split([run.positions]), run.losses]
    arrays += [*_split([run.gradients]), run.lrs]
    if run.momentum_schedule is not None:
        arrays.append(run.momentums)  # momentum or β1 of each update, after the lr it goes with
    arrays += _split([run.states[field] for field in run.optimizer.state_fields()])
    arrays.append(run.t)
    arrays += _split([run.updates, run.effective_lrs, run.true_gradients])
    if has_lookahead(run):
        arrays += _split([run.gradient_points])
    return arrays


def _split(pairs) -> list[np.ndarray]:
    return [pair[:, axis] for pair in pairs for axis in (0, 1)]


# Rows are produced this many frames at a time, so a million-step export never holds
# every row as Python objects at once.
CHUNK_FRAMES = 4096


def iter_rows(run: Run):
    """Rows of Python ints and floats (NaN kept), one per frame, produced lazily."""
    arrays = column_arrays(run)
    for begin in range(0, run.frames, CHUNK_FRAMES):
        chunk = (array[begin : begin + CHUNK_FRAMES].tolist() for array in arrays)
        yield from (list(row) for row in zip(*chunk, strict=True))


def rows(run: Run) -> list[list]:
    """Every row at once (see `iter_rows`)."""
    return list(iter_rows(run))


def _text(value) -> str:
    # repr of a float is the shortest text that reads back to the same float64.
    return repr(value) if isinstance(value, float) else str(value)


def write_csv(run: Run, stream) -> None:
    """CSV with a header; the last frame has no update, so its lr cell is empty."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns(run))
    lr_index, last = BASE_COLUMNS.index("lr"), run.last_frame
    for index, row in enumerate(iter_rows(run)):
        cells = [_text(value) for value in row]
        if index == last:
            cells[lr_index] = ""
            if run.momentum_schedule is not None:
                cells[lr_index + 1] = ""  # the momentum of an update that never happens
        writer.writerow(cells)


def to_csv(run: Run) -> str:
    buffer = io.StringIO()
    write_csv(run, buffer)
    return buffer.getvalue()


def _finite_or_none(row: list) -> list:
    return [v if not isinstance(v, float) or math.isfinite(v) else None for v in row]


def header_dict(run: Run) -> dict:
    """Everything needed to repeat the run, how it ended, and the column names."""
    status = run.status.to_dict()
    status["text"] = run.status.describe(run.optimizer.title)
    return {
        "surface": spec_dict(run.surface),
        "optimizer": spec_dict(run.optimizer),
        "schedule": spec_dict(run.schedule),
        "start": list(run.start),
        "steps": run.steps,
        "noise": run.noise,
        "seed": run.seed,
        **_batch_and_momentum(run),
        "status": status,
        "columns": columns(run),
    }


def _batch_and_momentum(run: Run) -> dict:
    """Only when used, so the header of an ordinary run stays as it was."""
    extra = {}
    if run.batch_size:
        extra["batch_size"] = run.batch_size
    if run.momentum_schedule is not None:
        extra["momentum_schedule"] = spec_dict(run.momentum_schedule)
    return extra


def to_dict(run: Run) -> dict:
    """`header_dict` plus "rows", with NaN/inf as None so the JSON stays strict."""
    return {**header_dict(run), "rows": [_finite_or_none(row) for row in iter_rows(run)]}


def write_json(run: Run, stream) -> None:
    """Strict JSON (no NaN tokens) of `to_dict`, one row per line, written as it is produced."""
    head = json.dumps(header_dict(run), allow_nan=False, ensure_ascii=False)
    stream.write(head[:-1] + ', "rows": [')
    for index, row in enumerate(iter_rows(run)):
        separator = "\n" if index == 0 else ",\n"
        stream.write(separator + json.dumps(_finite_or_none(row), allow_nan=False))
    stream.write("\n]}\n")


def to_json(run: Run) -> str:
    buffer = io.StringIO()
    write_json(run, buffer)
    return buffer.getvalue()
