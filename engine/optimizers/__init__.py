"""The optimizers of the lecture by name: the registry, built once, here.

Each optimizer is a frozen record of hyper-parameters plus pure steps, and works coordinate
by coordinate, so one implementation serves a single axis as Python floats (the fast path
of `simulate`), a point of shape (2,) and a batch of shape (N, 2). That is why the
arithmetic uses only operators (`x ** 0.5`, never `np.sqrt`): the same line runs on floats
and on numpy arrays.

`step(state, grad, lr, position, mu)` returns `(update, new_state)` and the caller moves
`x = x + update`; `lr` is the already-scheduled learning rate of this step, `position` the
current x, read only by weight decay (AdamW's, or Adam's L2 term): like torch.optim, the
optimizers keep no copy of the parameters in their state. `mu`, when given, is this step's
scheduled momentum (β1 for the Adam family), passed in as lr is (optax's
inject_hyperparams idea), so no optimizer is ever mutated. ε is added outside the square
root, `g / (√r + ε)`, as in the lecture and in PyTorch, except in Adadelta, whose ε sits
inside both roots as in PyTorch and in Zeiler's paper.

For the same reason a float hyper-parameter may be an (N, 1) column, one value per row
of an (N, 2) batch: `engine.run.sweep.per_row` builds such a copy, checking every element,
so a whole grid of settings steps as one batch through these very implementations.
"""

from __future__ import annotations

from engine.optimizers.adam import Adam, AdamW, NAdam
from engine.optimizers.adam_variants import Adamax, AdamaxState, RAdam
from engine.optimizers.adaptive import Adadelta, AdaGrad, RMSProp
from engine.optimizers.base import (
    AdadeltaState,
    AMSGradState,
    MeanSqState,
    MomentsState,
    NAdamState,
    Optimizer,
    StepCountState,
    SumSqState,
    VelocityState,
    larger,
    needs_position,
)
from engine.optimizers.lbfgs import LBFGS
from engine.optimizers.newton import Newton, PointOptimizer, steps_whole_point
from engine.optimizers.quasi_hyperbolic import QHM, QHAdam
from engine.optimizers.schedule_free import ScheduleFree, ScheduleFreeState
from engine.optimizers.sgd import SGD, Momentum, Nesterov
from engine.optimizers.sign_based import FirstMomentState, Lion, Rprop, RpropState

__all__ = [
    "LBFGS",
    "OPTIMIZERS",
    "SGD",
    "AMSGradState",
    "AdaGrad",
    "Adadelta",
    "AdadeltaState",
    "Adam",
    "Adamax",
    "AdamaxState",
    "AdamW",
    "MeanSqState",
    "MomentsState",
    "Momentum",
    "NAdam",
    "NAdamState",
    "Nesterov",
    "Newton",
    "PointOptimizer",
    "FirstMomentState",
    "Lion",
    "Optimizer",
    "QHAdam",
    "QHM",
    "RAdam",
    "RMSProp",
    "Rprop",
    "RpropState",
    "ScheduleFree",
    "ScheduleFreeState",
    "StepCountState",
    "SumSqState",
    "VelocityState",
    "larger",
    "needs_position",
    "steps_whole_point",
]

# The order is the menu's: the lecture's six, then AdamW, NAdam and Adadelta, then the
# optimizers beyond the lecture (RAdam, Adamax, Rprop, Lion, QHM, QHAdam, schedule-free SGD).
OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls
    for cls in (
        *(SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, NAdam, Adadelta),
        *(RAdam, Adamax, Rprop, Lion, QHM, QHAdam, ScheduleFree),
    )
}
# Second order: they step the point as a whole (engine.optimizers.newton.PointOptimizer).
OPTIMIZERS.update({cls.name: cls for cls in (Newton, LBFGS)})
