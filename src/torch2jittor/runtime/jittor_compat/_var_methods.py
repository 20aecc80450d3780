"""PyTorch tensor methods Jittor's Var lacks, installed on Var for receivers the converter could not
prove to be tensors (a function's parameter fed from another file: `data.narrow(0, 0, n)`).

The converter rewrites methods on provable tensors itself; this covers the rest. Only names Var
does not have are added (Jittor's own methods are never replaced), each doing what the converted
call does: the helper package's function, or the Var method PyTorch's name maps to with its
keywords renamed (_var_method_table.py, generated from the mapping table).
"""
from __future__ import annotations

import sys

import jittor as jt

from ._var_method_table import TABLE
from ._zero_dim import MARK as _ZERO_DIM


def _helper_method(package, target):
    def method(self, *args, **kwargs):
        return getattr(package, target)(self, *args, **kwargs)

    return method


def _renamed_method(target, links):
    def method(self, *args, **kwargs):
        return getattr(self, target)(*args, **{links.get(k, k): v for k, v in kwargs.items()})

    return method


def _assign_keeping_gradients(own, name):
    """Jittor's assign and update take the source's stop-grad flag: under `no_grad` (PyTorch
    code's `with torch.no_grad(): m.bias.zero_()`, `p.fill_(0)`, init functions, a
    `load_state_dict` inside `no_grad`) a trained parameter would silently stop getting
    gradients. PyTorch's in-place ops keep requires_grad."""
    def assign(self, value):
        trained = not self.is_stop_grad()
        out = own(self, value)
        if trained and self.is_stop_grad():
            self.start_grad()
        return out

    assign.__wrapped__ = own
    assign.__name__ = name
    return assign


def _in_place_keeping_gradients(own, name):
    """Jittor's augmented assignments (`w -= lr * g`) and item assignment (`w[0] = 1`) under
    `no_grad` leave the Var stop-grad: PyTorch's manual SGD step (`with torch.no_grad(): w -= ...`)
    or an in-place init of a slice would silently stop training it. As for assign: the Var keeps
    requiring gradients."""
    def method(self, *args):
        trained = not self.is_stop_grad()
        out = own(self, *args)
        if trained and self.is_stop_grad():
            self.start_grad()
        return out

    method.__wrapped__ = own
    method.__name__ = name
    return method


def _detach_requiring_no_gradient(own):
    """Jittor's detach gives a Var that is differentiable on its own (a new leaf); PyTorch's
    requires no gradient. The mark answers `x.requires_grad` as PyTorch (tensor_requires_grad)."""
    def detach(self):
        out = own(self)
        out._t2j_plain = True
        return out

    detach.__wrapped__ = own
    detach.__name__ = "detach"
    return detach


def _text_as_tensor(own):
    """str(x), repr(x), print(x): PyTorch's text for a tensor (_tensor_str.py), not Jittor's."""
    def text(self):
        from ._common import default_float
        from ._tensor_str import tensor_text

        try:
            values = self.numpy()
        except Exception:  # a Var that cannot be computed keeps Jittor's text (its error shows there)
            return own(self)
        if getattr(self, _ZERO_DIM, False) and values.size == 1:
            values = values.reshape(())
        return tensor_text(values, str(self.dtype), default_float(), getattr(self, "_t2j_leaf", False))

    text.__wrapped__ = own
    text.__name__ = own.__name__
    return text


def _array_taking_dtype(own):
    """np.asarray(x, float), which matplotlib's plot does with a tensor: Jittor's __array__ is its
    numpy(), which takes no dtype (plt.plot(lossi_tensor) raised). numpy's protocol: dtype, copy."""
    def __array__(self, dtype=None, copy=None):
        values = own(self)
        return values if dtype is None else values.astype(dtype, copy=False)

    __array__.__wrapped__ = own
    return __array__


# a Var's marks the helper package reads (plain tensor, parameter, leaf, 0-dim): a copy has them too
_MARKS = ("_t2j_plain", "_t2j_parameter", "_t2j_leaf", _ZERO_DIM)


