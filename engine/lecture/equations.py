"""Each optimizer's update rule as Qt rich text, symbolic and with a recorded step's numbers.

A rule is a list of sub-steps in the order the code runs them: gradient (or Nesterov's
look-ahead first) → velocity / moments / accumulator → bias correction → step → new
position. Each sub-step writes its right-hand side once, as a function of its operands,
and that one function renders both the letters and the numbers, so the substituted line
is always the rule shown above it. The rule is the one `engine.optimizers` runs (PyTorch
or Sutskever form, ε outside the root but inside Adadelta's, Adam's moments never
overwritten by their corrected values), not the slides' misprints. Time: symbols use t
(this update) and t−1; numbers use k, the frame the update produced, so frame k shows
the move from k−1 to k.
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
    weight_decay: str = "λ"
    rho: str = "ρ"  # Adadelta's decay of both averages
    delta_sq: str = "u"  # Adadelta's average of δ⊙δ
    mu: str = "μ"  # NAdam's momentum schedule
    mu_product: str = "Π"
    momentum_decay: str = "ψ"


NOTATIONS = {
    "textbook": Notation(
        "textbook", "Textbook (ρ = learning rate, α = momentum)", "Θ", "J",
        "ρ", "α", "α", "α<sub>1</sub>", "α<sub>2</sub>", "ε",
        "v", "r", "r", "v", "r", eps_first=True, rho="α",
    ),
    "cs231n": Notation(
        "cs231n", "cs231n (α = learning rate, ρ = momentum)", "x", "f",
        "α", "ρ", "ρ", "β<sub>1</sub>", "β<sub>2</sub>", "ε",
        "v", "r", "r", "m", "v",
    ),
    "pytorch": Notation(
        "pytorch", "PyTorch names (lr, momentum, alpha, beta1, beta2, eps)", "θ", "f",
        "lr", "momentum", "alpha", "beta1", "beta2", "eps",
        "b", "state_sum", "v", "m", "v", weight_decay="weight_decay", rho="rho",
        delta_sq="acc_delta", mu_product="mu_product", momentum_decay="momentum_decay",
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


class Source(NamedTuple):
    """What a moving average takes in: its symbol and its recorded value in an update."""

    symbol: str
    value: Callable[[StepValues], tuple]


def gradient_source(opt, n: Notation) -> Source:
    """g, or with Adam's L2 weight decay the g′ = g + λ·x the moments really take in."""
    if not coupled_decay(opt):
        return Source(var("g", "t"), lambda s: s.gradient)
    return Source(decayed("t"), lambda s: _scaled_sum(1.0, s.gradient, opt.weight_decay, s.before))


def moving_average_line(
    key, label, highlight, name, coefficient, value, field, squared, source: Source
):
    """name = c·name + (1 − c)·g (or g⊙g): RMSProp's r, Adam's moments, Adadelta's two."""

    def form(c, before, one, c_again, g):
        new = f"{g}⊙{g}" if squared else g
        return f"{c}·{before} + ({one}{NBSP}{MINUS}{NBSP}{c_again})·{new}"

    return substep(
        key,
        label,
        highlight,
        lambda i: var(name, i),
        form,
        (coefficient, var(name, f"t{MINUS}1"), "1", coefficient, source.symbol),
        lambda s: (
            (number(value), pair(s.state_before[field]), "1", number(value), pair(source.value(s))),
            s.state_after[field],
        ),
    )


def rmsprop_rule(opt, n: Notation) -> list[SubStep]:
    """r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε)  (algorithm 5-4)."""
    average = moving_average_line(
        "accumulator", "mean of squared gradients", "accumulator",
        n.mean_sq, n.decay, opt.alpha, "mean_sq_grad", True, gradient_source(opt, n),
    )  # fmt: skip
    step = adaptive_step(
        opt, n, "g", n.mean_sq, lambda s: (s.gradient, s.state_after["mean_sq_grad"])
    )
    return descent_rule(n, average, step)


# --- the Adam family --------------------------------------------------------------------------


def coupled_decay(opt) -> bool:
    """Adam's L2 term: λ·x added to the gradient (AdamW's decoupled decay is not)."""
    return getattr(opt, "weight_decay", 0) != 0 and not getattr(opt, "decoupled", False)


def decayed(index: str) -> str:
    """g′: the gradient with the L2 term added."""
    return f"<i>g</i>′<sub>{index}</sub>"


