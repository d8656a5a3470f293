"""The classic optimisation test functions: Rosenbrock, Beale, Himmelblau, Booth, ... and a bowl."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

from engine.params import number
from engine.surfaces.base import Point, Surface


@dataclass(frozen=True)
class Rosenbrock(Surface):
    name: ClassVar[str] = "rosenbrock"
    title: ClassVar[str] = "Rosenbrock"
    formula: ClassVar[str] = "(1 − x)² + 100·(y − x²)²"
    bounds: ClassVar = (-2.0, 2.0, -1.0, 3.0)
    start: ClassVar = (-1.5, 2.0)
    minima: ClassVar = (Point(1.0, 1.0, 0.0),)
    about: ClassVar[str] = "A curved, flat-bottomed banana valley: easy to find, slow to follow."

    def f(self, x, y, m):
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)

    def df(self, x, y, m):
        inner = y - x * x
        return -2 * (1 - x) - 400 * x * inner, 200 * inner

    def d2f(self, x, y, m):
        return 2 - 400 * y + 1200 * x * x, -400 * x, 200 + 0 * x


@dataclass(frozen=True)
class Beale(Surface):
    name: ClassVar[str] = "beale"
    title: ClassVar[str] = "Beale"
    formula: ClassVar[str] = "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"
    bounds: ClassVar = (-4.5, 4.5, -4.5, 4.5)
    start: ClassVar = (1.0, 1.5)
    minima: ClassVar = (Point(3.0, 0.5, 0.0),)
    saddles: ClassVar = (
        Point(0.0, 1.0, 14.203125),
        Point(0.10053793732415829, -2.644513585023126, 9.864512284755559),
    )
    about: ClassVar[str] = "Sharp ridges and flat arms: a test of how a step size adapts."

    def f(self, x, y, m):
        a, b, c = self._terms(x, y)
        return a * a + b * b + c * c

    def df(self, x, y, m):
        a, b, c = self._terms(x, y)
        gx = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1)
        gy = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y
        return gx, gy

    def d2f(self, x, y, m):
        a, b, c = self._terms(x, y)
        y2 = y * y
        fxx = 2 * ((y - 1) ** 2 + (y2 - 1) ** 2 + (y2 * y - 1) ** 2)
        fxy = (
            2 * x * (y - 1) + 2 * a + 4 * x * y * (y2 - 1) + 4 * b * y
            + 6 * x * y2 * (y2 * y - 1) + 6 * c * y2
        )  # fmt: skip
        fyy = 2 * x * x + 8 * x * x * y2 + 4 * b * x + 18 * x * x * y2 * y2 + 12 * c * x * y
        return fxx, fxy, fyy

    @staticmethod
    def _terms(x, y):
        return 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y


@dataclass(frozen=True)
class Himmelblau(Surface):
    name: ClassVar[str] = "himmelblau"
    title: ClassVar[str] = "Himmelblau"
    formula: ClassVar[str] = "(x² + y − 11)² + (x + y² − 7)²"
    bounds: ClassVar = (-5.0, 5.0, -5.0, 5.0)
    start: ClassVar = (-0.5, 0.5)
    minima: ClassVar = (
        Point(3.0, 2.0, 0.0),
        Point(-2.805118086952745, 3.131312518250573, 0.0),
        Point(-3.779310253377747, -3.283185991286169, 0.0),
        Point(3.5844283403304917, -1.8481265269644036, 0.0),
    )
    saddles: ClassVar = (
        Point(3.385154183607021, 0.07385187983774923, 13.311926270405587),
        Point(0.08667750455539672, 2.8842547011747763, 67.71915008752613),
        Point(-3.073025750764389, -0.08135304428796751, 104.01516291755809),
        Point(-0.12796134673068008, -1.9537149802445766, 178.33723920192745),
    )
    about: ClassVar[str] = "Four equal minima: where a run ends depends on where it starts."

    def f(self, x, y, m):
        a, b = x * x + y - 11, x + y * y - 7
        return a * a + b * b

    def df(self, x, y, m):
        a, b = x * x + y - 11, x + y * y - 7
        return 4 * a * x + 2 * b, 2 * a + 4 * b * y

    def d2f(self, x, y, m):
        return 12 * x * x + 4 * y - 42, 4 * x + 4 * y, 12 * y * y + 4 * x - 26


@dataclass(frozen=True)
class Booth(Surface):
    name: ClassVar[str] = "booth"
    title: ClassVar[str] = "Booth"
    formula: ClassVar[str] = "(x + 2y − 7)² + (2x + y − 5)²"
    bounds: ClassVar = (-10.0, 10.0, -10.0, 10.0)
    start: ClassVar = (-8.0, -6.0)
    minima: ClassVar = (Point(1.0, 3.0, 0.0),)
    about: ClassVar[str] = "A tilted, mildly stretched bowl: the easy case."

    def f(self, x, y, m):
        a, b = x + 2 * y - 7, 2 * x + y - 5
        return a * a + b * b

    def df(self, x, y, m):
        a, b = x + 2 * y - 7, 2 * x + y - 5
        return 2 * a + 4 * b, 4 * a + 2 * b

    def d2f(self, x, y, m):
        return 10.0 + 0 * x, 8.0 + 0 * x, 10.0 + 0 * x


@dataclass(frozen=True)
class Rastrigin(Surface):
    name: ClassVar[str] = "rastrigin"
    title: ClassVar[str] = "Rastrigin"
    formula: ClassVar[str] = "20 + x² − 10·cos(2πx) + y² − 10·cos(2πy)"
    bounds: ClassVar = (-5.12, 5.12, -5.12, 5.12)
    start: ClassVar = (-4.3, 4.6)
    minima: ClassVar = (Point(0.0, 0.0, 0.0),)
    about: ClassVar[str] = "An egg box of local minima around one global minimum."

    def f(self, x, y, m):
        tau = 2 * m.pi
        return 20 + x * x - 10 * m.cos(tau * x) + y * y - 10 * m.cos(tau * y)

    def df(self, x, y, m):
        tau = 2 * m.pi
        return 2 * x + 10 * tau * m.sin(tau * x), 2 * y + 10 * tau * m.sin(tau * y)

    def d2f(self, x, y, m):
        tau = 2 * m.pi
        return 2 + 10 * tau * tau * m.cos(tau * x), 0 * x, 2 + 10 * tau * tau * m.cos(tau * y)


@dataclass(frozen=True)
class Ackley(Surface):
    name: ClassVar[str] = "ackley"
    title: ClassVar[str] = "Ackley"
    formula: ClassVar[str] = "−20·exp(−0.2·√(½(x² + y²))) − exp(½(cos 2πx + cos 2πy)) + e + 20"
    bounds: ClassVar = (-5.0, 5.0, -5.0, 5.0)
    start: ClassVar = (-4.2, 3.9)
    minima: ClassVar = (Point(0.0, 0.0, 0.0),)
    about: ClassVar[str] = "A nearly flat, rippled plain around one deep hole."

    def f(self, x, y, m):
        radius = m.sqrt(0.5 * (x * x + y * y))
        ripples = m.exp(0.5 * (m.cos(2 * m.pi * x) + m.cos(2 * m.pi * y)))
        return -20 * m.exp(-0.2 * radius) - ripples + m.e + 20

    def df(self, x, y, m):
        # The tiny offset keeps x/radius finite at the origin, where the cone's
        # gradient is undefined; there the subgradient 0 is returned.
        radius = m.sqrt(0.5 * (x * x + y * y)) + 1e-300
        cone = 2 * m.exp(-0.2 * radius) / radius
        ripples = m.pi * m.exp(0.5 * (m.cos(2 * m.pi * x) + m.cos(2 * m.pi * y)))
        return cone * x + ripples * m.sin(2 * m.pi * x), cone * y + ripples * m.sin(2 * m.pi * y)

    def d2f(self, x, y, m):
        # cone = 2·e^(−0.2r)/r has ∂cone/∂x = bend·x; the ripples' factor C has ∂C/∂x = −πC·sin.
        radius = m.sqrt(0.5 * (x * x + y * y)) + 1e-300
        fall = m.exp(-0.2 * radius)
        cone, bend = 2 * fall / radius, -fall * (0.2 + 1 / radius) / (radius * radius)
        tau, pi2 = 2 * m.pi, m.pi * m.pi
        ripples = m.exp(0.5 * (m.cos(tau * x) + m.cos(tau * y)))
        sx, sy = m.sin(tau * x), m.sin(tau * y)
        fxx = cone + bend * x * x + pi2 * ripples * (2 * m.cos(tau * x) - sx * sx)
        fyy = cone + bend * y * y + pi2 * ripples * (2 * m.cos(tau * y) - sy * sy)
        return fxx, bend * x * y - pi2 * ripples * sx * sy, fyy


@dataclass(frozen=True)
class SixHumpCamel(Surface):
    name: ClassVar[str] = "six_hump_camel"
    title: ClassVar[str] = "Six-hump camel"
    formula: ClassVar[str] = "(4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²"
    bounds: ClassVar = (-2.2, 2.2, -1.2, 1.2)
    start: ClassVar = (-1.9, 1.1)
    minima: ClassVar = (
        Point(0.08984201310031806, -0.7126564030207396, -1.0316284534898774),
        Point(-0.08984201310031806, 0.7126564030207396, -1.0316284534898774),
        Point(-1.7036067149699812, 0.7960835686726252, -0.21546382438371792),
        Point(1.7036067149699812, -0.7960835686726252, -0.21546382438371792),
        Point(-1.607104752920197, -0.5686514548841315, 2.104250310311258),
        Point(1.607104752920197, 0.5686514548841315, 2.104250310311258),
    )
    saddles: ClassVar = (
        Point(0.0, 0.0, 0.0),
        Point(-1.1092053368047865, 0.7682680925095399, 0.5437186009781853),
        Point(1.1092053368047865, -0.7682680925095399, 0.5437186009781853),
        Point(1.6380679841897783, 0.22867406904439402, 2.229357197530714),
        Point(-1.6380679841897783, -0.22867406904439402, 2.229357197530714),
        Point(-1.2960702671671094, -0.6050843880386585, 2.2294708180298604),
        Point(1.2960702671671094, 0.6050843880386585, 2.2294708180298604),
    )
    about: ClassVar[str] = "Two global minima, four local ones and the saddles between them."

    def f(self, x, y, m):
        x2, y2 = x * x, y * y
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2

    def df(self, x, y, m):
        x2, y2 = x * x, y * y
        return 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y2 * y

    def d2f(self, x, y, m):
        x2 = x * x
        return 8 - 25.2 * x2 + 10 * x2 * x2, 1.0 + 0 * x, -8 + 48 * y * y


@dataclass(frozen=True)
class Quadratic(Surface):
    """½(x_r² + κ·y_r²) with the axes rotated by `angle` degrees: κ is the condition number."""

    name: ClassVar[str] = "quadratic"
    title: ClassVar[str] = "Quadratic bowl"
    formula: ClassVar[str] = "½(x_r² + κ·y_r²),  x_r = x cos θ + y sin θ,  y_r = −x sin θ + y cos θ"
    bounds: ClassVar = (-2.0, 2.0, -2.0, 2.0)
    start: ClassVar = (-1.8, 1.2)
    minima: ClassVar = (Point(0.0, 0.0, 0.0),)
    about: ClassVar[str] = "The model of every valley: κ sets how stretched it is."
    kappa: float = number(
        10.0, 1.0, 1000.0, "condition number: curvature ratio", log=True, symbols="κ"
    )
    angle: float = number(0.0, -180.0, 180.0, "rotation of the axes in degrees", symbols="θ")

    def _rotated(self, x, y):
        c, s = math.cos(math.radians(self.angle)), math.sin(math.radians(self.angle))
        return x * c + y * s, -x * s + y * c, c, s

    def f(self, x, y, m):
        xr, yr, _, _ = self._rotated(x, y)
        return 0.5 * (xr * xr + self.kappa * yr * yr)

    def df(self, x, y, m):
        xr, yr, c, s = self._rotated(x, y)
        return xr * c - self.kappa * yr * s, xr * s + self.kappa * yr * c

    def d2f(self, x, y, m):
        _, _, c, s = self._rotated(0.0, 0.0)
        zero, kappa = 0 * x, self.kappa
        fxx, fxy, fyy = c * c + kappa * s * s, (1 - kappa) * c * s, s * s + kappa * c * c
        return fxx + zero, fxy + zero, fyy + zero

    @property
    def eigenvalues(self) -> tuple[float, float]:
        return 1.0, float(self.kappa)
