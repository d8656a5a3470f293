"""How a run ended: converged at a minimum, stalled, diverged, or out of steps.

The one list of status kinds (`KINDS`, whose indices are the batch codes) and the one set
of their sentences (`SENTENCES`) live here; the GUI translates the same sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.surfaces import Surface

# A run has converged once it stays within this fraction of the bounds' diagonal of a minimum.
CONVERGED_RADIUS = 2e-3
# A run has stalled once its (noise-free) gradient norm stays below this.
STALLED_GRADIENT = 1e-4
# A run that leaves its surface's bounds by this many diagonals has diverged.
FAR_AWAY = 10.0

KINDS = ("converged", "stalled", "diverged", "max_steps")
# The kinds as small integers (index into KINDS), as batches, sweeps and basin maps store them.
CONVERGED, STALLED, DIVERGED, RAN_OUT = range(len(KINDS))

# Sentence by (kind, where): where is "at a local minimum" for converged, "at a saddle" for
# stalled, False otherwise. {0} is who ran, {1} the step.
SENTENCES = {
    ("converged", False): "{0} converged at step {1}",
    ("converged", True): "{0} converged to a local minimum at step {1}",
    ("stalled", False): "{0} stalled at step {1}",
    ("stalled", True): "{0} stalled at the saddle at step {1}",
    ("diverged", False): "{0} diverged at step {1}",
    ("max_steps", False): "{0} ran out of steps",
}


def far_box(surface: Surface) -> tuple[float, float, float, float]:
    """Bounds beyond which a run counts as diverged."""
    x_min, x_max, y_min, y_max = surface.bounds
    margin = FAR_AWAY * surface.span
    return x_min - margin, x_max + margin, y_min - margin, y_max + margin


@dataclass(frozen=True)
class Status:
    kind: str  # one of KINDS
    step: int | None = None  # when it converged / stalled / diverged
    minimum: int | None = None  # index into surface.minima when converged
    saddle: int | None = None  # index into surface.saddles when stalled at one
    local: bool = False  # converged to a minimum that is not the lowest known

    def sentence_key(self) -> tuple[str, bool]:
        """The key of this status's sentence in SENTENCES."""
        where = self.local if self.kind == "converged" else self.saddle is not None
        return (self.kind, where) if (self.kind, where) in SENTENCES else (self.kind, False)

    def describe(self, who: str) -> str:
        """One sentence for the status bar, e.g. 'Adam converged at step 312'."""
        return SENTENCES[self.sentence_key()].format(who, self.step)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "step": self.step,
            "minimum": self.minimum,
            "saddle": self.saddle,
        }


def classify(
    surface: Surface, positions: np.ndarray, true_gradients: np.ndarray, steps: int
) -> Status:
    """Read how a run ended from its recorded positions and noise-free gradients."""
    last = len(positions) - 1
    final = positions[-1]
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    inside = x_lo <= final[0] <= x_hi and y_lo <= final[1] <= y_hi  # False for NaN too
    if last < steps or not inside or not np.all(np.isfinite(true_gradients[-1])):
        return Status("diverged", step=last)
    radius = CONVERGED_RADIUS * surface.span
    minimum = _nearest(surface.minima, final, radius)
    if minimum is not None:
        point = surface.minima[minimum]
        near = np.hypot(positions[:, 0] - point.x, positions[:, 1] - point.y) <= radius
        lowest = min(m.value for m in surface.minima)
        return Status(
            "converged",
            step=_settled_from(near),
            minimum=minimum,
            local=point.value > lowest + 1e-9,
        )
    flat = np.hypot(true_gradients[:, 0], true_gradients[:, 1]) < STALLED_GRADIENT
    if flat[-1]:
        saddle = _nearest(surface.saddles, final, radius)
        return Status("stalled", step=_settled_from(flat), saddle=saddle)
    return Status("max_steps", step=last)


def _nearest(points, position, radius) -> int | None:
    best, best_distance = None, radius
    for index, point in enumerate(points):
        distance = float(np.hypot(position[0] - point.x, position[1] - point.y))
        if distance <= best_distance:
            best, best_distance = index, distance
    return best


def _settled_from(mask: np.ndarray) -> int:
    """First frame from which `mask` stays true to the end (mask[-1] must be true)."""
    outside = np.flatnonzero(~mask)
    return int(outside[-1] + 1) if len(outside) else 0
