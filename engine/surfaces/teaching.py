"""The lecture's own surfaces: the canyon and saddle of fig. 5-13, local minima, a plateau."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

from engine.surfaces.base import Point, Surface


@dataclass(frozen=True)
class Canyon(Surface):
    """cs231n's long valley (fig. 5-13a): cliffs across y, a gentle slope along x."""

    name: ClassVar[str] = "canyon"
    title: ClassVar[str] = "Canyon"
    formula: ClassVar[str] = "0.05·(x − 3)² + 2·(1 − exp(−3y²))"
    bounds: ClassVar = (-4.0, 4.0, -1.5, 1.5)
    start: ClassVar = (-3.5, 0.8)
    minima: ClassVar = (Point(3.0, 0.0, 0.0),)
    about: ClassVar[str] = (
        "Steep walls drop to a long, gently sloping floor: SGD zig-zags across, "
        "momentum builds speed along it, adaptive methods rescale each axis."
    )

    def f(self, x, y, m):
        return 0.05 * (x - 3) * (x - 3) + 2 * (1 - m.exp(-3 * y * y))

    def df(self, x, y, m):
        return 0.1 * (x - 3), 12 * y * m.exp(-3 * y * y)

    def d2f(self, x, y, m):
        return 0.1 + 0 * x, 0 * x, 12 * m.exp(-3 * y * y) * (1 - 6 * y * y)


@dataclass(frozen=True)
class Saddle(Surface):
    """A saddle at the centre (fig. 5-13b) with two minima to escape to."""

    name: ClassVar[str] = "saddle"
    title: ClassVar[str] = "Saddle"
    formula: ClassVar[str] = "x² − y² + y⁴/4"
    bounds: ClassVar = (-2.5, 2.5, -2.5, 2.5)
    start: ClassVar = (-2.2, 0.005)
    minima: ClassVar = (Point(0.0, math.sqrt(2), -1.0), Point(0.0, -math.sqrt(2), -1.0))
    saddles: ClassVar = (Point(0.0, 0.0, 0.0),)
    about: ClassVar[str] = (
        "Along x the centre is a minimum, along y a maximum: plain gradient descent "
        "crawls away from the saddle while adaptive methods escape quickly."
    )

    def f(self, x, y, m):
        return x * x - y * y + y * y * y * y / 4

    def df(self, x, y, m):
        return 2 * x, -2 * y + y * y * y

    def d2f(self, x, y, m):
        return 2.0 + 0 * x, 0 * x, -2 + 3 * y * y


@dataclass(frozen=True)
class LocalMinima(Surface):
    """A tilted washboard: two local minima on the way to the global one."""

    name: ClassVar[str] = "local_minima"
    title: ClassVar[str] = "Local minima"
    formula: ClassVar[str] = "0.05·(x − 2.5)² − 0.4·cos(2.5x) + 0.5·y²"
    bounds: ClassVar = (-4.0, 4.5, -2.0, 2.0)
    start: ClassVar = (-3.8, 1.2)
    minima: ClassVar = (
        Point(2.5127635795511676, 0.0, -0.39999152873379346),
        Point(0.09706718929069008, 0.0, -0.09957582909361429),
        Point(-2.312444592751628, 0.0, 0.8073465756512839),
    )
    saddles: ClassVar = (
        Point(-1.417657028229889, 0.0, 1.1354278360342347),
        Point(1.2046781930023454, 0.0, 0.48052301662852515),
        Point(3.8229862366960683, 0.0, 0.4839985908025361),
    )
    about: ClassVar[str] = (
        "Ripples along x leave local minima on the way to the global one: SGD stops "
        "in the first dip, momentum can roll through."
    )

    def f(self, x, y, m):
        return 0.05 * (x - 2.5) * (x - 2.5) - 0.4 * m.cos(2.5 * x) + 0.5 * y * y

    def df(self, x, y, m):
        return 0.1 * (x - 2.5) + m.sin(2.5 * x), y

    def d2f(self, x, y, m):
        return 0.1 + 2.5 * m.cos(2.5 * x), 0 * x, 1.0 + 0 * x


@dataclass(frozen=True)
class Plateau(Surface):
    """A nearly flat plain before a Gaussian bowl: tiny gradients far from the minimum."""

    name: ClassVar[str] = "plateau"
    title: ClassVar[str] = "Plateau"
    formula: ClassVar[str] = "1 − exp(−(x² + 2y²)/2) + 0.005·(x² + y²)"
    bounds: ClassVar = (-4.0, 4.0, -4.0, 4.0)
    start: ClassVar = (3.6, 3.0)
    minima: ClassVar = (Point(0.0, 0.0, 0.0),)
    about: ClassVar[str] = (
        "Far from the bowl the ground is almost flat: SGD barely moves, while methods "
        "that divide by the gradient's size keep a steady pace."
    )

    def f(self, x, y, m):
        return 1 - m.exp(-(x * x + 2 * y * y) / 2) + 0.005 * (x * x + y * y)

    def df(self, x, y, m):
        bowl = m.exp(-(x * x + 2 * y * y) / 2)
        return x * bowl + 0.01 * x, 2 * y * bowl + 0.01 * y

    def d2f(self, x, y, m):
        bowl = m.exp(-(x * x + 2 * y * y) / 2)
        fxx = (1 - x * x) * bowl + 0.01
        return fxx, -2 * x * y * bowl, (2 - 4 * y * y) * bowl + 0.01