def decay_line(opt, n: Notation) -> SubStep:
    """g′ = g + λ·x: Adam's L2 weight decay, folded into the gradient before the moments."""
    return substep(
        "decay",
        "L2 weight decay",
        None,
        decayed,
        lambda g, wd, x: f"{g} + {wd}·{x}",
        (var("g", "t"), n.weight_decay, var(n.position, f"t{MINUS}1")),
        lambda s: (
            (pair(s.gradient), number(opt.weight_decay), pair(s.before)),
            gradient_source(opt, n).value(s),
        ),
    )


def largest(name: str, index: str) -> str:
    """v^max: AMSGrad's running maximum of v."""
    return f"{var(name)}<sup>max</sup><sub>{index}</sub>"


def max_line(n: Notation) -> SubStep:
    """v^max = max(v^max, v): AMSGrad keeps the largest raw second moment so far."""
    v = n.second
    return substep(
        "max_second",
        "largest 2nd moment",
        "accumulator",
        lambda i: largest(v, i),
        lambda before, now: f"max({before}, {now})",
        (largest(v, f"t{MINUS}1"), var(v, "t")),
        lambda s: (
            (pair(s.state_before["max_second_moment"]), pair(s.state_after["second_moment"])),
            s.state_after["max_second_moment"],
        ),
    )


def adam_denominator_field(opt) -> str:
    return "max_second_moment" if getattr(opt, "amsgrad", False) else "second_moment"


def adam_corrected(opt, first, second, t: int) -> tuple[tuple, tuple]:
    """m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t) from the recorded moments (as is without it)."""
    if not getattr(opt, "bias_correction", True):
        return tuple(first), tuple(second)
    c1, c2 = 1 - opt.beta1**t, 1 - opt.beta2**t
    return (first[0] / c1, first[1] / c1), (second[0] / c2, second[1] / c2)


def bias_line(opt, n: Notation, which: int) -> SubStep:
    """m̂ = m / (1 − β1^t) (which=0) or v̂ = v / (1 − β2^t) (which=1, of v^max with AMSGrad)."""
    name, coefficient = ((n.first, n.beta1), (n.second, n.beta2))[which]
    field = ("first_moment", adam_denominator_field(opt))[which]
    beta = (opt.beta1, opt.beta2)[which]
    numerator = largest(name, "t") if field == "max_second_moment" else var(name, "t")

    def numbers(s: StepValues):
        after = s.state_after
        corrected = adam_corrected(opt, after["first_moment"], after[field], s.t)
        return (pair(after[field]), "1", number(beta), str(s.t)), corrected[which]

    return substep(
        ("first_hat", "second_hat")[which],
        ("bias-corrected 1st moment", "bias-corrected 2nd moment")[which],
        ("velocity", "accumulator")[which],
        lambda i: var(name, i, HAT),
        lambda m, one, b, t: f"{m} / ({one}{NBSP}{MINUS}{NBSP}{b}<sup>{t}</sup>)",
        (numerator, "1", coefficient, "<i>t</i>"),
        numbers,
    )


def moment_lines(opt, n: Notation) -> list[SubStep]:
    """[g′ = g + λ·x,] m = β1·m + (1−β1)·g, v = β2·v + (1−β2)·g⊙g[, v^max = max(v^max, v)]."""
    source = gradient_source(opt, n)
    lines = [decay_line(opt, n)] if coupled_decay(opt) else []
    lines += [
        moving_average_line(
            "first_moment", "1st moment", "velocity",
            n.first, n.beta1, opt.beta1, "first_moment", False, source,
        ),
        moving_average_line(
            "second_moment", "2nd moment", "accumulator",
            n.second, n.beta2, opt.beta2, "second_moment", True, source,
        ),
    ]  # fmt: skip
    return lines + ([max_line(n)] if getattr(opt, "amsgrad", False) else [])


def adam_rule(opt, n: Notation) -> list[SubStep]:
    """[g′ = g + λx;] m, v[, v^max];  [m̂, v̂];  x = x − lr·m̂ / (√v̂ + ε)  (AdamW: − lr·λ·x too)."""
    lines = moment_lines(opt, n)
    if opt.bias_correction:
        lines += [bias_line(opt, n, 0), bias_line(opt, n, 1)]

    def operands(s: StepValues):
        after = s.state_after
        return adam_corrected(opt, after["first_moment"], after[adam_denominator_field(opt)], s.t)

    mark = HAT if opt.bias_correction else ""
    # Uncorrected AMSGrad divides by v^max itself; corrected, by v̂ (of v^max, line above).
    root = n.second if opt.bias_correction or not opt.amsgrad else f"{n.second}<sup>max</sup>"
    if getattr(opt, "decoupled", False):
        return descent_rule(n, *lines, adamw_step(opt, n, root, operands, mark))
    return descent_rule(n, *lines, adaptive_step(opt, n, n.first, root, operands, mark))


