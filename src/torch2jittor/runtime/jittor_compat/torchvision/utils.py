"""torchvision.utils.make_grid / save_image: torchvision's layout and rounding, numpy + PIL."""
import math as _tvu_math

import jittor as _tvu_jt
import numpy as _tvu_np
from PIL import Image as _TvuImage


def _tvu_array(tensor):
    if isinstance(tensor, _tvu_jt.Var):
        return tensor.numpy()
    if isinstance(tensor, list):
        for t in tensor:
            if not isinstance(t, _tvu_jt.Var):
                raise TypeError(f"tensor or list of tensors expected, got a list containing {type(t)}")
        return _tvu_np.stack([t.numpy() for t in tensor], 0)
    raise TypeError(f"tensor or list of tensors expected, got {type(tensor)}")


def _tvu_make_grid(arr, nrow=8, padding=2, normalize=False, value_range=None, scale_each=False, pad_value=0.0):
    if arr.ndim == 2:  # a single H x W image
        arr = arr[None]
    if arr.ndim == 3:  # a single image; one channel becomes three
        if arr.shape[0] == 1:
            arr = _tvu_np.concatenate((arr, arr, arr), 0)
        arr = arr[None]
    if arr.ndim == 4 and arr.shape[1] == 1:
        arr = _tvu_np.concatenate((arr, arr, arr), 1)
    if normalize is True:
        arr = arr.copy()
        if value_range is not None and not isinstance(value_range, tuple):
            raise TypeError("value_range has to be a tuple (min, max) if specified. min and max are numbers")

        def norm_range(t):
            low, high = (value_range if value_range is not None else (float(t.min()), float(t.max())))
            _tvu_np.clip(t, low, high, out=t)
            t -= t.dtype.type(low)
            t /= t.dtype.type(max(high - low, 1e-5))

        if scale_each is True:
            for t in arr:
                norm_range(t)
        else:
            norm_range(arr)
    if arr.shape[0] == 1:
        return arr[0]
    nmaps = arr.shape[0]
    xmaps = min(nrow, nmaps)
    ymaps = int(_tvu_math.ceil(float(nmaps) / xmaps))
    height, width = int(arr.shape[2] + padding), int(arr.shape[3] + padding)
    grid = _tvu_np.full((arr.shape[1], height * ymaps + padding, width * xmaps + padding), pad_value, dtype=arr.dtype)
    k = 0
    for y in range(ymaps):
        for x in range(xmaps):
            if k >= nmaps:
                break
            grid[:, y * height + padding:(y + 1) * height, x * width + padding:(x + 1) * width] = arr[k]
            k += 1
    return grid


def make_grid(tensor, nrow=8, padding=2, normalize=False, value_range=None, scale_each=False, pad_value=0.0):
    """A (B, C, H, W) Var or a list of Vars laid out as one (C, H', W') image, as torchvision does."""
    grid = _tvu_make_grid(_tvu_array(tensor), nrow, padding, normalize, value_range, scale_each, pad_value)
    var = _tvu_jt.array(grid)
    return var if str(var.dtype) == str(grid.dtype) else var.cast(str(grid.dtype))


def save_image(tensor, fp, format=None, **kwargs):
    """make_grid, then value * 255 + 0.5 clamped to [0, 255] and truncated to uint8, saved by PIL."""
    grid = _tvu_make_grid(_tvu_array(tensor), **kwargs)
    scaled = grid * grid.dtype.type(255) + grid.dtype.type(0.5) if grid.dtype.kind == "f" else grid * 255 + 0.5
    ndarr = _tvu_np.clip(scaled, 0, 255).transpose(1, 2, 0).astype(_tvu_np.uint8)
    _TvuImage.fromarray(ndarr).save(fp, format=format)
