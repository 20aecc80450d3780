"""torch.nn.functional.grid_sample and affine_grid (and their torch.* forms with integer mode codes),
with the coordinate rules of PyTorch's CPU kernels (aten/src/ATen/native/GridSampler.h).

Jittor has no grid sampler: the taps are gathered with `Var.reindex`, whose out-of-range reads give 0
(PyTorch's zeros padding) and whose gradient scatters back into the input; the weights are computed
from the grid with differentiable operations, so the input and the grid both get PyTorch's gradients.
"""
from __future__ import annotations

import itertools
import warnings

import jittor as jt
import numpy as np

_MODES = ("bilinear", "nearest", "bicubic")
_PADDINGS = ("zeros", "border", "reflection")


def _unnormalize(coord, size, align_corners):
    # the vectorised CPU kernel's form: (x + 1) * s (- 0.5)
    if align_corners:
        return (coord + 1) * ((size - 1) / 2)
    return (coord + 1) * (size / 2) - 0.5


def _clip(coord, size):
    return jt.clamp(coord, 0, size - 1)


def _reflect(coord, twice_low, twice_high):
    if twice_low == twice_high:
        return coord * 0
    low = twice_low / 2
    span = (twice_high - twice_low) / 2
    coord = (coord - low).abs()
    flips = (coord / span).floor()  # floor has no gradient: the fmod below keeps d/dx = 1
    extra = coord - flips * span
    odd = (flips - (flips / 2).floor() * 2) == 1
    return jt.ternary(odd, span - extra + low, extra + low)


def _compute_coordinates(coord, size, padding_mode, align_corners):
    if padding_mode == "border":
        return _clip(coord, size)
    if padding_mode == "reflection":
        if align_corners:
            coord = _reflect(coord, 0, 2 * (size - 1))
        else:
            coord = _reflect(coord, -1, 2 * size - 1)
        return _clip(coord, size)
    return coord


def _round_half_even(x):
    # std::nearbyint / _mm256_round_ps: ties go to the even neighbour
    r = (x + 0.5).floor()
    tie = (r - x) == 0.5
    odd = (r - (r / 2).floor() * 2) == 1
    return jt.ternary(tie & odd, r - 1, r)


def _index(coord, size):
    # far-away coordinates stay out of range without overflowing int32
    return jt.clamp(coord, -4, size + 3).int32()


def _gather(input, indices):
    """input[n, c, indices[0][n, ...], indices[1][n, ...], ...]; 0 where an index is out of range."""
    out_shape = list(input.shape[:2]) + list(indices[0].shape[1:])
    spatial = ",".join(f"i{k + 2}" for k in range(len(out_shape) - 2))
    exprs = ["i0", "i1"] + [f"@e{k}(i0,{spatial})" for k in range(len(indices))]
    return input.reindex(out_shape, exprs, extras=list(indices))


def _cubic_coefficients(t):
    a = -0.75

    def conv1(x):
        return ((a + 2) * x - (a + 3)) * x * x + 1

    def conv2(x):
        return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a

    return [conv2(t + 1), conv1(t), conv1(1 - t), conv2(2 - t)]


def grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=None):
    if mode not in _MODES:
        raise ValueError(f"nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         f"but got: '{mode}'")
    if padding_mode not in _PADDINGS:
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or "
                         f"'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        warnings.warn("Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. "
                      "Please specify align_corners=True if the old behavior is desired. See the documentation of "
                      "grid_sample for details.")
        align_corners = False
    return _grid_sampler(input, grid, mode, padding_mode, bool(align_corners))


def _grid_sampler(input, grid, mode, padding_mode, align_corners):
    if input.ndim not in (4, 5) or grid.ndim != input.ndim:
        raise RuntimeError("grid_sampler(): expected 4D or 5D input and grid with same number of dimensions, but "
                           f"got input with sizes {list(input.shape)} and grid with sizes {list(grid.shape)}")
    dims = input.ndim - 2
    if grid.shape[0] != input.shape[0]:
        raise RuntimeError("grid_sampler(): expected grid and input to have same batch size, but got input with "
                           f"sizes {list(input.shape)} and grid with sizes {list(grid.shape)}")
    if grid.shape[-1] != dims:
        raise RuntimeError(f"grid_sampler(): expected grid to have size {dims} in last dimension, but got grid with "
                           f"sizes {list(grid.shape)}")
    if mode == "bicubic" and dims != 2:
        raise RuntimeError("grid_sampler(): bicubic interpolation only supports 4D input")
    if str(grid.dtype) != str(input.dtype):
        raise RuntimeError(f"expected scalar type {input.dtype} but found {grid.dtype}")
    sizes = list(input.shape[2:])  # (D,) H, W
    # grid[..., 0] is x (the last dimension W), grid[..., 1] is y, grid[..., 2] is z
    coords = [grid[..., dims - 1 - k] for k in range(dims)]
    if mode == "bicubic":
        return _bicubic(input, coords, sizes, padding_mode, align_corners)
    coords = [_compute_coordinates(_unnormalize(c, s, align_corners), s, padding_mode, align_corners)
              for c, s in zip(coords, sizes)]
    if mode == "nearest":
        out = _gather(input, [_index(_round_half_even(c), s) for c, s in zip(coords, sizes)])
        # PyTorch's grid still gets a (zero) gradient: keep it in the graph with an exact zero term
        # (0 * grid would make an infinite coordinate NaN)
        linked = jt.ternary(jt.zeros(list(grid.shape), "bool"), grid, jt.zeros_like(grid)).sum(-1)
        return out + linked.unsqueeze(1)
    lows = [c.floor() for c in coords]
    fracs = [c - lo for c, lo in zip(coords, lows)]
    out = None
    for corner in itertools.product((0, 1), repeat=dims):
        weight = None
        for k, bit in enumerate(corner):
            w = fracs[k] if bit else 1 - fracs[k]
            weight = w if weight is None else weight * w
        tap = _gather(input, [_index(lo + bit, s) for lo, bit, s in zip(lows, corner, sizes)])
        term = tap * weight.unsqueeze(1)
        out = term if out is None else out + term
    return out


