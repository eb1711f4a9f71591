"""Built-in 2-D surfaces: values, analytic gradients against the numerical gradient, grids."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from dlfs_studio.core.gradient import numerical_gradient
from dlfs_studio.core.surfaces import DEFAULT_SURFACE, SURFACES, Surface, get_surface

POINTS = [(-3.0, 4.0), (0.5, -1.25), (1.7, 0.3), (-2.2, -0.8), (0.0, 0.0), (2.9, 1.1)]


def test_names():
    assert set(SURFACES) == {"sphere", "ch6", "rosenbrock", "himmelblau", "saddle", "beale"}
    assert DEFAULT_SURFACE == "sphere"
    assert get_surface(" Sphere ") is SURFACES["sphere"]
    with pytest.raises(ValueError, match=r"unknown surface 'bowl'.*sphere"):
        get_surface("bowl")


@pytest.mark.parametrize("name", list(SURFACES))
def test_analytic_gradient_matches_numerical(name):
    s = get_surface(name)
    for p in POINTS + [s.default_start] + list(s.minima):
        x = np.array(p, dtype=np.float64)
        num = numerical_gradient(s.f, x.copy())
        ana = s.grad(x)
        assert ana.shape == (2,)
        scale = max(1.0, float(np.max(np.abs(ana))))
        np.testing.assert_allclose(ana, num, rtol=1e-6, atol=1e-5 * scale, err_msg=f"{name} at {p}")


@pytest.mark.parametrize("name", list(SURFACES))
def test_vectorised_grid_matches_pointwise(name):
    s = get_surface(name)
    (a, b), (c, d) = s.view
    X0, X1 = np.meshgrid(np.linspace(a, b, 7), np.linspace(c, d, 5))
    Z = s.value_grid(X0, X1)
    assert Z.shape == X0.shape
    G = s.grad(np.stack([X0, X1]))
    assert G.shape == (2,) + X0.shape
    for i in range(X0.shape[0]):
        for j in range(X0.shape[1]):
            pt = np.array([X0[i, j], X1[i, j]])
            assert Z[i, j] == pytest.approx(float(s.f(pt)), rel=1e-12, abs=1e-12)
            np.testing.assert_allclose(G[:, i, j], s.grad(pt), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name", list(SURFACES))
def test_minima_are_stationary_and_lowest(name):
    s = get_surface(name)
    assert s.view[0][0] < s.view[0][1] and s.view[1][0] < s.view[1][1]
    assert len(s.default_start) == 2
    for m in s.minima:
        g = s.grad(np.array(m))
        assert np.max(np.abs(g)) < 1e-3, (name, m, g)
        x = np.array(m)
        for dx in ((0.01, 0), (-0.01, 0), (0, 0.01), (0, -0.01)):
            assert s.f(x + np.array(dx)) > s.f(x)


def test_known_values():
    sphere, ch6 = get_surface("sphere"), get_surface("ch6")
    assert sphere.f(np.array([3.0, 4.0])) == 25.0
    assert ch6.f(np.array([-7.0, 2.0])) == pytest.approx(49 / 20 + 4)
    assert ch6.default_start == (-7.0, 2.0) and ch6.view == ((-10.0, 10.0), (-5.0, 5.0))
    assert get_surface("rosenbrock").f(np.array([1.0, 1.0])) == 0.0
    assert get_surface("himmelblau").f(np.array([3.0, 2.0])) == 0.0
    assert get_surface("beale").f(np.array([3.0, 0.5])) == 0.0
    assert get_surface("saddle").f(np.array([2.0, 3.0])) == -5.0
    assert get_surface("saddle").minima == ()
    # numerical_gradient on the sphere: the book's (6, 8), (0, 4), (6, 0)
    for p, g in (((3.0, 4.0), (6.0, 8.0)), ((0.0, 2.0), (0.0, 4.0)), ((3.0, 0.0), (6.0, 0.0))):
        np.testing.assert_allclose(sphere.numerical_grad(p), g, rtol=1e-9, atol=1e-9)


def test_sphere_is_the_books_function_2_bit_for_bit():
    x = np.array([-3.0, 4.0])
    for _ in range(5):
        x = x - 0.1 * numerical_gradient(get_surface("sphere").f, x)
    y = np.array([-3.0, 4.0])
    for _ in range(5):
        y = y - 0.1 * numerical_gradient(lambda v: v[0]**2 + v[1]**2, y)
    np.testing.assert_array_equal(x, y)


def test_numerical_grad_does_not_modify_input_and_surface_is_frozen():
    s = get_surface("beale")
    p = np.array([1.0, 1.5])
    s.numerical_grad(p)
    np.testing.assert_array_equal(p, [1.0, 1.5])
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.name = "other"  # type: ignore[misc]
    assert isinstance(s, Surface) and s.has_analytic_grad
