"""Two-variable test surfaces for gradient descent (chapter 4's function_2, chapter 6's figure, classics).

Convention: a point is an array whose first axis has length 2, so ``f(np.array([x0, x1]))``
gives a float and ``f(np.stack([X0, X1]))`` evaluates a whole grid; ``grad`` returns an
array shaped like its argument, (2, ...).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .gradient import DEFAULT_H, numerical_gradient

Point = tuple[float, float]
View = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class Surface:
    """A scalar function of two variables with its analytic gradient and display hints.

    ``f(x)``: x of shape (2, ...) -> float or array of shape (...).
    ``grad(x)``: x of shape (2, ...) -> array of shape (2, ...), or None if not available.
    ``view``: ((x0min, x0max), (x1min, x1max)) for plots; ``minima``: known minima (may be empty).
    """

    name: str
    formula: str
    f: Callable[[NDArray], float | NDArray]
    grad: Callable[[NDArray], NDArray] | None
    default_start: Point = (-3.0, 4.0)
    view: View = ((-5.0, 5.0), (-5.0, 5.0))
    minima: tuple[Point, ...] = ()
    description: str = field(default="", compare=False)

    def value_grid(self, X0: ArrayLike, X1: ArrayLike) -> NDArray:
        """f on a grid: X0 and X1 of the same shape (e.g. from np.meshgrid) -> array of that shape."""
        a0, a1 = np.broadcast_arrays(np.asarray(X0, dtype=np.float64), np.asarray(X1, dtype=np.float64))
        with np.errstate(all="ignore"):
            return np.asarray(self.f(np.stack([a0, a1])), dtype=np.float64)

    def numerical_grad(self, x: ArrayLike, h: float = DEFAULT_H) -> NDArray:
        """The book's central-difference gradient at one point x (2,) (x itself is not modified)."""
        p = np.array(x, dtype=np.float64)
        with np.errstate(all="ignore"):
            return numerical_gradient(self.value_at, p, h)

    def value_at(self, x: NDArray) -> float:
        """f at one point x (2,), as a Python float."""
        return float(self.f(x))

    @property
    def has_analytic_grad(self) -> bool:
        return self.grad is not None


# ----------------------------------------------------------------------------- the functions
def _sphere(x: NDArray) -> float | NDArray:
    # exactly the book's function_2, so numerical gradients reproduce the book to the bit
    return x[0]**2 + x[1]**2


def _sphere_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    return 2 * x


def _ch6(x: NDArray) -> float | NDArray:
    return x[0]**2 / 20.0 + x[1]**2


def _ch6_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    return np.stack([x[0] / 10.0, 2.0 * x[1]])


def _rosenbrock(x: NDArray) -> float | NDArray:
    return (1 - x[0])**2 + 100 * (x[1] - x[0]**2)**2


def _rosenbrock_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    r = x[1] - x[0]**2
    return np.stack([-2 * (1 - x[0]) - 400 * x[0] * r, 200 * r])


def _himmelblau(x: NDArray) -> float | NDArray:
    return (x[0]**2 + x[1] - 11)**2 + (x[0] + x[1]**2 - 7)**2


def _himmelblau_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    a = x[0]**2 + x[1] - 11
    b = x[0] + x[1]**2 - 7
    return np.stack([4 * x[0] * a + 2 * b, 2 * a + 4 * x[1] * b])


def _saddle(x: NDArray) -> float | NDArray:
    return x[0]**2 - x[1]**2


def _saddle_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    return np.stack([2 * x[0], -2 * x[1]])


def _beale(x: NDArray) -> float | NDArray:
    return ((1.5 - x[0] + x[0] * x[1])**2 + (2.25 - x[0] + x[0] * x[1]**2)**2
            + (2.625 - x[0] + x[0] * x[1]**3)**2)


def _beale_grad(x: NDArray) -> NDArray:
    x = np.asarray(x, dtype=np.float64)
    u, v = x[0], x[1]
    a = 1.5 - u + u * v
    b = 2.25 - u + u * v**2
    c = 2.625 - u + u * v**3
    du = 2 * a * (v - 1) + 2 * b * (v**2 - 1) + 2 * c * (v**3 - 1)
    dv = 2 * a * u + 2 * b * (2 * u * v) + 2 * c * (3 * u * v**2)
    return np.stack([du, dv])


SURFACES: dict[str, Surface] = {s.name: s for s in (
    Surface("sphere", "x0**2 + x1**2", _sphere, _sphere_grad,
            default_start=(-3.0, 4.0), view=((-5.0, 5.0), (-5.0, 5.0)), minima=((0.0, 0.0),),
            description="The book's function_2 (section 4.4): a round bowl with its minimum at the origin."),
    Surface("ch6", "x0**2 / 20 + x1**2", _ch6, _ch6_grad,
            default_start=(-7.0, 2.0), view=((-10.0, 10.0), (-5.0, 5.0)), minima=((0.0, 0.0),),
            description="Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, "
                        "where plain SGD zig-zags."),
    Surface("rosenbrock", "(1 - x0)**2 + 100*(x1 - x0**2)**2", _rosenbrock, _rosenbrock_grad,
            default_start=(-1.5, 2.0), view=((-2.0, 2.0), (-1.0, 3.0)), minima=((1.0, 1.0),),
            description="Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1)."),
    Surface("himmelblau", "(x0**2 + x1 - 11)**2 + (x0 + x1**2 - 7)**2", _himmelblau, _himmelblau_grad,
            default_start=(0.0, 0.0), view=((-5.0, 5.0), (-5.0, 5.0)),
            minima=((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
            description="Himmelblau's function: four equal minima; where you end up depends on the start."),
    Surface("saddle", "x0**2 - x1**2", _saddle, _saddle_grad,
            default_start=(-4.0, 0.01), view=((-5.0, 5.0), (-5.0, 5.0)), minima=(),
            description="A saddle point at the origin: the gradient vanishes there but it is no minimum; "
                        "the surface has no minimum at all (it falls without bound along x1)."),
    Surface("beale", "(1.5 - x0 + x0*x1)**2 + (2.25 - x0 + x0*x1**2)**2 + (2.625 - x0 + x0*x1**3)**2",
            _beale, _beale_grad,
            default_start=(1.0, 1.5), view=((-4.5, 4.5), (-4.5, 4.5)), minima=((3.0, 0.5),),
            description="Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5)."),
)}

#: The surface used when none is chosen.
DEFAULT_SURFACE = "sphere"


def get_surface(name: str) -> Surface:
    """The built-in surface called ``name`` (see SURFACES); ValueError for an unknown name."""
    key = str(name).strip().lower()
    try:
        return SURFACES[key]
    except KeyError:
        raise ValueError(f"unknown surface {name!r}; choose one of: {', '.join(SURFACES)}") from None
