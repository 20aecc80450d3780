"""torch.nn containers and parameters on Jittor's: PyTorch's list and dict methods, parameter naming."""
from __future__ import annotations

import collections

import jittor as jt
from jittor import nn as jnn

from ..optim import _mark_leaf


def _module_list_class():
    from jittor import nn as jnn

    class ModuleList(jnn.ModuleList):
        """Jittor's ModuleList (its Sequential) plus PyTorch's list methods: extend, insert, +=.
        Built from any iterable of modules (a generator too: Jittor's takes lists only)."""

        def __init__(self, modules=None):
            super().__init__(*([] if modules is None else [list(modules)]))

        def extend(self, modules):
            for module in modules:
                self.append(module)
            return self

        def __iadd__(self, modules):
            return self.extend(modules)

        def insert(self, index, module):
            items = list(self.layers.values())
            items.insert(index if index >= 0 else len(items) + index, module)
            self.layers.clear()
            for module in items:
                self.append(module)

    return ModuleList


ModuleList = _module_list_class()


def _sequential_class():
    import jittor as jt
    from jittor import nn as jnn

    class Sequential(jnn.Sequential):
        """Base for Sequential subclasses: submodules assigned as attributes join the sequence in
        assignment order, as in PyTorch (Jittor's Sequential only runs what it was given)."""

        def __setattr__(self, name, value):
            if isinstance(value, jt.Module) and "layers" in self.__dict__:
                self.layers[name] = value
            super().__setattr__(name, value)

    return Sequential


Sequential = _sequential_class()


def _sequential_getitem(self, idx):
    """`model[:2]`: PyTorch slices a Sequential into a Sequential (its keys kept) and a ModuleList into a
    ModuleList (renumbered); Jittor's Sequential (its ModuleList too) returns a plain list."""
    if not isinstance(idx, slice):
        return _jittor_getitem(self, idx)
    items = list(self.layers.items())[idx]
    out = type(self).__new__(type(self))
    if isinstance(self, ModuleList):
        jnn.Sequential.__init__(out, [m for _, m in items])
    else:
        jnn.Sequential.__init__(out, collections.OrderedDict(items))
    return out


_jittor_getitem = jnn.Sequential.__dict__["__getitem__"]
if getattr(_jittor_getitem, "__name__", "") != "_sequential_getitem":
    jnn.Sequential.__getitem__ = _sequential_getitem
else:  # the helper package imported twice under two names: keep Jittor's original underneath
    _jittor_getitem = _jittor_getitem.__globals__["_jittor_getitem"]


# PyTorch's Sequential list methods that Jittor's lacks (append returned None there): a converted
# `seq.insert(1, m)` or `seq[0] = m` raised AttributeError/TypeError. Keys stay "0", "1", ... as in
# PyTorch, which renumbers after insert and delete.
def _renumber(seq, modules):
    seq.layers.clear()
    for i, module in enumerate(modules):
        seq.layers[str(i)] = module


def _sequential_key(seq, idx):
    keys = list(seq.layers.keys())
    if not -len(keys) <= idx < len(keys):
        raise IndexError(f"index {idx} is out of range")
    return keys[idx]


def _sequential_append(self, module):
    _jittor_append(self, module)
    return self


def _sequential_extend(self, modules):
    for module in modules:
        self.append(module)
    return self


def _sequential_insert(self, index, module):
    n = len(self.layers)
    if not -n <= index <= n:
        raise IndexError(f"Index out of range: {index}")
    items = list(self.layers.values())
    items.insert(index if index >= 0 else n + index, module)
    _renumber(self, items)
    return self


def _sequential_setitem(self, idx, module):
    self.layers[_sequential_key(self, idx)] = module


def _sequential_delitem(self, idx):
    keys = list(self.layers.keys())
    for key in (keys[idx] if isinstance(idx, slice) else [_sequential_key(self, idx)]):
        del self.layers[key]
    _renumber(self, list(self.layers.values()))


def _sequential_pop(self, idx):
    module = self[idx]
    del self[idx]
    return module


_jittor_append = jnn.Sequential.__dict__["append"]
if getattr(_jittor_append, "__name__", "") != "_sequential_append":
    jnn.Sequential.append = _sequential_append
else:
    _jittor_append = _jittor_append.__globals__["_jittor_append"]
for _name, _method in (("extend", _sequential_extend), ("insert", _sequential_insert),
                       ("__setitem__", _sequential_setitem), ("__delitem__", _sequential_delitem),
                       ("pop", _sequential_pop)):
    if getattr(jnn.Sequential.__dict__.get(_name), "__name__", _method.__name__) == _method.__name__:
        setattr(jnn.Sequential, _name, _method)  # absent in Jittor, or ours from an earlier import