def _bicubic(input, coords, sizes, padding_mode, align_corners):
    (cy, cx), (h, w) = coords, sizes
    y = _unnormalize(cy, h, align_corners)
    x = _unnormalize(cx, w, align_corners)
    y0, x0 = y.floor(), x.floor()
    wy, wx = _cubic_coefficients(y - y0), _cubic_coefficients(x - x0)
    out = None
    for i in range(4):
        iy = _compute_coordinates(y0 + (i - 1), h, padding_mode, align_corners)
        row = None
        for j in range(4):
            ix = _compute_coordinates(x0 + (j - 1), w, padding_mode, align_corners)
            # get_value_bounded truncates the (integral) tap coordinate
            tap = _gather(input, [_index(iy, h), _index(ix, w)]) * wx[j].unsqueeze(1)
            row = tap if row is None else row + tap
        term = row * wy[i].unsqueeze(1)
        out = term if out is None else out + term
    return out


def grid_sampler(input, grid, interpolation_mode, padding_mode, align_corners):
    """torch.grid_sampler and its 2d/3d forms: the modes as integers (0 bilinear, 1 nearest, 2 bicubic;
    0 zeros, 1 border, 2 reflection)."""
    return _grid_sampler(input, grid, _MODES[interpolation_mode], _PADDINGS[padding_mode], bool(align_corners))


def _linspace_from_neg_one(steps, align_corners, dtype):
    if steps <= 1:
        return jt.zeros((max(steps, 1),), dtype=dtype)
    # torch.linspace's two-sided formula, in the dtype's precision
    f = np.float64 if str(dtype) == "float64" else np.float32
    step = (f(1) - f(-1)) / f(steps - 1)
    i = np.arange(steps)
    r = np.where(i < steps // 2, f(-1) + step * i.astype(f), f(1) - step * (steps - 1 - i).astype(f)).astype(f)
    if not align_corners:
        r = ((r * f(steps - 1)).astype(f) / f(steps)).astype(f)  # range * (n - 1) / n
    return jt.array(r)


def affine_grid(theta, size, align_corners=None):
    if align_corners is None:
        warnings.warn("Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. "
                      "Please specify align_corners=True if the old behavior is desired. See the documentation of "
                      "grid_sample for details.")
        align_corners = False
    if "float" not in str(theta.dtype):
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    size = [int(s) for s in size]
    if len(size) == 4:
        if theta.ndim != 3 or list(theta.shape[-2:]) != [2, 3]:
            raise ValueError(f"Expected a batch of 2D affine matrices of shape Nx2x3 for size {size}. "
                             f"Got {list(theta.shape)}.")
    elif len(size) == 5:
        if theta.ndim != 3 or list(theta.shape[-2:]) != [3, 4]:
            raise ValueError(f"Expected a batch of 3D affine matrices of shape Nx3x4 for size {size}. "
                             f"Got {list(theta.shape)}.")
    else:
        raise NotImplementedError(f"affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  f"respectively. Got size {size}.")
    if min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")
    return affine_grid_generator(theta, size, align_corners)


def affine_grid_generator(theta, size, align_corners):
    size = [int(s) for s in size]
    spatial = size[2:][::-1]  # W, H(, D): the grid's x, y(, z)
    dims = len(spatial)
    n = theta.shape[0]
    axes = []
    for k, steps in enumerate(spatial):
        shape = [1] * (dims + 1)
        shape[dims - k] = steps  # x varies along the last output dimension
        axes.append(_linspace_from_neg_one(steps, align_corners, theta.dtype).reshape(shape))
    out_shape = [n] + size[2:]
    columns = []
    for row in range(dims):
        acc = None
        for k in range(dims):
            term = axes[k] * theta[:, row, k].reshape([n] + [1] * dims)
            acc = term if acc is None else acc + term
        acc = acc + theta[:, row, dims].reshape([n] + [1] * dims)
        columns.append(acc.broadcast(out_shape))
    return jt.stack(columns, dim=-1)