def adamw_step(opt, n: Notation, root: str, operands, mark: str) -> SubStep:
    """Δx = −lr·λ·x − lr·m̂ / (√v̂ + ε): the decay acts on x itself, outside the moments."""

    def form(lr, wd, x, lr_again, m, v, eps):
        return f"{MINUS}{lr}·{wd}·{x} {MINUS} {lr_again}·{m} / {_root_plus_eps(n, v, eps)}"

    def numbers(s: StepValues):
        first, second = operands(s)
        lr = number(s.lr)
        values = (lr, number(opt.weight_decay), pair(s.before), lr, pair(first), pair(second))
        return (*values, number(opt.eps)), s.update

    symbols = (n.lr, n.weight_decay, var(n.position, f"t{MINUS}1"), n.lr,
               var(n.first, "t", mark), var(root, "t", mark), n.eps)  # fmt: skip
    return step_line(n, form, symbols, numbers)


def mu_line(opt, n: Notation) -> SubStep:
    """μt = β1·(1 − 0.5·0.96^(t·ψ)): NAdam's momentum warm-up; one number for both axes."""

    def form(b, t, psi):
        return f"{b}·(1{NBSP}{MINUS}{NBSP}0.5·0.96<sup>{t}·{psi}</sup>)"

    def numeric(run, frame: int) -> str:
        values = step_values(run, frame)
        if values is None:
            return NO_UPDATE
        operands = (number(opt.beta1), str(values.t), number(opt.momentum_decay))
        return f"{var(n.mu, str(values.k))} = {form(*operands)} = {number(opt.mu(values.t))}"

    symbolic = f"{var(n.mu, 't')} = {form(n.beta1, '<i>t</i>', n.momentum_decay)}"
    return SubStep("mu", "momentum schedule", symbolic, numeric, None)


def mu_product_line(opt, n: Notation) -> SubStep:
    """Πt = Πt−1·μt, kept in the state (one value per axis, the same on both)."""
    return substep(
        "mu_product",
        "product of the μ",
        None,
        lambda i: var(n.mu_product, i),
        lambda before, mu: f"{before}·{mu}",
        (var(n.mu_product, f"t{MINUS}1"), var(n.mu, "t")),
        lambda s: (
            (
                pair(s.state_before["mu_product"]),
                number(s.state_after["mu_product"][0] / s.state_before["mu_product"][0]),
            ),
            s.state_after["mu_product"],
        ),
    )


def nadam_step(opt, n: Notation) -> SubStep:
    """Δx = −lr·((1−μt)/(1−Πt)·g + μt+1/(1−Πt·μt+1)·m) / (√v̂ + ε)."""

    def form(lr, mu, prod, g, mu_next, prod_again, mu_next_again, m, v, eps):
        now = f"(1{NBSP}{MINUS}{NBSP}{mu})/(1{NBSP}{MINUS}{NBSP}{prod})·{g}"
        ahead = f"{mu_next}/(1{NBSP}{MINUS}{NBSP}{prod_again}·{mu_next_again})·{m}"
        return f"{MINUS}{lr}·({now} + {ahead}) / {_root_plus_eps(n, v, eps)}"

    def numbers(s: StepValues):
        mu, mu_next = number(opt.mu(s.t)), number(opt.mu(s.t + 1))
        prod = pair(s.state_after["mu_product"])
        first, second = s.state_after["first_moment"], s.state_after["second_moment"]
        _, second_hat = adam_corrected(opt, first, second, s.t)
        operands = (number(s.lr), mu, prod, pair(s.gradient), mu_next, prod, mu_next,
                    pair(first), pair(second_hat), number(opt.eps))  # fmt: skip
        return operands, s.update

    mu, mu_next = var(n.mu, "t"), var(n.mu, "t+1")
    prod = var(n.mu_product, "t")
    symbols = (n.lr, mu, prod, var("g", "t"), mu_next, prod, mu_next,
               var(n.first, "t"), var(n.second, "t", HAT), n.eps)  # fmt: skip
    return step_line(n, form, symbols, numbers)


