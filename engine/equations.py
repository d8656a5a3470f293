"""Each optimizer's update rule as Qt rich text, symbolic and with a recorded step's numbers.

A rule is a list of sub-steps in the order the code runs them: gradient (or Nesterov's
look-ahead first) → velocity / moments / accumulator → bias correction → step → new
position. Each sub-step writes its right-hand side once, as a function of its operands,
and that one function renders both the letters and the numbers, so the substituted line
is always the rule shown above it. The rule is the one `engine.optimizers` runs (PyTorch
or Sutskever form, ε outside the root, Adam's moments never overwritten by their
corrected values), not the slides' misprints. Time: symbols use t (this update) and t−1;
numbers use k, the frame the update produced, so frame k shows the move from k−1 to k.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from engine.optimizers import Optimizer

MINUS = "\u2212"
NBSP = "\u00a0"  # keeps a pair or a (1 − β) together when a long line wraps
HAT, TILDE = "\u0302", "\u0303"
NO_UPDATE = "no update yet: this is the start"


@dataclass(frozen=True)
class Notation:
    """The letters one source uses for the same quantities."""

    key: str
    title: str
    position: str
    loss: str  # the function whose gradient is taken
    lr: str
    momentum: str
    decay: str  # RMSProp's moving-average coefficient
    beta1: str
    beta2: str
    eps: str
    velocity: str
    sum_sq: str  # AdaGrad's accumulator
    mean_sq: str  # RMSProp's accumulator
    first: str  # Adam's first moment
    second: str  # Adam's second moment
    eps_first: bool = False  # the textbook writes ε + √r


NOTATIONS = {
    "textbook": Notation(
        "textbook", "Textbook (ρ = learning rate, α = momentum)", "Θ", "J",
        "ρ", "α", "α", "α<sub>1</sub>", "α<sub>2</sub>", "ε",
        "v", "r", "r", "v", "r", eps_first=True,
    ),
    "cs231n": Notation(
        "cs231n", "cs231n (α = learning rate, ρ = momentum)", "x", "f",
        "α", "ρ", "ρ", "β<sub>1</sub>", "β<sub>2</sub>", "ε",
        "v", "r", "r", "m", "v",
    ),
    "pytorch": Notation(
        "pytorch", "PyTorch names (lr, momentum, alpha, beta1, beta2, eps)", "θ", "f",
        "lr", "momentum", "alpha", "beta1", "beta2", "eps",
        "b", "state_sum", "v", "m", "v",
    ),
}  # fmt: skip


def notation_of(key: str) -> Notation:
    """The notation called `key`, or a ValueError listing the known ones."""
    try:
        return NOTATIONS[key]
    except KeyError:
        raise ValueError(
            f"unknown notation {key!r}; expected one of {', '.join(NOTATIONS)}"
        ) from None


@dataclass(frozen=True)
class SubStep:
    """One line of a rule: `numeric_html(run, frame)` substitutes that frame's recorded numbers."""

    key: str
    label: str
    symbolic_html: str
    numeric_html: Callable[[object, int], str]
    highlight: str | None  # the surface-view overlay this line draws, if any


# --- typesetting ------------------------------------------------------------------------------