def _deepcopy_keeping_marks(own):
    """`copy.deepcopy(layer)` (a TransformerEncoder's cloned layers, an EMA model): Jittor copies a
    Var through detach(), which makes the copy a plain tensor here, so the copied layer had no
    parameters in state_dict(), parameters() or the optimizer. PyTorch's copy is what the original
    was: a parameter, a buffer (requiring no gradient) or a plain tensor."""
    def __deepcopy__(self, memo):
        out = own(self, memo)
        for name in _MARKS:
            value = getattr(self, name, None)
            if value is not None or getattr(out, name, None) is not None:
                setattr(out, name, value if value is not None else False)
        if self.is_stop_grad() and not out.is_stop_grad():
            out.stop_grad()
        return out

    __deepcopy__.__wrapped__ = own
    __deepcopy__.__name__ = "__deepcopy__"
    return __deepcopy__


def _array_settled(own):
    """jt.array of one 64-bit element (`torch.tensor([-1])`, a Python number as an int64 or float64
    operand): Jittor fuses such a one-element array into the kernels that read it, and in long
    processes those kernels were seen to read it with a wrong upper half (an int64 3 read as
    3 + garbage << 32: `x % 3`, `x[torch.tensor([-1])] += 1` silently wrong, only after many other
    kernels had run). Made before use, it is read from memory like any other Var."""
    def array(data, dtype=None):
        out = own(data, dtype)
        if not isinstance(data, jt.Var) and out.numel() == 1 and out.dtype.dsize() == 8:
            out.sync()
        return out

    array.__wrapped__ = own
    array.__name__ = "array"
    return array


def _truth(own):
    """`bool(x)`, `if x.max():` of a one-element float Var: Jittor's __bool__ asserts an integer or
    bool dtype; PyTorch takes any dtype (and refuses more than one element)."""
    def __bool__(self):
        if self.dtype.is_int() or self.dtype.is_bool():
            return own(self)
        if self.numel() != 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous" if self.numel()
                               else "Boolean value of Tensor with no values is ambiguous")
        return bool(self.item())

    __bool__.__wrapped__ = own
    __bool__.__name__ = "__bool__"
    return __bool__


def _format_as_tensor(own):
    """`f"{x}"`, `"{}".format(x)` of a Var of more than one element: Jittor's __format__ takes the
    Var's item, which raises. PyTorch formats a 0-dim tensor as its number and any other as its text
    (refusing a format spec there); a one-element Var given a spec keeps Jittor's (its number)."""
    def __format__(self, spec):
        if self.numel() == 1 and (spec or getattr(self, _ZERO_DIM, False)):
            return own(self, spec)
        if spec:
            raise TypeError("unsupported format string passed to Tensor.__format__")
        return str(self)

    __format__.__wrapped__ = own
    __format__.__name__ = "__format__"
    return __format__


def _cast_returning_self(own, dtype):
    """`y = x.float()` of a float32 x is x itself in PyTorch (as `x.to(x.dtype)`, `x.type_as(x)`),
    so `y.add_(1)` changes x too; Jittor's cast makes a new Var."""
    def cast(self, *args, **kwargs):
        if not args and not kwargs and self.dtype == dtype:
            return self
        return own(self, *args, **kwargs)

    cast.__wrapped__ = own
    cast.__name__ = getattr(own, "__name__", dtype)
    cast._t2j_cast_self = True
    return cast


def _type_as_returning_self(own):
    def type_as(self, b):  # Jittor's parameter name (the converter links PyTorch's `other` to it)
        if isinstance(b, jt.Var) and self.dtype == b.dtype:
            return self
        return own(self, b)

    type_as.__wrapped__ = own
    type_as.__name__ = "type_as"
    type_as._t2j_cast_self = True
    return type_as


