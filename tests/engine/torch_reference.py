"""Reference loops for RAdam, Adamax and Rprop, emulating torch.optim's CPU arithmetic exactly.

Written from torch's single-tensor code (torch/optim/radam.py, adamax.py, rprop.py), one
axis at a time in Python floats, not from the engine. Where torch's vectorised CPU kernels
fuse a multiply and an add into one rounding (`lerp_`: self + w·(end − self) for |w| < ½,
end − (end − self)·(1 − w) otherwise; `addcmul_`: self + (value·t1)·t2; `add` with alpha),
`fma` computes the same correctly rounded result with exact rational arithmetic, so these
loops reproduce torch bit for bit (tests/engine/test_torch_oracle.py checks it with ==).
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np


def fma(a: float, b: float, c: float) -> float:
    """a·b + c rounded once, as a fused multiply-add (Fraction → float rounds correctly)."""
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def lerp(start: float, end: float, weight: float) -> float:
    """torch.lerp on the CPU: fused, from `start` for small weights, else from `end`."""
    if abs(weight) < 0.5:
        return fma(weight, end - start, start)
    return fma(-(end - start), 1 - weight, end)


def separable_grad(p: float) -> float:
    """The gradient every oracle run uses, per axis: of 0.3p² + p⁴/16 − 0.1p."""
    return 0.6 * p + 0.25 * p * p * p - 0.1


def engine_path(opt, start, lrs) -> np.ndarray:
    """The engine's positions, each axis stepped in floats as `simulate` does."""
    columns = []
    for x in start:
        state, path = opt.init(x), [x]
        for lr in lrs:
            update, state = opt.step(state, separable_grad(opt.gradient_point(state, x)), lr, x)
            x = x + update
            path.append(x)
        columns.append(path)
    return np.array(columns).T


def emulated_radam(opt, start, lrs) -> list[list[float]]:
    """torch.optim.RAdam, _single_tensor_radam (capturable=False)."""
    beta1, beta2, eps, wd = opt.beta1, opt.beta2, opt.eps, opt.weight_decay
    params = list(start)
    m, v = [0.0] * len(params), [0.0] * len(params)
    path = [list(params)]
    for step, lr in enumerate(lrs, start=1):
        step = float(step)  # torch's step counter is a float tensor, read with .item()
        for i, p in enumerate(params):
            g = separable_grad(p)
            if wd != 0:
                if opt.decoupled_weight_decay:
                    p = p * (1 - lr * wd)
                else:
                    g = fma(wd, p, g)  # grad.add(param, alpha=weight_decay)
            m[i] = lerp(m[i], g, 1 - beta1)
            v[i] = fma((1 - beta2) * g, g, v[i] * beta2)  # mul_(β2).addcmul_(g, g, 1 − β2)
            bias_correction1 = 1 - beta1**step
            bias_correction2 = 1 - beta2**step
            corrected = m[i] / bias_correction1
            rho_inf = 2 / (1 - beta2) - 1
            rho_t = rho_inf - 2 * step * (beta2**step) / bias_correction2
            if rho_t > 5.0:
                rect = (
                    (rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)
                ) ** 0.5
                # scalar / tensor is Tensor.__rtruediv__: reciprocal(tensor) * scalar
                adaptive = (1 / (math.sqrt(v[i]) + eps)) * bias_correction2**0.5
                params[i] = p - corrected * lr * adaptive * rect
            else:
                params[i] = p - corrected * lr
        path.append(list(params))
    return path


def emulated_adamax(opt, start, lrs) -> list[list[float]]:
    """torch.optim.Adamax, _single_tensor_adamax (capturable=False, not differentiable)."""
    beta1, beta2, eps, wd = opt.beta1, opt.beta2, opt.eps, opt.weight_decay
    params = list(start)
    m, u = [0.0] * len(params), [0.0] * len(params)
    path = [list(params)]
    for step, lr in enumerate(lrs, start=1):
        for i, p in enumerate(params):
            g = separable_grad(p)
            if wd != 0:
                g = fma(wd, p, g)
            m[i] = lerp(m[i], g, 1 - beta1)
            u[i] = max(u[i] * beta2, abs(g) + eps)
            clr = lr / (1 - beta1 ** float(step))
            params[i] = p + (-clr) * m[i] / u[i]  # addcdiv_(m, u, value=−clr)
        path.append(list(params))
    return path


def emulated_rprop(opt, start, lrs) -> list[list[float]]:
    """torch.optim.Rprop, _single_tensor_rprop: the step size starts at the first step's lr."""
    params = list(start)
    prev = [0.0] * len(params)
    sizes: list[float] = []
    path = [list(params)]
    for lr in lrs:
        if not sizes:
            sizes = [lr] * len(params)  # state["step_size"] = full_like(grad, group["lr"])
        for i, p in enumerate(params):
            g = separable_grad(p)
            product = g * prev[i]
            if product > 0:
                eta = opt.etaplus
            elif product < 0:
                eta = opt.etaminus
            else:
                eta = 1.0
            sizes[i] = min(max(sizes[i] * eta, opt.step_size_min), opt.step_size_max)
            if eta == opt.etaminus:
                g = 0.0
            params[i] = p - math.copysign(1.0, g) * sizes[i] if g != 0 else p
            prev[i] = g
        path.append(list(params))
    return path
