"""The three notations: their letters, the symbol key, and a clear error for an unknown one."""

import dataclasses

import pytest

from engine.lecture import NOTATIONS, notation_of, substeps, symbol_key
from engine.lecture.expr import Param
from engine.optimizers import SGD, Adam, NAdam
from tests.engine.lecture.cases import OPTIMIZERS


def test_each_source_writes_its_own_letters():
    assert notation_of("textbook").letter("lr") == Param("ρ")
    assert notation_of("textbook").letter("beta1") == Param("α", "1")
    assert notation_of("cs231n").letter("beta2") == Param("β", "2")
    assert notation_of("cs231n").letter("alpha") == Param("ρ")  # RMSProp's decay
    assert notation_of("pytorch").letter("momentum_decay") == Param("momentum_decay")
    assert set(NOTATIONS) == {"textbook", "cs231n", "pytorch"}


def test_unknown_notation_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown notation 'greek'.*textbook, cs231n, pytorch"):
        notation_of("greek")


def test_symbol_key_lists_the_optimizers_hyper_parameters_in_order():
    entries = symbol_key(Adam(), "cs231n")
    names = [entry.name for entry in entries]
    assert names == ["lr", "beta1", "beta2", "eps", "weight_decay"]
    assert entries[0].letter == Param("α") and entries[0].value == Adam().lr
    assert not entries[0].is_name
    assert all(entry.is_name for entry in symbol_key(SGD(), "pytorch"))
    assert symbol_key(NAdam(), "cs231n")[-1].letter == Param("ψ")


def params_of(node):
    """Every hyper-parameter letter (Param) a rule tree writes."""
    if isinstance(node, Param):
        yield node
    elif dataclasses.is_dataclass(node):
        for field in dataclasses.fields(node):
            value = getattr(node, field.name)
            for child in value if isinstance(value, tuple) else (value,):
                yield from params_of(child)


QUANTITIES = {Param("ρ", "∞")}  # RAdam's limit ρ∞, a number the rule derives from β2


@pytest.mark.parametrize("opt", OPTIMIZERS, ids=repr)
def test_every_letter_a_rule_writes_is_in_its_symbol_key(opt):
    """The equations and the key agree: Rprop's Δmin/Δmax, η±, QHM's ν, Newton's λ and lr."""
    for notation in NOTATIONS:
        key = {entry.letter for entry in symbol_key(opt, notation)}
        for line in substeps(opt, notation):
            for letter in params_of(line.symbolic):
                step_size = letter.name == "Δ" and letter.index in ("t", "t\u22121")
                assert letter in key or letter in QUANTITIES or step_size, (notation, letter)


def test_the_new_letters_follow_the_notation():
    from engine.optimizers import QHM, Newton, Rprop

    assert symbol_key(Rprop(), "cs231n")[-2].letter == Param("Δ", "min")
    assert symbol_key(Rprop(), "pytorch")[-1].letter == Param("step_size_max")
    assert {e.letter for e in symbol_key(Rprop(), "textbook")} >= {Param("η−"), Param("η+")}
    assert symbol_key(QHM(), "cs231n")[-1].letter == Param("ν")
    assert symbol_key(Newton(), "textbook")[-1].letter == Param("λ")
