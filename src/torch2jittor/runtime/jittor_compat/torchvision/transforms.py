"""torchvision.transforms (and v2 where the call is the same): PyTorch-exact, on PIL and Vars.

jittor.transform differs from torchvision (its ToTensor returns numpy, Resize(int) squares the
image, RandomCrop has no padding): these follow torchvision's code path for path. PIL images are
transformed by PIL with the same calls torchvision makes (so resampling is PIL's, identical);
tensors are Jittor Vars, computed in numpy with torchvision's float32 arithmetic. Random
parameters come from numpy's global RNG (seeded by jt.set_seed / np.random.seed), drawn with
torchvision's formulas; PyTorch's own generator cannot be reproduced without torch.
"""
import math as _tv_math
import numbers as _tv_numbers
import sys as _tv_sys
from collections.abc import Sequence as _TvSequence

import jittor as _tv_jt
import numpy as _tv_np
from PIL import Image as _TvImage
from PIL import ImageEnhance as _TvImageEnhance
from PIL import ImageOps as _TvImageOps

# InterpolationMode value -> PIL resampling constant (torchvision's pil_modes_mapping)
_TV_PIL_MODES = {"nearest": 0, "nearest-exact": 0, "bilinear": 2, "bicubic": 3, "box": 4, "hamming": 5, "lanczos": 1}
_TV_MAX_VALUE = {"uint8": 255, "int8": 127, "int16": 32767, "uint16": 65535, "int32": 2147483647,
                 "int64": 9223372036854775807}


def _tv_is_var(img):
    return isinstance(img, _tv_jt.Var)


def _tv_is_pil(img):
    return isinstance(img, _TvImage.Image)


def _tv_var(array):
    """A Var holding `array` with its dtype (Jittor turns int64/float64 arrays into 32 bits)."""
    array = _tv_np.ascontiguousarray(array)
    var = _tv_jt.array(array)
    return var if str(var.dtype) == str(array.dtype) else var.cast(str(array.dtype))


def _tv_numpy(img):
    return img.numpy() if _tv_is_var(img) else _tv_np.asarray(img)


def _tv_dtype_name(dtype):
    """'float32' for jt.float32 (a cast function), a Var dtype, a numpy dtype or a name."""
    name = dtype.__name__ if callable(dtype) and hasattr(dtype, "__name__") else str(dtype)
    return {"float": "float32", "double": "float64", "half": "float16", "long": "int64", "int": "int32",
            "bool": "bool", "byte": "uint8", "short": "int16"}.get(name, name)


def _tv_pil_interpolation(interpolation):
    """PIL's resampling constant for an InterpolationMode, its value, or a PIL constant."""
    if isinstance(interpolation, int):
        return interpolation
    value = getattr(interpolation, "value", interpolation)
    if value not in _TV_PIL_MODES:
        raise TypeError("Argument interpolation should be a InterpolationMode or a corresponding Pillow integer constant")
    return _TV_PIL_MODES[value]


def _tv_get_dimensions(img):
    """[channels, height, width] of a PIL image or a (..., C, H, W) Var."""
    if _tv_is_pil(img):
        width, height = img.size
        return [len(img.getbands()), height, width]
    shape = list(img.shape)
    channels = 1 if len(shape) == 2 else shape[-3]
    return [channels, shape[-2], shape[-1]]


def _tv_need_pil(img, what):
    if not _tv_is_pil(img):
        raise NotImplementedError(f"{what} of a tensor image is not available in Jittor code: apply it to the PIL "
                                  "image, before ToTensor, as torchvision's PIL path does")