def number(value: float) -> str:
    """About four significant digits; tiny and huge values as m×10<sup>e</sup>."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    if value == 0:
        return "0"  # also −0.0, which only says which side it underflowed from
    if 1e-3 <= abs(value) < 1e4:
        text = f"{value:.4g}"
    else:
        mantissa, exponent = f"{value:.3e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}×10<sup>{int(exponent)}</sup>"
    return text.replace("-", MINUS)


def pair(values) -> str:
    return f"({number(values[0])},{NBSP}{number(values[1])})"


def var(name: str, index: str = "", mark: str = "") -> str:
    """A variable in italics (Latin letters) with an optional hat/tilde and time index."""
    if name.startswith("Δ"):
        return "Δ" + var(name[1:], index, mark)
    body = f"{name[0]}{mark}{name[1:]}"
    if name.isascii() and name.isalpha():
        body = f"<i>{body}</i>"
    return f"{body}<sub>{index}</sub>" if index else body


def earlier(index: str) -> str:
    """The index before `index`: 't' -> 't−1', '3' -> '2'."""
    return str(int(index) - 1) if index.isdigit() else f"{index}{MINUS}1"


# --- the recorded numbers of one update -------------------------------------------------------


class StepValues(NamedTuple):
    """What the update that produced frame k used and made (row k−1 → row k of the run)."""

    k: int
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


def step_values(run, frame: int) -> StepValues | None:
    """The numbers of the update that produced `frame` (clamped to the run); None at frame 0."""
    k = min(int(frame), run.last_frame)
    if k < 1:
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


def substep(key, label, highlight, lhs, form, symbols, numbers) -> SubStep:
    """A line `lhs = form(operands)`; `numbers(values)` gives the numeric operands and result."""

    def numeric(run, frame: int) -> str:
        values = step_values(run, frame)
        if values is None:
            return NO_UPDATE
        operands, result = numbers(values)
        return f"{lhs(str(values.k))} = {form(*operands)} = {pair(result)}"

    return SubStep(key, label, f"{lhs('t')} = {form(*symbols)}", numeric, highlight)


def _times(a, b) -> tuple:
    return (a[0] * b[0], a[1] * b[1])


def _scaled_sum(a, x, b, y) -> tuple:
    return (a * x[0] + b * y[0], a * x[1] + b * y[1])


# --- the lines every rule shares --------------------------------------------------------------


def gradient_line(n: Notation, at_lookahead: bool = False) -> SubStep:
    """g = ∇f(where the gradient is taken), plus the recorded noise when the run has some."""
    where = var(n.position, "t", TILDE) if at_lookahead else var(n.position, f"t{MINUS}1")
    symbolic = f"{var('g', 't')} = ∇{n.loss}({where})"

    def numeric(run, frame: int) -> str:
        values = step_values(run, frame)
        if values is None:
            return NO_UPDATE
        lhs = f"{var('g', str(values.k))} = ∇{n.loss}{pair(values.point)}"
        noise = (
            values.gradient[0] - values.true_gradient[0],
            values.gradient[1] - values.true_gradient[1],
        )
        if noise == (0.0, 0.0):
            return f"{lhs} = {pair(values.gradient)}"
        return (
            f"{lhs} + noise = {pair(values.true_gradient)} + {pair(noise)}"
            f" = {pair(values.gradient)}"
        )

    return SubStep("gradient", "gradient", symbolic, numeric, "gradient")


def position_line(n: Notation, moved_by: str, highlight: str | None) -> SubStep:
    """x_t = x_{t−1} + (the step), the step being Δx or, in Sutskever's form, v itself."""
    return substep(
        "position",
        "new position",
        highlight,
        lambda i: var(n.position, i),
        lambda before, step: f"{before} + {step}",
        (var(n.position, f"t{MINUS}1"), var(moved_by, "t")),
        lambda s: ((pair(s.before), pair(s.update)), s.after),
    )


def step_line(n: Notation, form, symbols, numbers) -> SubStep:
    """Δx_t = (what the optimizer moves by); drawn as the update arrow."""
    return substep(
        "step", "step", "update", lambda i: var(f"Δ{n.position}", i), form, symbols, numbers
    )


def descent_rule(n: Notation, *lines: SubStep) -> list[SubStep]:
    """The gradient, the optimizer's own lines, then x = x + Δx."""
    return [gradient_line(n), *lines, position_line(n, f"Δ{n.position}", None)]


def _root_plus_eps(n: Notation, root: str, eps: str) -> str:
    return f"({eps} + √{root})" if n.eps_first else f"(√{root} + {eps})"


# --- one rule per optimizer -------------------------------------------------------------------


def sgd_rule(opt, n: Notation) -> list[SubStep]:
    """x = x − lr·g."""
    return descent_rule(
        n,
        step_line(
            n,
            lambda lr, g: f"{MINUS}{lr}·{g}",
            (n.lr, var("g", "t")),
            lambda s: ((number(s.lr), pair(s.gradient)), s.update),
        ),
    )


def velocity_line(opt, n: Notation) -> SubStep:
    """v = μ·v + g (PyTorch form) or v = μ·v − lr·g (Sutskever form)."""
    pytorch = opt.form == "pytorch"

    def form(mu, before, lr, g):
        return f"{mu}·{before} + {g}" if pytorch else f"{mu}·{before} {MINUS} {lr}·{g}"

    def numbers(s: StepValues):
        before, after = s.state_before["velocity"], s.state_after["velocity"]
        return (number(opt.momentum), pair(before), number(s.lr), pair(s.gradient)), after

    v = n.velocity
    symbols = (n.momentum, var(v, f"t{MINUS}1"), n.lr, var("g", "t"))
    label = "momentum buffer" if n.key == "pytorch" else "velocity"
    return substep("velocity", label, "velocity", lambda i: var(v, i), form, symbols, numbers)


