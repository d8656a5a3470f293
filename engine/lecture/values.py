"""The recorded numbers of one update of a Run, and which update a timeline frame shows.

Updates are numbered from 1: update u is the move from frame u−1 to frame u, the one whose
gradient was taken at (or, for Nesterov, ahead of) frame u−1's position.

THE convention of every view (plot arrows and boxes, look-ahead point, equation, walk-through,
inspector, chart cursors, status, exports): at frame k the window shows the update that
LEAVES frame k, update k+1: its gradient is taken at Θ_k (the marker), its arrow ends at
Θ_{k+1}, where → goes next. Frame 0 shows the first update; the last frame shows none.
"""

from __future__ import annotations

from typing import NamedTuple

NO_UPDATE = "no next update: this is the run's last frame"


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

    Frame k shows update k+1, the move that leaves frame k. A run that stopped early (it
    diverged) is drawn at its last frame beyond it, and shows no update there.
    """
    return min(int(frame), run.last_frame) + 1


def step_values(run, frame: int) -> StepValues | None:
    """The numbers of the update shown at `frame` (see `update_at`); None when there is none."""
    return update_values(run, update_at(run, frame))