# Var's casts by name, and the dtype each gives (Jittor's `int` and `long` are int32)
CASTS = {"float32": "float32", "float": "float32", "float64": "float64", "double": "float64",
         "float16": "float16", "half": "float16", "int32": "int32", "int": "int32", "long": "int32",
         "int64": "int64", "int16": "int16", "int8": "int8", "uint8": "uint8", "bool": "bool"}

IN_PLACE_OPERATORS = ("__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                      "__imatmul__", "__setitem__")

# torch.Tensor properties Var lacks, read through the helper package's function (a module's
# `m.weight.is_leaf`, on a receiver the converter could not prove a tensor)
PROPERTIES = {"is_leaf": "tensor_is_leaf", "grad_fn": "tensor_grad_fn", "retains_grad": "tensor_retains_grad"}

# Var's own methods replaced, each wrapping Jittor's and named here (tests check no other is).
WRAPPED = ("assign", "update", "detach", "__bool__", "__deepcopy__", "__format__", "__str__", "__repr__", "__array__", "type_as") + IN_PLACE_OPERATORS + tuple(CASTS)


def install() -> None:
    package = sys.modules[__name__.rsplit(".", 1)[0]]
    # Jittor's graph optimizer makes item assignment and slicing write into and read from their
    # input's memory in place, which other Vars may share (Jittor's clone shares its input's
    # memory): of two clones of a temporary, `a[:, i] = 7` changed both, and lazily computed results
    # read through a slice or an assignment came out wrong depending on which Vars Python still
    # held. PyTorch's results need it off; it costs a copy per item assignment (a loop of
    # `x[i] = v` over a large x is slower).
    jt.flags.gopt_disable = 1
    if not hasattr(jt.array, "__wrapped__"):
        jt.array = _array_settled(jt.array)
    for name in ("assign", "update"):
        own = getattr(jt.Var, name)
        if not hasattr(own, "__wrapped__"):
            setattr(jt.Var, name, _assign_keeping_gradients(own, name))
    if not hasattr(jt.Var.__bool__, "__wrapped__"):
        jt.Var.__bool__ = _truth(jt.Var.__bool__)
    if not hasattr(jt.Var.__array__, "__wrapped__"):
        jt.Var.__array__ = _array_taking_dtype(jt.Var.__array__)
    for name in ("__str__", "__repr__"):
        own = getattr(jt.Var, name)
        if not hasattr(own, "__wrapped__"):
            setattr(jt.Var, name, _text_as_tensor(own))
    if not hasattr(jt.Var.__format__, "__wrapped__"):
        jt.Var.__format__ = _format_as_tensor(jt.Var.__format__)
    if not hasattr(jt.Var.detach, "__wrapped__"):
        jt.Var.detach = _detach_requiring_no_gradient(jt.Var.detach)
    if not hasattr(jt.Var.__deepcopy__, "__wrapped__"):
        jt.Var.__deepcopy__ = _deepcopy_keeping_marks(jt.Var.__deepcopy__)
    for name, dtype in CASTS.items():
        own = jt.Var.__dict__.get(name)  # wrapped whether or not _zero_dim wrapped it first
        if own is not None and not getattr(own, "_t2j_cast_self", False):
            setattr(jt.Var, name, _cast_returning_self(own, dtype))
    if not getattr(jt.Var.type_as, "_t2j_cast_self", False):
        jt.Var.type_as = _type_as_returning_self(jt.Var.type_as)
    for name in IN_PLACE_OPERATORS:
        own = jt.Var.__dict__.get(name)
        if own is not None and not hasattr(own, "__wrapped__"):
            setattr(jt.Var, name, _in_place_keeping_gradients(own, name))
    for name, target in PROPERTIES.items():
        if not hasattr(jt.Var, name):
            setattr(jt.Var, name, property(_helper_method(package, target)))
    for name, (kind, target, links) in TABLE.items():
        if hasattr(jt.Var, name):
            continue
        method = _helper_method(package, target) if kind == "helper" else _renamed_method(target, links)
        method.__name__ = name
        setattr(jt.Var, name, method)