# containers and parameters
class _ParameterType(type):
    def __instancecheck__(cls, obj):
        """A Var Parameter() made, or one a Jittor layer made (a leaf requiring gradients that no
        creation function or requires_grad_() made): what PyTorch's modules hold as Parameters."""
        if not isinstance(obj, jt.Var):
            return False
        if getattr(obj, "_t2j_parameter", False):
            return True
        if obj.is_stop_grad() or getattr(obj, "_t2j_plain", False):
            return False
        if getattr(obj, "_t2j_leaf", False):
            return False  # torch.ones(2, requires_grad=True): a leaf, not a Parameter
        from ..tensor_methods import _is_graph_leaf

        return _is_graph_leaf(obj)


class Parameter(metaclass=_ParameterType):
    """torch.nn.Parameter: in Jittor every Var held by a Module is a parameter; `Parameter(x)` is a
    Var (a leaf requiring gradients unless requires_grad=False), and `isinstance(v, Parameter)`
    tells a parameter from other tensors."""

    def __new__(cls, data=None, requires_grad=True):
        v = jt.zeros((0,), "float32") if data is None else data.detach().clone()
        if not requires_grad:
            v.stop_grad()
        else:
            if v.is_stop_grad():
                v.start_grad()
            _mark_leaf(v)  # a leaf requiring gradients: backward() fills its .grad, module or not
        v._t2j_parameter = True
        return v


class ModuleDict(jnn.Sequential):
    """An ordered dict of modules; parameters are named `<key>.<name>` as in PyTorch."""

    def __init__(self, modules=None):
        self.layers = collections.OrderedDict()
        if modules is not None:
            self.update(modules)

    def execute(self, *args, **kw):
        raise NotImplementedError("ModuleDict is not callable")

    def __getitem__(self, key):
        return self.layers[key]

    def __setitem__(self, key, module):
        self.add_module(key, module)

    def __delitem__(self, key):
        del self.layers[key]

    def __contains__(self, key):
        return key in self.layers

    def __iter__(self):
        return iter(self.layers.keys())

    def __len__(self):
        return len(self.layers)

    def keys(self):
        return self.layers.keys()

    def values(self):
        return self.layers.values()

    def items(self):
        return self.layers.items()

    def pop(self, key):
        return self.layers.pop(key)

    def clear(self):
        self.layers.clear()

    def update(self, modules):
        items = modules.items() if hasattr(modules, "items") else modules
        for key, module in items:
            self.add_module(key, module)


class ParameterList(jnn.ParameterList):
    """A list of parameters, named `0`, `1`, ... as in PyTorch (loadable by load_parameters)."""

    def __init__(self, values=None):
        self.params = collections.OrderedDict()
        if values is not None:
            self.extend(values)

    def __getattr__(self, key):
        params = self.__dict__.get("params")
        if params is not None and isinstance(key, str) and key.isdigit() and int(key) in params:
            return params[int(key)]
        return super().__getattr__(key)

    def __getitem__(self, idx):
        values = list(self.params.values())
        if isinstance(idx, slice):
            return ParameterList(values[idx])
        return values[idx]

    def __setitem__(self, idx, value):
        self.params[list(self.params.keys())[idx]] = value

    def append(self, value):
        self.params[len(self.params)] = value
        return self

    def extend(self, values):
        for v in values:
            self.append(v)
        return self

    def __iter__(self):
        return iter(self.params.values())


class ParameterDict(jnn.ParameterList):
    """A dict of parameters, named by their keys as in PyTorch."""

    def __init__(self, parameters=None):
        self.params = collections.OrderedDict()
        if parameters is not None:
            self.update(parameters)

    def __getattr__(self, key):
        params = self.__dict__.get("params")
        if params is not None and key in params:
            return params[key]
        return super().__getattr__(key)

    def __getitem__(self, key):
        return self.params[key]

    def __setitem__(self, key, value):
        self.params[key] = value

    def __delitem__(self, key):
        del self.params[key]

    def __contains__(self, key):
        return key in self.params

    def __iter__(self):
        return iter(self.params.keys())

    def pop(self, key):
        return self.params.pop(key)

    def get(self, key, default=None):
        return self.params.get(key, default)

    def update(self, parameters):
        items = parameters.items() if hasattr(parameters, "items") else parameters
        for key, value in items:
            self.params[key] = value


class DataParallel(jt.Module):
    """Single-process stand-in: holds `module` (parameters named `module.*`, as in PyTorch) and calls it."""

    def __init__(self, module, device_ids=None, output_device=None, dim=0):
        self.module = module

    def execute(self, *args, **kw):
        return self.module(*args, **kw)
