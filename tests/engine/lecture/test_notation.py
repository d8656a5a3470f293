"""The three notations: their letters, the symbol key, and a clear error for an unknown one."""

import pytest

from engine.lecture import NOTATIONS, notation_of, symbol_key
from engine.lecture.expr import Param
from engine.optimizers import SGD, Adam, NAdam


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
