"""A Var's text as PyTorch prints a tensor (torch/_tensor_str.py's layout): `print(x)`,
`f"{nll=}"`, `str(x)` in a converted script read `tensor([0.0607, 0.0100])`, `tensor(3.7693)`,
`tensor([1, 2], dtype=torch.int32)`, where Jittor's read `jt.Var([0.06067224 0.00998249], dtype=float32)`.

PyTorch's rules, followed here on the Var's numpy values: `precision` digits in fixed notation, or
scientific when the nonzero finite magnitudes span more than 1000x, exceed 1e8 or go below 1e-4;
floats that are all integers print as `1.`; every element right-aligned to the widest; rows wrapped
at `linewidth`; more than `threshold` elements summarized to `edgeitems` at each end; the dtype named
unless it is the default float, int64 or bool; `requires_grad=True` on a leaf made to require
gradients (a computed tensor's `grad_fn=<...>` cannot be named here and is left out)."""
from __future__ import annotations

import math

import numpy as np

# torch.set_printoptions writes here (misc.set_printoptions)
OPTIONS = {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80, "sci_mode": None}


class _Formatter:
    def __init__(self, values: np.ndarray):
        self.floating = values.dtype.kind == "f"
        self.int_mode, self.sci_mode, self.width = True, False, 1
        precision = OPTIONS["precision"]
        flat = values.reshape(-1)
        if not self.floating:
            for v in flat.tolist():
                self.width = max(self.width, len(str(v)))
        else:
            finite = flat[np.isfinite(flat) & (flat != 0)].astype(np.float64)
            if finite.size:
                magnitudes = np.abs(finite)
                low, high = magnitudes.min(), magnitudes.max()
                self.int_mode = bool((finite == np.ceil(finite)).all())
                self.sci_mode = (high / low > 1000.0 or high > 1.0e8 or low < 1.0e-4 if OPTIONS["sci_mode"] is None
                                 else OPTIONS["sci_mode"])
                if self.sci_mode:
                    texts = [f"{v:.{precision}e}" for v in finite.tolist()]
                elif self.int_mode:
                    texts = [f"{v:.0f}." for v in finite.tolist()]
                else:
                    texts = [f"{v:.{precision}f}" for v in finite.tolist()]
                self.width = max(self.width, *(len(t) for t in texts))

    def format(self, value) -> str:
        if self.floating:
            value = float(value)
            if self.sci_mode:
                text = f"{value:{self.width}.{OPTIONS['precision']}e}"
            elif self.int_mode:
                text = f"{value:.0f}" + ("" if math.isinf(value) or math.isnan(value) else ".")
            else:
                text = f"{value:.{OPTIONS['precision']}f}"
        else:
            text = str(value.item() if hasattr(value, "item") else value)
        return " " * (self.width - len(text)) + text


def _summarized(a: np.ndarray) -> np.ndarray:
    """The values a summarized print shows (the formatter's width comes from them only)."""
    edge = OPTIONS["edgeitems"]
    if a.ndim == 0:
        return a
    if a.ndim == 1:
        return np.concatenate((a[:edge], a[-edge:])) if a.shape[0] > 2 * edge else a
    if not edge:
        return np.empty([0] * a.ndim, a.dtype)
    rows = list(range(edge)) + list(range(a.shape[0] - edge, a.shape[0])) if a.shape[0] > 2 * edge else range(a.shape[0])
    return np.stack([_summarized(a[i]) for i in rows])


def _vector(a, indent, summarize, fmt):
    per_line = max(1, int(math.floor((OPTIONS["linewidth"] - indent) / (fmt.width + 2))))
    edge = OPTIONS["edgeitems"]
    if summarize and not edge:
        items = ["..."]
    elif summarize and a.shape[0] > 2 * edge:
        items = [fmt.format(v) for v in a[:edge]] + [" ..."] + [fmt.format(v) for v in a[-edge:]]
    else:
        items = [fmt.format(v) for v in a]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"


def _nested(a, indent, summarize, fmt):
    if a.ndim == 0:
        return fmt.format(a.item())
    if a.ndim == 1:
        return _vector(a, indent, summarize, fmt)
    edge = OPTIONS["edgeitems"]
    if summarize and a.shape[0] > 2 * edge:
        parts = ([_nested(a[i], indent + 1, summarize, fmt) for i in range(edge)] + ["..."]
                 + [_nested(a[i], indent + 1, summarize, fmt) for i in range(a.shape[0] - edge, a.shape[0])])
    else:
        parts = [_nested(a[i], indent + 1, summarize, fmt) for i in range(a.shape[0])]
    return "[" + ("," + "\n" * (a.ndim - 1) + " " * (indent + 1)).join(parts) + "]"


def _with_suffixes(text, suffixes, indent):
    out = [text]
    last_line = len(text) - text.rfind("\n") + 1
    for suffix in suffixes:
        if last_line + len(suffix) + 2 > OPTIONS["linewidth"]:
            out.append(",\n" + " " * indent + suffix)
            last_line = indent + len(suffix)
        else:
            out.append(", " + suffix)
            last_line += len(suffix) + 2
    return "".join(out) + ")"


def tensor_text(values: np.ndarray, dtype: str, default_float: str, leaf_requiring_grad: bool = False) -> str:
    """PyTorch's `repr(tensor)` of `values` (already 0-dim where the tensor is)."""
    prefix = "tensor("
    indent = len(prefix)
    shown_dtype = dtype not in (default_float, "int64", "bool")
    suffixes = []
    if values.size == 0:
        if values.ndim != 1:
            suffixes.append("size=" + str(tuple(values.shape)))
        if dtype != default_float:
            suffixes.append(f"dtype=torch.{dtype}")
        body = "[]"
    else:
        if shown_dtype:
            suffixes.append(f"dtype=torch.{dtype}")
        if values.dtype.kind == "f" and values.dtype.itemsize < 4:
            values = values.astype(np.float32)  # half precision formats through float
        summarize = values.size > OPTIONS["threshold"]
        fmt = _Formatter(_summarized(values) if summarize else values)
        body = _nested(values, indent, summarize, fmt)
    if leaf_requiring_grad:
        suffixes.append("requires_grad=True")
    return _with_suffixes(prefix + body, suffixes, indent)