def momentum_rule(opt, n: Notation) -> list[SubStep]:
    """PyTorch: v = μv + g; x = x − lr·v.  Sutskever (eq. 5.12): v = μv − lr·g; x = x + v."""
    if opt.form == "sutskever":
        return [gradient_line(n), velocity_line(opt, n), position_line(n, n.velocity, "update")]
    return descent_rule(
        n,
        velocity_line(opt, n),
        step_line(
            n,
            lambda lr, v: f"{MINUS}{lr}·{v}",
            (n.lr, var(n.velocity, "t")),
            lambda s: ((number(s.lr), pair(s.state_after["velocity"])), s.update),
        ),
    )


def lookahead_line(opt, n: Notation) -> SubStep:
    """x̃ = x + μ·v: where Sutskever's Nesterov takes the gradient (eq. 5.13)."""
    return substep(
        "lookahead",
        "look-ahead",
        "lookahead",
        lambda i: var(n.position, i, TILDE),
        lambda x, mu, v: f"{x} + {mu}·{v}",
        (var(n.position, f"t{MINUS}1"), n.momentum, var(n.velocity, f"t{MINUS}1")),
        lambda s: (
            (pair(s.before), number(opt.momentum), pair(s.state_before["velocity"])),
            s.point,
        ),
    )


def nesterov_rule(opt, n: Notation) -> list[SubStep]:
    """Sutskever: look ahead, v = μv − lr·∇f(x̃), x = x + v.  PyTorch: x −= lr·(g + μ·b)."""
    if opt.form == "sutskever":
        return [
            lookahead_line(opt, n),
            gradient_line(n, at_lookahead=True),
            velocity_line(opt, n),
            position_line(n, n.velocity, "update"),
        ]
    return descent_rule(
        n,
        velocity_line(opt, n),
        step_line(
            n,
            lambda lr, g, mu, b: f"{MINUS}{lr}·({g} + {mu}·{b})",
            (n.lr, var("g", "t"), n.momentum, var(n.velocity, "t")),
            lambda s: (
                (
                    number(s.lr),
                    pair(s.gradient),
                    number(opt.momentum),
                    pair(s.state_after["velocity"]),
                ),
                s.update,
            ),
        ),
    )


def adaptive_step(opt, n: Notation, direction: str, root: str, operands, mark="") -> SubStep:
    """Δx = −lr·direction / (√root + ε), ε outside the root as in the code;
    `operands(values)` gives the recorded (direction, root) pairs."""

    def numbers(s: StepValues):
        first, second = operands(s)
        return (number(s.lr), pair(first), pair(second), number(opt.eps)), s.update

    return step_line(
        n,
        lambda lr, d, r, eps: f"{MINUS}{lr}·{d} / {_root_plus_eps(n, r, eps)}",
        (n.lr, var(direction, "t", mark), var(root, "t", mark), n.eps),
        numbers,
    )


def adagrad_rule(opt, n: Notation) -> list[SubStep]:
    """r = r + g⊙g;  x = x − lr·g / (√r + ε)  (algorithm 5-3)."""
    r = n.sum_sq
    accumulate = substep(
        "accumulator",
        "sum of squared gradients",
        "accumulator",
        lambda i: var(r, i),
        lambda before, g: f"{before} + {g}⊙{g}",
        (var(r, f"t{MINUS}1"), var("g", "t")),
        lambda s: (
            (pair(s.state_before["sum_sq_grad"]), pair(s.gradient)),
            s.state_after["sum_sq_grad"],
        ),
    )
    step = adaptive_step(opt, n, "g", r, lambda s: (s.gradient, s.state_after["sum_sq_grad"]))
    return descent_rule(n, accumulate, step)


def moving_average_line(key, label, highlight, name, coefficient, value, field, squared):
    """name = c·name + (1 − c)·g (or g⊙g): RMSProp's r and Adam's two moments."""

    def form(c, before, one, c_again, g):
        new = f"{g}⊙{g}" if squared else g
        return f"{c}·{before} + ({one}{NBSP}{MINUS}{NBSP}{c_again})·{new}"

    return substep(
        key,
        label,
        highlight,
        lambda i: var(name, i),
        form,
        (coefficient, var(name, f"t{MINUS}1"), "1", coefficient, var("g", "t")),
        lambda s: (
            (number(value), pair(s.state_before[field]), "1", number(value), pair(s.gradient)),
            s.state_after[field],
        ),
    )


