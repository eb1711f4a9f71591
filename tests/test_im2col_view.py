"""im2col made visible (section 7.4): the book's shapes, which window becomes which row, the filter as a column,
the one product against loops, and col2im's overlap counts."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.conv import Convolution, col2im, im2col
from dlfs_studio.core.im2col_view import Im2colLayout, book_shapes, conv_by_im2col, conv_by_loops


def test_the_books_column_matrix_shapes() -> None:
    assert book_shapes() == {"x1": (9, 75), "x2": (90, 75)}
    assert Im2colLayout(1, 3, 7, 7, 5, 5).col_shape == (9, 75)
    assert Im2colLayout(10, 3, 7, 7, 5, 5).col_shape == (90, 75)


@pytest.mark.parametrize("shape", [(1, 3, 7, 7, 5, 5, 1, 0), (2, 2, 6, 5, 3, 2, 2, 1), (1, 1, 4, 4, 3, 3, 1, 2)])
def test_each_row_holds_its_window(shape) -> None:
    lay = Im2colLayout(*shape)
    x = np.random.default_rng(0).random(lay.input_shape)
    col = im2col(x, lay.fh, lay.fw, lay.stride, lay.pad)
    src = lay.sources()
    assert src.shape == col.shape == lay.col_shape
    for row in range(lay.col_shape[0]):
        cells = lay.row_cells(row)
        for k, (n, c, y, xx) in enumerate(cells):
            inside = 0 <= y < lay.h and 0 <= xx < lay.w
            assert col[row, k] == (x[n, c, y, xx] if inside else 0.0)
            assert src[row, k] == (np.ravel_multi_index((n, c, y, xx), lay.input_shape) if inside else -1)
        n, i, j = lay.window_of(row)
        assert lay.row_of(n, i, j) == row


def test_row_numbering_of_the_book_example() -> None:
    lay = Im2colLayout(10, 3, 7, 7, 5, 5)
    assert (lay.out_h, lay.out_w) == (3, 3)
    assert lay.window_of(0) == (0, 0, 0) and lay.window_of(4) == (0, 1, 1) and lay.window_of(89) == (9, 2, 2)
    assert lay.window_origin(1, 2) == (1, 2)
    with pytest.raises(IndexError):
        lay.window_of(90)


def test_overlap_counts_come_from_col2im() -> None:
    lay = Im2colLayout(1, 1, 7, 7, 5, 5)
    counts = lay.overlap_counts()[0, 0]
    assert counts[0, 0] == 1 and counts[3, 3] == 9 and counts[0, 3] == 3
    assert counts.sum() == 9 * 25  # every window adds its 25 ones
    np.testing.assert_array_equal(lay.overlap_counts(), col2im(np.ones((9, 25)), (1, 1, 7, 7), 5, 5))
    # stride = filter size: windows tile the input, every count 1 (where the windows reach)
    tiles = Im2colLayout(1, 1, 6, 6, 2, 2, stride=2).overlap_counts()
    np.testing.assert_array_equal(tiles, np.ones((1, 1, 6, 6)))


def test_one_matrix_product_equals_loops_and_the_layer() -> None:
    rng = np.random.default_rng(3)
    x = rng.random((2, 3, 7, 7))
    W = rng.standard_normal((4, 3, 5, 5))
    b = rng.standard_normal(4)
    r = conv_by_im2col(x, W, b, stride=1, pad=1)
    assert r.col.shape == (2 * 5 * 5, 75) and r.col_W.shape == (75, 4) and r.product.shape == (50, 4)
    np.testing.assert_allclose(r.out, conv_by_loops(x, W, b, stride=1, pad=1), rtol=1e-12)
    np.testing.assert_allclose(r.out, Convolution(W, b, stride=1, pad=1).forward(x, False), rtol=1e-12)


def test_bad_layouts_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        Im2colLayout(1, 1, 3, 3, 5, 5)
    with pytest.raises(ValueError, match="positive"):
        Im2colLayout(1, 0, 3, 3, 1, 1)
    with pytest.raises(ValueError, match="at most"):
        Im2colLayout(1, 1, 1000, 1000, 3, 3)
    with pytest.raises(ValueError, match="padding"):
        Im2colLayout(1, 1, 5, 5, 3, 3, pad=3)