# -- conversions ---------------------------------------------------------------------------------
def _tv_to_tensor(pic):
    """A PIL image or HxW(xC) ndarray -> a CxHxW Var: float32 in [0, 1] for 8-bit data."""
    if isinstance(pic, _tv_np.ndarray):
        if pic.ndim not in (2, 3):
            raise ValueError(f"pic should be 2/3 dimensional. Got {pic.ndim} dimensions.")
        if pic.ndim == 2:
            pic = pic[:, :, None]
        img = _tv_np.ascontiguousarray(pic.transpose((2, 0, 1)))
        return _tv_var(img.astype(_tv_np.float32) / _tv_np.float32(255) if img.dtype == _tv_np.uint8 else img)
    if not _tv_is_pil(pic):
        raise TypeError(f"pic should be PIL Image or ndarray. Got {type(pic)}")
    mode_to_nptype = {"I": _tv_np.int32, "I;16" if _tv_sys.byteorder == "little" else "I;16B": _tv_np.int16,
                      "F": _tv_np.float32}
    img = _tv_np.array(pic, mode_to_nptype.get(pic.mode, _tv_np.uint8), copy=True)
    if pic.mode == "1":
        img = (255 * img).astype(_tv_np.uint8)
    img = img.reshape(pic.size[1], pic.size[0], len(pic.getbands())).transpose((2, 0, 1))
    if img.dtype == _tv_np.uint8:
        return _tv_var(img.astype(_tv_np.float32) / _tv_np.float32(255))
    return _tv_var(img)


def _tv_pil_to_tensor(pic):
    """A PIL image -> a CxHxW Var of its own dtype (uint8 for 8-bit images), values unscaled."""
    if not _tv_is_pil(pic):
        raise TypeError(f"pic should be PIL Image. Got {type(pic)}")
    img = _tv_np.array(pic, copy=True)
    return _tv_var(img.reshape(pic.size[1], pic.size[0], len(pic.getbands())).transpose((2, 0, 1)))


def _tv_to_pil_image(pic, mode=None):
    """A CxHxW Var or HxWxC ndarray -> a PIL image (floats are scaled by 255 and truncated)."""
    if _tv_is_var(pic):
        if pic.ndim not in (2, 3):
            raise ValueError(f"pic should be 2/3 dimensional. Got {pic.ndim} dimensions.")
        npimg = pic.numpy()
        if npimg.ndim == 2:
            npimg = npimg[None]
        if npimg.dtype.kind == "f" and mode != "F":
            # torch's .byte() of out-of-range floats keeps the low 8 bits of the truncated integer
            npimg = _tv_np.trunc(npimg * _tv_np.float32(255)).astype(_tv_np.int64).astype(_tv_np.uint8)
        npimg = _tv_np.transpose(npimg, (1, 2, 0))
    elif isinstance(pic, _tv_np.ndarray):
        npimg = pic[:, :, None] if pic.ndim == 2 else pic
    else:
        raise TypeError(f"pic should be Tensor or ndarray. Got {type(pic)}.")
    if npimg.shape[2] == 1:
        npimg = npimg[:, :, 0]
        expected = {"uint8": "L", "int16": "I;16", "int32": "I", "float32": "F"}.get(str(npimg.dtype))
        if expected is None:
            raise TypeError(f"Input type {npimg.dtype} is not supported")
        if mode is not None and mode != expected:
            raise ValueError(f"Incorrect mode ({mode}) supplied for input type {npimg.dtype}. Should be {expected}")
        return _TvImage.fromarray(npimg)
    if mode is None:
        mode = {2: "LA", 3: "RGB", 4: "RGBA"}.get(npimg.shape[2])
        if mode is None or npimg.dtype != _tv_np.uint8:
            raise TypeError(f"Input type {npimg.dtype} is not supported")
    return _TvImage.frombuffer(mode, (npimg.shape[1], npimg.shape[0]), _tv_np.ascontiguousarray(npimg).tobytes(),
                               "raw", mode, 0, 1)


def _tv_fma(a, b, c):
    """A fused multiply-add of float32 values: exact product and sum, rounded once to float32."""
    f64 = _tv_np.float64
    return (_tv_np.asarray(a, f64) * _tv_np.asarray(b, f64) + _tv_np.asarray(c, f64)).astype(_tv_np.float32)