def nadam_rule(opt, n: Notation) -> list[SubStep]:
    """μt, Πt;  m, v;  v̂;  x = x − lr·((1−μt)/(1−Πt)·g + μt+1/(1−Πt·μt+1)·m) / (√v̂ + ε)."""
    lines = [mu_line(opt, n), mu_product_line(opt, n), *moment_lines(opt, n), bias_line(opt, n, 1)]
    return descent_rule(n, *lines, nadam_step(opt, n))


# --- Adadelta ---------------------------------------------------------------------------------


def delta_of(s: StepValues, eps: float) -> tuple:
    """δ = √(u + ε) / √(r + ε)·g, computed as torch does (not −Δx/lr, undefined at lr = 0)."""
    u, r, g = s.state_before["mean_sq_delta"], s.state_after["mean_sq_grad"], s.gradient
    return tuple(float((u[i] + eps) ** 0.5 / (r[i] + eps) ** 0.5 * g[i]) for i in range(2))


def adadelta_delta_line(opt, n: Notation) -> SubStep:
    """δ = √(u + ε) / √(r + ε) · g: ε inside both roots, as torch and Zeiler write it."""
    return substep(
        "delta",
        "step before lr",
        None,
        lambda i: var("δ", i),
        lambda u, eps, r, eps_again, g: f"√({u} + {eps}) / √({r} + {eps_again})·{g}",
        (var(n.delta_sq, f"t{MINUS}1"), n.eps, var(n.mean_sq, "t"), n.eps, var("g", "t")),
        lambda s: (
            (pair(s.state_before["mean_sq_delta"]), number(opt.eps),
             pair(s.state_after["mean_sq_grad"]), number(opt.eps), pair(s.gradient)),
            delta_of(s, opt.eps),
        ),
    )  # fmt: skip


def adadelta_rule(opt, n: Notation) -> list[SubStep]:
    """r = ρr + (1−ρ)g⊙g;  δ = √(u + ε)/√(r + ε)·g;  u = ρu + (1−ρ)δ⊙δ;  x = x − lr·δ."""
    squares = moving_average_line(
        "accumulator", "mean of squared gradients", "accumulator",
        n.mean_sq, n.rho, opt.rho, "mean_sq_grad", True, gradient_source(opt, n),
    )  # fmt: skip
    delta = Source(var("δ", "t"), lambda s: delta_of(s, opt.eps))
    deltas = moving_average_line(
        "delta_accumulator", "mean of squared steps", "accumulator",
        n.delta_sq, n.rho, opt.rho, "mean_sq_delta", True, delta,
    )  # fmt: skip
    step = step_line(
        n,
        lambda lr, d: f"{MINUS}{lr}·{d}",
        (n.lr, var("δ", "t")),
        lambda s: ((number(s.lr), pair(delta_of(s, opt.eps))), s.update),
    )
    return descent_rule(n, squares, adadelta_delta_line(opt, n), deltas, step)


RULES = {
    "sgd": sgd_rule,
    "momentum": momentum_rule,
    "nesterov": nesterov_rule,
    "adagrad": adagrad_rule,
    "rmsprop": rmsprop_rule,
    "adam": adam_rule,
    "adamw": adam_rule,
    "nadam": nadam_rule,
    "adadelta": adadelta_rule,
}


def substeps(optimizer: Optimizer, notation: str) -> list[SubStep]:
    """The lines of `optimizer`'s update rule in `notation`, in the order the code runs them."""
    letters = notation_of(notation)
    try:
        rule = RULES[optimizer.name]
    except KeyError:
        raise ValueError(f"no update rule written for optimizer {optimizer.name!r}") from None
    return rule(optimizer, letters)


HYPER_PARAMETERS = (
    "lr", "momentum", "alpha", "rho", "beta1", "beta2", "eps", "weight_decay", "momentum_decay",
)  # fmt: skip


def symbol_key(optimizer: Optimizer, notation: str) -> str:
    """What the letters of the rule stand for, with their values: 'ρ = lr = 0.02 · α = ...'."""
    n = notation_of(notation)
    letters = dict(
        zip(
            HYPER_PARAMETERS,
            (n.lr, n.momentum, n.decay, n.rho, n.beta1, n.beta2, n.eps, n.weight_decay,
             n.momentum_decay),
            strict=True,
        )
    )  # fmt: skip
    parts = []
    for name in HYPER_PARAMETERS:
        if hasattr(optimizer, name):
            value = number(getattr(optimizer, name))
            letter = letters[name]
            parts.append(f"{name} = {value}" if letter == name else f"{letter} = {name} = {value}")
    return " · ".join(parts)
