"""The recorded numbers of one update of a Run, and which update a timeline frame shows.

Updates are numbered from 1: update u is the move from frame u−1 to frame u, the one whose
gradient was taken at (or, for Nesterov, ahead of) frame u−1's position. Which update a view
shows at frame k is a convention, chosen once in `update_at` and used by `step_values`.
"""

from __future__ import annotations

from typing import NamedTuple

NO_UPDATE = "no update yet: this is the start"


class StepValues(NamedTuple):
    """What update k used and made: row k−1 → row k of the run."""

    k: int  # the update's number, from 1: it moved the run from frame k−1 to frame k
    before: tuple  # position at frame k−1
    after: tuple
    gradient: tuple  # the gradient the update used, noise included
    true_gradient: tuple
    point: tuple  # where the gradient was taken
    lr: float
    update: tuple
    state_before: dict
    state_after: dict
    t: int


def update_values(run, update: int) -> StepValues | None:
    """The numbers of update number `update` of `run`.

    `update` counts from 1: update u is the move from frame u−1 to frame u (its gradient,
    learning rate and step are row u−1 of the run's records, its new state row u). Returns
    None when the run has no such update: `update` < 1 (frame 0 is the start) or beyond the
    run's last frame. No clamping here: `update_at` decides which update a frame shows.
    """
    k = int(update)
    if not 1 <= k <= run.last_frame:
        return None
    p = k - 1
    return StepValues(
        k=k,
        before=tuple(run.positions[p]),
        after=tuple(run.positions[k]),
        gradient=tuple(run.gradients[p]),
        true_gradient=tuple(run.true_gradients[p]),
        point=tuple(run.gradient_points[p]),
        lr=float(run.lrs[p]),
        update=tuple(run.updates[p]),
        state_before={name: tuple(v[p]) for name, v in run.states.items()},
        state_after={name: tuple(v[k]) for name, v in run.states.items()},
        t=int(run.t[k]),
    )


def update_at(run, frame: int) -> int:
    """The number of the update a view shows at timeline frame `frame`: THE one convention.

    Today: frame k shows update k, the move that produced frame k (from k−1 to k), so frame 0
    shows none (0) and a frame past the run's end shows its last update. To make frame k show
    the update that leaves frame k instead, return `int(frame) + 1` here (frame 0 then shows
    update 1, and the last frame none).
    """
    return min(int(frame), run.last_frame)


def step_values(run, frame: int) -> StepValues | None:
    """The numbers of the update shown at `frame` (see `update_at`); None when there is none."""
    return update_values(run, update_at(run, frame))