def rmsprop_rule(opt, n: Notation) -> list[SubStep]:
    """r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε)  (algorithm 5-4)."""
    average = moving_average_line(
        "accumulator", "mean of squared gradients", "accumulator",
        n.mean_sq, n.decay, opt.alpha, "mean_sq_grad", squared=True,
    )  # fmt: skip
    step = adaptive_step(
        opt, n, "g", n.mean_sq, lambda s: (s.gradient, s.state_after["mean_sq_grad"])
    )
    return descent_rule(n, average, step)


def adam_corrected(opt, first, second, t: int) -> tuple[tuple, tuple]:
    """m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t) from the recorded moments (as is without it)."""
    if not opt.bias_correction:
        return tuple(first), tuple(second)
    c1, c2 = 1 - opt.beta1**t, 1 - opt.beta2**t
    return (first[0] / c1, first[1] / c1), (second[0] / c2, second[1] / c2)


def bias_line(opt, name: str, coefficient: str, which: int) -> SubStep:
    """m̂ = m / (1 − β1^t) (which=0) or v̂ = v / (1 − β2^t) (which=1)."""
    field = ("first_moment", "second_moment")[which]
    beta = (opt.beta1, opt.beta2)[which]

    def numbers(s: StepValues):
        after = s.state_after
        corrected = adam_corrected(opt, after["first_moment"], after["second_moment"], s.t)
        return (pair(after[field]), "1", number(beta), str(s.t)), corrected[which]

    return substep(
        ("first_hat", "second_hat")[which],
        ("bias-corrected 1st moment", "bias-corrected 2nd moment")[which],
        ("velocity", "accumulator")[which],
        lambda i: var(name, i, HAT),
        lambda m, one, b, t: f"{m} / ({one}{NBSP}{MINUS}{NBSP}{b}<sup>{t}</sup>)",
        (var(name, "t"), "1", coefficient, "<i>t</i>"),
        numbers,
    )


def adam_rule(opt, n: Notation) -> list[SubStep]:
    """m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  [m̂, v̂];  x = x − lr·m̂ / (√v̂ + ε)."""
    m, v = n.first, n.second
    lines = [
        moving_average_line(
            "first_moment", "1st moment", "velocity", m, n.beta1, opt.beta1, "first_moment", False
        ),
        moving_average_line(
            "second_moment",
            "2nd moment",
            "accumulator",
            v,
            n.beta2,
            opt.beta2,
            "second_moment",
            True,
        ),  # fmt: skip
    ]
    if opt.bias_correction:
        lines += [bias_line(opt, m, n.beta1, 0), bias_line(opt, v, n.beta2, 1)]

    def operands(s: StepValues):
        after = s.state_after
        return adam_corrected(opt, after["first_moment"], after["second_moment"], s.t)

    mark = HAT if opt.bias_correction else ""
    return descent_rule(n, *lines, adaptive_step(opt, n, m, v, operands, mark))


RULES = {
    "sgd": sgd_rule,
    "momentum": momentum_rule,
    "nesterov": nesterov_rule,
    "adagrad": adagrad_rule,
    "rmsprop": rmsprop_rule,
    "adam": adam_rule,
}


def substeps(optimizer: Optimizer, notation: str) -> list[SubStep]:
    """The lines of `optimizer`'s update rule in `notation`, in the order the code runs them."""
    letters = notation_of(notation)
    try:
        rule = RULES[optimizer.name]
    except KeyError:
        raise ValueError(f"no update rule written for optimizer {optimizer.name!r}") from None
    return rule(optimizer, letters)


HYPER_PARAMETERS = ("lr", "momentum", "alpha", "beta1", "beta2", "eps")


def symbol_key(optimizer: Optimizer, notation: str) -> str:
    """What the letters of the rule stand for, with their values: 'ρ = lr = 0.02 · α = ...'."""
    n = notation_of(notation)
    letters = dict(zip(HYPER_PARAMETERS, (n.lr, n.momentum, n.decay, n.beta1, n.beta2, n.eps)))
    parts = []
    for name in HYPER_PARAMETERS:
        if hasattr(optimizer, name):
            value = number(getattr(optimizer, name))
            letter = letters[name]
            parts.append(f"{name} = {value}" if letter == name else f"{letter} = {name} = {value}")
    return " · ".join(parts)