def _tv_convert_image_dtype(image, dtype="float32", v2=False):
    """torchvision's value-range-aware cast of a Var (uint8 255 <-> float 1.0). transforms.v2
    scales integers to floats by multiplying with 1 / max instead of dividing by max."""
    if not _tv_is_var(image):
        raise TypeError("Input img should be Tensor Image")
    arr, target = image.numpy(), _tv_np.dtype(_tv_dtype_name(dtype))
    if arr.dtype == target:
        return image
    if arr.dtype.kind == "f":
        if target.kind == "f":
            return _tv_var(arr.astype(target))
        if (arr.dtype == _tv_np.float32 and target.name in ("int32", "int64")) or (
                arr.dtype == _tv_np.float64 and target.name == "int64"):
            raise RuntimeError(f"The cast from {arr.dtype} to {target} cannot be performed safely.")
        scale = arr.dtype.type(float(_TV_MAX_VALUE[target.name]) + 1.0 - 1e-3)
        return _tv_var((arr * scale).astype(target))
    input_max = float(_TV_MAX_VALUE[arr.dtype.name])
    if target.kind == "f":
        if v2:
            return _tv_var(arr.astype(target) * target.type(1.0 / input_max))
        return _tv_var(arr.astype(target) / target.type(input_max))
    output_max = float(_TV_MAX_VALUE[target.name])
    if input_max > output_max:
        factor = int((input_max + 1) // (output_max + 1))
        return _tv_var(_tv_np.floor_divide(arr, factor).astype(target))
    factor = int((output_max + 1) // (input_max + 1))
    return _tv_var(arr.astype(target) * target.type(factor))


def _tv_normalize(tensor, mean, std, inplace=False):
    """(tensor - mean) / std per channel, in the tensor's float dtype, as torchvision computes it."""
    if not _tv_is_var(tensor):
        raise TypeError(f"img should be Tensor Image. Got {type(tensor)}")
    arr = tensor.numpy()
    if arr.dtype.kind != "f":
        raise TypeError(f"Input tensor should be a float tensor. Got {arr.dtype}.")
    if arr.ndim < 3:
        raise ValueError(f"Expected tensor to be a tensor image of size (..., C, H, W). Got tensor.size() = {arr.shape}")
    mean = _tv_np.asarray(mean, dtype=arr.dtype)
    std = _tv_np.asarray(std, dtype=arr.dtype)
    if (std == 0).any():
        raise ValueError(f"std evaluated to zero after conversion to {arr.dtype}, leading to division by zero.")
    if mean.ndim == 1:
        mean = mean.reshape(-1, 1, 1)
    if std.ndim == 1:
        std = std.reshape(-1, 1, 1)
    return _tv_var((arr - mean) / std)


# -- geometry ------------------------------------------------------------------------------------
def _tv_compute_resized_output_size(image_size, size, max_size=None):
    h, w = image_size
    short, long = (w, h) if w <= h else (h, w)
    if len(size) == 1:  # the smaller edge is matched to size, the ratio kept
        requested_new_short = size[0]
        new_short, new_long = requested_new_short, int(requested_new_short * long / short)
        if max_size is not None:
            if max_size <= requested_new_short:
                raise ValueError(f"max_size = {max_size} must be strictly greater than the requested "
                                 f"size for the smaller edge size = {size}")
            if new_long > max_size:
                new_short, new_long = int(max_size * new_short / new_long), max_size
        new_w, new_h = (new_short, new_long) if w <= h else (new_long, new_short)
    else:
        new_w, new_h = size[1], size[0]
    return [new_h, new_w]


def _tv_resize(img, size, interpolation="bilinear", max_size=None, antialias=True):
    if isinstance(size, (list, tuple)):
        if len(size) not in (1, 2):
            raise ValueError(f"Size must be an int or a 1 or 2 element tuple/list, not a {len(size)} element tuple/list")
        if max_size is not None and len(size) != 1:
            raise ValueError("max_size should only be passed if size specifies the length of the smaller edge, "
                             "i.e. size should be an int or a sequence of length 1 in torchscript mode.")
    _, image_height, image_width = _tv_get_dimensions(img)
    size = [size] if isinstance(size, int) else list(size)
    output_size = _tv_compute_resized_output_size((image_height, image_width), size, max_size)
    if [image_height, image_width] == output_size:
        return img
    _tv_need_pil(img, "Resize")
    return img.resize(tuple(output_size[::-1]), _tv_pil_interpolation(interpolation))


def _tv_parse_fill(fill, img, name="fillcolor"):
    num_channels = len(img.getbands())
    if fill is None:
        fill = 0
    if isinstance(fill, (int, float)) and num_channels > 1:
        fill = tuple([fill] * num_channels)
    if isinstance(fill, (list, tuple)):
        if len(fill) == 1:
            fill = fill * num_channels
        elif len(fill) != num_channels:
            raise ValueError("The number of elements in 'fill' does not match the number of channels of the image "
                             f"({len(fill)} != {num_channels})")
        fill = tuple(fill)
    if img.mode != "F":
        fill = tuple(int(x) for x in fill) if isinstance(fill, (list, tuple)) else int(fill)
    return {name: fill}


def _tv_padding_ltrb(padding):
    if isinstance(padding, int):
        return [padding] * 4
    if len(padding) == 1:
        return [padding[0]] * 4
    if len(padding) == 2:
        return [padding[0], padding[1], padding[0], padding[1]]
    return list(padding)


def _tv_pad(img, padding, fill=0, padding_mode="constant"):
    if not isinstance(padding, (_tv_numbers.Number, tuple, list)):
        raise TypeError("Got inappropriate padding arg")
    if isinstance(padding, (list, tuple)) and len(padding) not in (1, 2, 4):
        raise ValueError(f"Padding must be an int or a 1, 2, or 4 element tuple, not a {len(padding)} element tuple")
    if padding_mode not in ("constant", "edge", "reflect", "symmetric"):
        raise ValueError("Padding mode should be either constant, edge, reflect or symmetric")
    if _tv_is_pil(img):
        if isinstance(padding, list):
            padding = tuple(padding)
        if isinstance(padding, tuple) and len(padding) == 1:
            padding = padding[0]
        if padding_mode == "constant":
            opts = _tv_parse_fill(fill, img, name="fill")
            if img.mode == "P":
                palette = img.getpalette()
                image = _TvImageOps.expand(img, border=padding, **opts)
                image.putpalette(palette)
                return image
            return _TvImageOps.expand(img, border=padding, **opts)
        p = _tv_padding_ltrb(padding)
        cropping = -_tv_np.minimum(p, 0)
        if cropping.any():
            crop_left, crop_top, crop_right, crop_bottom = cropping
            img = img.crop((crop_left, crop_top, img.width - crop_right, img.height - crop_bottom))
        pad_left, pad_top, pad_right, pad_bottom = _tv_np.maximum(p, 0)
        palette = img.getpalette() if img.mode == "P" else None
        arr = _tv_np.asarray(img)
        widths = ((pad_top, pad_bottom), (pad_left, pad_right)) + (((0, 0),) if arr.ndim == 3 else ())
        out = _TvImage.fromarray(_tv_np.pad(arr, widths, padding_mode))
        if palette is not None:
            out.putpalette(palette)
        return out
    arr = _tv_numpy(img)
    left, top, right, bottom = _tv_padding_ltrb(padding)
    # negative padding crops, as torch.nn.functional.pad does
    arr = arr[..., max(-top, 0):arr.shape[-2] - max(-bottom, 0), max(-left, 0):arr.shape[-1] - max(-right, 0)]
    widths = [(0, 0)] * (arr.ndim - 2) + [(max(top, 0), max(bottom, 0)), (max(left, 0), max(right, 0))]
    if padding_mode == "constant":
        out = _tv_np.pad(arr, widths, "constant", constant_values=arr.dtype.type(0 if fill is None else fill))
    else:
        out = _tv_np.pad(arr, widths, padding_mode)
    return _tv_var(out)


def _tv_crop(img, top, left, height, width):
    if _tv_is_pil(img):
        return img.crop((left, top, left + width, top + height))
    _, h, w = _tv_get_dimensions(img)
    right, bottom = left + width, top + height
    if left < 0 or top < 0 or right > w or bottom > h:
        padding_ltrb = [max(-left + min(0, right), 0), max(-top + min(0, bottom), 0),
                        max(right - max(w, left), 0), max(bottom - max(h, top), 0)]
        return _tv_pad(_tv_var(_tv_numpy(img)[..., max(top, 0):bottom, max(left, 0):right]), padding_ltrb, fill=0)
    return _tv_var(_tv_numpy(img)[..., top:bottom, left:right])


def _tv_center_crop(img, output_size):
    if isinstance(output_size, _tv_numbers.Number):
        output_size = (int(output_size), int(output_size))
    elif isinstance(output_size, (tuple, list)) and len(output_size) == 1:
        output_size = (output_size[0], output_size[0])
    _, image_height, image_width = _tv_get_dimensions(img)
    crop_height, crop_width = output_size
    if crop_width > image_width or crop_height > image_height:
        padding_ltrb = [
            (crop_width - image_width) // 2 if crop_width > image_width else 0,
            (crop_height - image_height) // 2 if crop_height > image_height else 0,
            (crop_width - image_width + 1) // 2 if crop_width > image_width else 0,
            (crop_height - image_height + 1) // 2 if crop_height > image_height else 0,
        ]
        img = _tv_pad(img, padding_ltrb, fill=0)
        _, image_height, image_width = _tv_get_dimensions(img)
        if crop_width == image_width and crop_height == image_height:
            return img
    crop_top = int(round((image_height - crop_height) / 2.0))
    crop_left = int(round((image_width - crop_width) / 2.0))
    return _tv_crop(img, crop_top, crop_left, crop_height, crop_width)


def _tv_resized_crop(img, top, left, height, width, size, interpolation="bilinear", antialias=True):
    return _tv_resize(_tv_crop(img, top, left, height, width), size, interpolation, antialias=antialias)


def _tv_hflip(img):
    if _tv_is_pil(img):
        return img.transpose(_TvImage.FLIP_LEFT_RIGHT)
    return _tv_var(_tv_numpy(img)[..., ::-1])


def _tv_vflip(img):
    if _tv_is_pil(img):
        return img.transpose(_TvImage.FLIP_TOP_BOTTOM)
    return _tv_var(_tv_numpy(img)[..., ::-1, :])


def _tv_rotate(img, angle, interpolation="nearest", expand=False, center=None, fill=None):
    _tv_need_pil(img, "rotate")
    return img.rotate(angle, _tv_pil_interpolation(interpolation), expand, center, **_tv_parse_fill(fill, img))


# -- colour ----------------------------------------------------------------------------------------
def _tv_rgb_to_grayscale(img, num_output_channels=1, v2=False):
    """transforms.v2 weighs a tensor's channels with multiply-adds (r*0.2989, += g*0.587, += b*0.114,
    each fused) and repeats a single channel to three."""
    if num_output_channels not in (1, 3):
        raise ValueError("num_output_channels should be either 1 or 3")
    if _tv_is_pil(img):
        img = img.convert("L")
        if num_output_channels == 3:
            arr = _tv_np.array(img, dtype=_tv_np.uint8)
            img = _TvImage.fromarray(_tv_np.dstack([arr, arr, arr]))
        return img
    arr = _tv_numpy(img)
    if v2 and arr.shape[-3] == 1:
        return _tv_var(arr.copy() if num_output_channels == 1 else _tv_np.repeat(arr, 3, axis=-3))
    if arr.shape[-3] == 3:
        r, g, b = (arr[..., k, :, :].astype(_tv_np.float32) if arr.dtype.kind != "f" else arr[..., k, :, :]
                   for k in range(3))
        dt = r.dtype.type
        if v2 and r.dtype == _tv_np.float32:
            gray = _tv_fma(b, dt(0.114), _tv_fma(g, dt(0.587), r * dt(0.2989)))
        else:
            gray = dt(0.2989) * r + dt(0.587) * g + dt(0.114) * b
        gray = gray.astype(arr.dtype)[..., None, :, :]
    else:
        gray = arr.copy()
    if num_output_channels == 3:
        gray = _tv_np.broadcast_to(gray, arr.shape)
    return _tv_var(gray)



def _tv_adjust_brightness(img, brightness_factor):
    _tv_need_pil(img, "adjust_brightness")
    return _TvImageEnhance.Brightness(img).enhance(brightness_factor)


def _tv_adjust_contrast(img, contrast_factor):
    _tv_need_pil(img, "adjust_contrast")
    return _TvImageEnhance.Contrast(img).enhance(contrast_factor)


def _tv_adjust_saturation(img, saturation_factor):
    _tv_need_pil(img, "adjust_saturation")
    return _TvImageEnhance.Color(img).enhance(saturation_factor)


def _tv_adjust_hue(img, hue_factor):
    if not -0.5 <= hue_factor <= 0.5:
        raise ValueError(f"hue_factor ({hue_factor}) is not in [-0.5, 0.5].")
    _tv_need_pil(img, "adjust_hue")
    input_mode = img.mode
    if input_mode in {"L", "1", "I", "F"}:
        return img
    h, s, v = img.convert("HSV").split()
    np_h = _tv_np.array(h, dtype=_tv_np.uint8)
    np_h += _tv_np.int32(hue_factor * 255).astype(_tv_np.uint8)
    return _TvImage.merge("HSV", (_TvImage.fromarray(np_h), s, v)).convert(input_mode)


# -- random parameters: torchvision's formulas, numpy's generator ----------------------------------
def _tv_uniform32(low, high):
    """torch.empty(1).uniform_(low, high).item(): a float32 draw."""
    return float(_tv_np.float32(low + (high - low) * _tv_np.random.random_sample()))


def _tv_randint(low, high):
    return int(_tv_np.random.randint(low, high))


def _tv_setup_size(size, error_msg):
    if isinstance(size, _tv_numbers.Number):
        return int(size), int(size)
    if isinstance(size, _TvSequence) and len(size) == 1:
        return size[0], size[0]
    if len(size) != 2:
        raise ValueError(error_msg)
    return size


def _tv_setup_angle(x, name):
    if isinstance(x, _tv_numbers.Number):
        if x < 0:
            raise ValueError(f"If {name} is a single number, it must be positive.")
        x = [-x, x]
    elif not isinstance(x, _TvSequence) or len(x) != 2:
        raise ValueError(f"{name} should be a sequence of length 2.")
    return [float(d) for d in x]


# -- transform classes -----------------------------------------------------------------------------
class _TvTransform:
    """Called like torchvision's transforms (nn.Modules there: forward and __call__ both work)."""

    def __call__(self, img):
        return self.forward(img)

    def forward(self, img):
        raise NotImplementedError


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, img):
        for t in self.transforms:
            img = t(img)
        return img

    def __repr__(self):
        return self.__class__.__name__ + "(" + "".join(f"\n    {t}" for t in self.transforms) + "\n)"


class ToTensor:
    def __call__(self, pic):
        return _tv_to_tensor(pic)

    def __repr__(self):
        return "ToTensor()"


class PILToTensor:
    def __call__(self, pic):
        return _tv_pil_to_tensor(pic)

    def __repr__(self):
        return "PILToTensor()"


class ToPILImage:
    def __init__(self, mode=None):
        self.mode = mode

    def __call__(self, pic):
        return _tv_to_pil_image(pic, self.mode)


class ConvertImageDtype(_TvTransform):
    def __init__(self, dtype="float32", _v2=False):
        self.dtype, self._v2 = dtype, _v2

    def forward(self, image):
        return _tv_convert_image_dtype(image, self.dtype, self._v2)


class Normalize(_TvTransform):
    def __init__(self, mean, std, inplace=False):
        self.mean, self.std, self.inplace = mean, std, inplace

    def forward(self, tensor):
        return _tv_normalize(tensor, self.mean, self.std, self.inplace)

    def __repr__(self):
        return f"Normalize(mean={self.mean}, std={self.std})"


class Lambda:
    def __init__(self, lambd):
        if not callable(lambd):
            raise TypeError(f"Argument lambd should be callable, got {repr(type(lambd).__name__)}")
        self.lambd = lambd

    def __call__(self, img):
        return self.lambd(img)


class Resize(_TvTransform):
    def __init__(self, size, interpolation="bilinear", max_size=None, antialias=True):
        if not isinstance(size, (int, _TvSequence)):
            raise TypeError(f"Size should be int or sequence. Got {type(size)}")
        if isinstance(size, _TvSequence) and len(size) not in (1, 2):
            raise ValueError("If size is a sequence, it should have 1 or 2 values")
        self.size, self.max_size, self.interpolation, self.antialias = size, max_size, interpolation, antialias

    def forward(self, img):
        return _tv_resize(img, self.size, self.interpolation, self.max_size, self.antialias)


class CenterCrop(_TvTransform):
    def __init__(self, size):
        self.size = _tv_setup_size(size, error_msg="Please provide only two dimensions (h, w) for size.")

    def forward(self, img):
        return _tv_center_crop(img, self.size)


class Pad(_TvTransform):
    def __init__(self, padding, fill=0, padding_mode="constant"):
        if not isinstance(padding, (_tv_numbers.Number, tuple, list)):
            raise TypeError("Got inappropriate padding arg")
        if not isinstance(fill, (_tv_numbers.Number, tuple, list)):
            raise TypeError("Got inappropriate fill arg")
        if padding_mode not in ("constant", "edge", "reflect", "symmetric"):
            raise ValueError("Padding mode should be either constant, edge, reflect or symmetric")
        if isinstance(padding, _TvSequence) and len(padding) not in (1, 2, 4):
            raise ValueError(f"Padding must be an int or a 1, 2, or 4 element tuple, not a {len(padding)} element tuple")
        self.padding, self.fill, self.padding_mode = padding, fill, padding_mode

    def forward(self, img):
        return _tv_pad(img, self.padding, self.fill, self.padding_mode)


class RandomCrop(_TvTransform):
    @staticmethod
    def get_params(img, output_size):
        _, h, w = _tv_get_dimensions(img)
        th, tw = output_size
        if h < th or w < tw:
            raise ValueError(f"Required crop size {(th, tw)} is larger than input image size {(h, w)}")
        if w == tw and h == th:
            return 0, 0, h, w
        return _tv_randint(0, h - th + 1), _tv_randint(0, w - tw + 1), th, tw

    def __init__(self, size, padding=None, pad_if_needed=False, fill=0, padding_mode="constant"):
        self.size = tuple(_tv_setup_size(size, error_msg="Please provide only two dimensions (h, w) for size."))
        self.padding, self.pad_if_needed, self.fill, self.padding_mode = padding, pad_if_needed, fill, padding_mode

    def forward(self, img):
        if self.padding is not None:
            img = _tv_pad(img, self.padding, self.fill, self.padding_mode)
        _, height, width = _tv_get_dimensions(img)
        if self.pad_if_needed and width < self.size[1]:
            img = _tv_pad(img, [self.size[1] - width, 0], self.fill, self.padding_mode)
        if self.pad_if_needed and height < self.size[0]:
            img = _tv_pad(img, [0, self.size[0] - height], self.fill, self.padding_mode)
        i, j, h, w = self.get_params(img, self.size)
        return _tv_crop(img, i, j, h, w)


class RandomHorizontalFlip(_TvTransform):
    def __init__(self, p=0.5):
        self.p = p

    def forward(self, img):
        return _tv_hflip(img) if _tv_np.random.random_sample() < self.p else img


class RandomVerticalFlip(_TvTransform):
    def __init__(self, p=0.5):
        self.p = p

    def forward(self, img):
        return _tv_vflip(img) if _tv_np.random.random_sample() < self.p else img


class RandomResizedCrop(_TvTransform):
    def __init__(self, size, scale=(0.08, 1.0), ratio=(3.0 / 4.0, 4.0 / 3.0), interpolation="bilinear",
                 antialias=True):
        self.size = _tv_setup_size(size, error_msg="Please provide only two dimensions (h, w) for size.")
        if not isinstance(scale, _TvSequence):
            raise TypeError("Scale should be a sequence")
        if not isinstance(ratio, _TvSequence):
            raise TypeError("Ratio should be a sequence")
        self.scale, self.ratio, self.interpolation, self.antialias = scale, ratio, interpolation, antialias

    @staticmethod
    def get_params(img, scale, ratio):
        _, height, width = _tv_get_dimensions(img)
        area = height * width
        log_ratio = _tv_np.log(_tv_np.asarray(ratio, dtype=_tv_np.float32))  # float32, as torch.tensor(ratio)
        for _ in range(10):
            target_area = area * _tv_uniform32(scale[0], scale[1])
            aspect_ratio = float(_tv_np.exp(_tv_np.float32(_tv_uniform32(float(log_ratio[0]), float(log_ratio[1])))))
            w = int(round(_tv_math.sqrt(target_area * aspect_ratio)))
            h = int(round(_tv_math.sqrt(target_area / aspect_ratio)))
            if 0 < w <= width and 0 < h <= height:
                return _tv_randint(0, height - h + 1), _tv_randint(0, width - w + 1), h, w
        in_ratio = float(width) / float(height)
        if in_ratio < min(ratio):
            w = width
            h = int(round(w / min(ratio)))
        elif in_ratio > max(ratio):
            h = height
            w = int(round(h * max(ratio)))
        else:
            w, h = width, height
        return (height - h) // 2, (width - w) // 2, h, w

    def forward(self, img):
        i, j, h, w = self.get_params(img, self.scale, self.ratio)
        return _tv_resized_crop(img, i, j, h, w, list(self.size), self.interpolation, antialias=self.antialias)


class ColorJitter(_TvTransform):
    def __init__(self, brightness=0, contrast=0, saturation=0, hue=0):
        self.brightness = self._check_input(brightness, "brightness")
        self.contrast = self._check_input(contrast, "contrast")
        self.saturation = self._check_input(saturation, "saturation")
        self.hue = self._check_input(hue, "hue", center=0, bound=(-0.5, 0.5), clip_first_on_zero=False)

    @staticmethod
    def _check_input(value, name, center=1, bound=(0, float("inf")), clip_first_on_zero=True):
        if isinstance(value, _tv_numbers.Number):
            if value < 0:
                raise ValueError(f"If {name} is a single number, it must be non negative.")
            value = [center - float(value), center + float(value)]
            if clip_first_on_zero:
                value[0] = max(value[0], 0.0)
        elif isinstance(value, (tuple, list)) and len(value) == 2:
            value = [float(value[0]), float(value[1])]
        else:
            raise TypeError(f"{name} should be a single number or a list/tuple with length 2.")
        if not bound[0] <= value[0] <= value[1] <= bound[1]:
            raise ValueError(f"{name} values should be between {bound}, but got {value}.")
        return None if value[0] == value[1] == center else tuple(value)

    @staticmethod
    def get_params(brightness, contrast, saturation, hue):
        fn_idx = _tv_np.random.permutation(4).tolist()
        b = None if brightness is None else _tv_uniform32(brightness[0], brightness[1])
        c = None if contrast is None else _tv_uniform32(contrast[0], contrast[1])
        s = None if saturation is None else _tv_uniform32(saturation[0], saturation[1])
        h = None if hue is None else _tv_uniform32(hue[0], hue[1])
        return fn_idx, b, c, s, h

    def forward(self, img):
        fn_idx, b, c, s, h = self.get_params(self.brightness, self.contrast, self.saturation, self.hue)
        for fn_id in fn_idx:
            if fn_id == 0 and b is not None:
                img = _tv_adjust_brightness(img, b)
            elif fn_id == 1 and c is not None:
                img = _tv_adjust_contrast(img, c)
            elif fn_id == 2 and s is not None:
                img = _tv_adjust_saturation(img, s)
            elif fn_id == 3 and h is not None:
                img = _tv_adjust_hue(img, h)
        return img


class Grayscale(_TvTransform):
    def __init__(self, num_output_channels=1, _v2=False):
        self.num_output_channels, self._v2 = num_output_channels, _v2

    def forward(self, img):
        return _tv_rgb_to_grayscale(img, num_output_channels=self.num_output_channels, v2=self._v2)


class RandomRotation(_TvTransform):
    def __init__(self, degrees, interpolation="nearest", expand=False, center=None, fill=0):
        self.degrees = _tv_setup_angle(degrees, name="degrees")
        if center is not None and (not isinstance(center, _TvSequence) or len(center) != 2):
            raise ValueError("center should be a sequence of length 2.")
        if fill is not None and not isinstance(fill, (_TvSequence, _tv_numbers.Number)):
            raise TypeError("Fill should be either a sequence or a number.")
        self.center, self.interpolation, self.expand = center, interpolation, expand
        self.fill = 0 if fill is None else fill

    @staticmethod
    def get_params(degrees):
        return _tv_uniform32(float(degrees[0]), float(degrees[1]))

    def forward(self, img):
        angle = self.get_params(self.degrees)
        return _tv_rotate(img, angle, self.interpolation, self.expand, self.center, self.fill)
