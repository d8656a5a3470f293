"""The three notations of the rules (textbook, cs231n, PyTorch): the letters each one uses."""

from __future__ import annotations

from dataclasses import dataclass

from engine.lecture.expr import Param

# The hyper-parameters a rule's symbol key explains, in the order it lists them.
HYPER_PARAMETERS = (
    "lr", "momentum", "alpha", "rho", "beta1", "beta2", "eps", "weight_decay", "momentum_decay",
    "nu", "nu1", "nu2", "etaminus", "etaplus", "step_size_min", "step_size_max", "shift",
)  # fmt: skip
# The papers' letters of the optimizers beyond the lecture (QHM/QHAdam's ν, Rprop's η± and
# Δ bounds, Newton's shift λ): the same in the textbook and cs231n notations; PyTorch's
# notation writes the argument's name instead, as it does for every hyper-parameter.
PAPER_LETTERS = {
    "nu": Param("ν"), "nu1": Param("ν", "1"), "nu2": Param("ν", "2"),
    "etaminus": Param("η−"), "etaplus": Param("η+"),
    "step_size_min": Param("Δ", "min"), "step_size_max": Param("Δ", "max"),
    "shift": Param("λ"),
}  # fmt: skip
# The Notation field holding each hyper-parameter's letter (alpha is RMSProp's decay).
LETTER_FIELDS = dict(zip(HYPER_PARAMETERS[:9], (
    "lr", "momentum", "decay", "rho", "beta1", "beta2", "eps", "weight_decay", "momentum_decay",
), strict=True))  # fmt: skip


@dataclass(frozen=True)
class Notation:
    """The letters one source uses for the same quantities.

    Hyper-parameters are upright `Param` letters; the quantities a rule computes are names
    that `expr.Sym` writes (in italics when they are Latin letters).
    """

    key: str
    title: str
    position: str
    loss: str  # the function whose gradient is taken
    lr: Param
    momentum: Param
    decay: Param  # RMSProp's moving-average coefficient
    beta1: Param
    beta2: Param
    eps: Param
    velocity: str
    sum_sq: str  # AdaGrad's accumulator
    mean_sq: str  # RMSProp's accumulator
    first: str  # Adam's first moment
    second: str  # Adam's second moment
    eps_first: bool = False  # the textbook writes ε + √r
    weight_decay: Param = Param("λ")
    rho: Param = Param("ρ")  # Adadelta's decay of both averages
    delta_sq: str = "u"  # Adadelta's average of δ⊙δ
    mu: str = "μ"  # NAdam's momentum schedule
    mu_product: str = "Π"
    momentum_decay: Param = Param("ψ")

    def letter(self, hyper_parameter: str) -> Param:
        """The letter this notation writes for an optimizer's hyper-parameter ('lr' -> ρ)."""
        if hyper_parameter in PAPER_LETTERS:
            return (
                Param(hyper_parameter) if self.key == "pytorch" else PAPER_LETTERS[hyper_parameter]
            )
        return getattr(self, LETTER_FIELDS[hyper_parameter])


P = Param
NOTATIONS = {
    "textbook": Notation(
        "textbook", "Textbook (ρ = learning rate, α = momentum)", "Θ", "J",
        P("ρ"), P("α"), P("α"), P("α", "1"), P("α", "2"), P("ε"),
        "v", "r", "r", "v", "r", eps_first=True, rho=P("α"),
    ),
    "cs231n": Notation(
        "cs231n", "cs231n (α = learning rate, ρ = momentum)", "x", "f",
        P("α"), P("ρ"), P("ρ"), P("β", "1"), P("β", "2"), P("ε"),
        "v", "r", "r", "m", "v",
    ),
    "pytorch": Notation(
        "pytorch", "PyTorch names (lr, momentum, alpha, beta1, beta2, eps)", "θ", "f",
        P("lr"), P("momentum"), P("alpha"), P("beta1"), P("beta2"), P("eps"),
        "b", "state_sum", "v", "m", "v", weight_decay=P("weight_decay"), rho=P("rho"),
        delta_sq="acc_delta", mu_product="mu_product", momentum_decay=P("momentum_decay"),
    ),
}  # fmt: skip
del P


def notation_of(key: str) -> Notation:
    """The notation called `key`, or a ValueError listing the known ones."""
    try:
        return NOTATIONS[key]
    except KeyError:
        raise ValueError(
            f"unknown notation {key!r}; expected one of {', '.join(NOTATIONS)}"
        ) from None


@dataclass(frozen=True)
class KeyEntry:
    """One entry of a symbol key: the letter, the hyper-parameter it stands for, its value."""

    letter: Param
    name: str
    value: float

    @property
    def is_name(self) -> bool:
        """Whether the notation writes the hyper-parameter by its own name (PyTorch's lr)."""
        return self.letter == Param(self.name)


def symbol_key(optimizer, notation: str) -> list[KeyEntry]:
    """What the letters of `optimizer`'s rule stand for in `notation`, with their values."""
    n = notation_of(notation)
    return [
        KeyEntry(n.letter(name), name, getattr(optimizer, name))
        for name in HYPER_PARAMETERS
        if hasattr(optimizer, name)
    ]
