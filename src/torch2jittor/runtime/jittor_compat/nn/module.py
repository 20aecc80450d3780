"""torch.nn.Module's methods with PyTorch's semantics, on any Jittor module.

Converted code calls them as `t2j.module_<method>(module, ...)` (the converter's rules/module_methods.py).
Jittor's Module keeps submodules and tensors as plain attributes and differs from PyTorch's where
these helpers step in:
- every Var attribute is a parameter: its parameters()/named_parameters()/state_dict() include the
  buffers. Here a buffer is a name given to register_buffer (remembered per module, so assigning a
  new tensor to it later keeps it a buffer, as in PyTorch) or a norm layer's running statistic;
- named_modules() takes no memo/prefix/remove_duplicate, named_buffers() does not recurse, its
  lists are not iterators (`next(model.parameters())`);
- train() takes no mode, eval() stops the gradient of every parameter, apply() visits parents first;
- load_state_dict() only logs missing or unexpected keys and returns nothing;
- register_forward_hook keeps one hook per module and returns no handle to remove it;
- register_parameter, register_module, get_submodule, get_parameter, get_buffer do not exist.
A method a module class defines itself (a converted PyTorch class overriding train() or
state_dict()) is called instead, and its `super().<method>(...)` reaches the behaviour here. Objects
that are not Jittor modules (an optimizer's state_dict()) use their own method.
"""
from __future__ import annotations

import collections
import collections.abc
import functools
import itertools

import jittor as jt
import numpy as np
from jittor import nn as jnn

from .._common import dtype_name
from .._zero_dim import mark

_PACKAGE = __name__.rsplit(".", 2)[0]  # this helper package, whatever name it is imported under
_BUFFERS = "_t2j_buffers"  # module attribute: buffer name -> persistent (PyTorch's _buffers)
_FORWARD_HOOKS = "_t2j_forward_hooks"
_FORWARD_PRE_HOOKS = "_t2j_forward_pre_hooks"
# Norm layers (Jittor's, this package's and subclasses of them) keep their running statistics as plain
# attributes; PyTorch's are buffers.
_NORM_BUFFERS = ("running_mean", "running_var")
# A norm layer of this package counts its batches in a plain int: PyTorch's int64 buffer.
_BATCH_COUNT = "_num_batches_tracked"


# -- which implementation runs ----------------------------------------------------------------
def _is_base(func) -> bool:
    """Whether `func` is Jittor's or this package's (then PyTorch's behaviour is what runs)."""
    module = getattr(func, "__module__", None) or ""
    return module == "jittor" or module.startswith(("jittor.", _PACKAGE + "."))


def _own_method(obj, name):
    """The module and, when its class overrides method `name` itself, that override, bound.

    `obj` may be `super()` inside such an override: the method the rest of the class hierarchy
    provides is the one looked at."""
    if isinstance(obj, super):
        method = getattr(obj, name, None)
        func = getattr(method, "__func__", method)
        return obj.__self__, (None if method is None or _is_base(func) else method)
    if not isinstance(obj, jt.Module):
        return obj, getattr(obj, name)  # not a Jittor module: its own method, whatever it does
    func = getattr(type(obj), name, None)
    return obj, (None if func is None or _is_base(func) else getattr(obj, name))


def _torch_method(name):
    """The helper for `module.<name>(...)`: the override of the module's class when it has one
    (called with the arguments as written), else the decorated function, PyTorch's behaviour."""
    def deco(base):
        @functools.wraps(base)
        def helper(module, *args, **kwargs):
            target, own = _own_method(module, name)
            if own is not None:
                return own(*args, **kwargs)
            return base(target, *args, **kwargs)
        return helper
    return deco


# -- the tree --------------------------------------------------------------------------------
def _children(module):
    """(name, submodule) in registration order, as PyTorch's `_modules` (`self._stem` included, as
    both frameworks do; a `_`-prefixed Var is no parameter, as in Jittor's state_dict)."""
    d = module.__dict__
    layers = d.get("layers") if isinstance(module, jnn.Sequential) else None
    items = []
    if isinstance(layers, dict):
        items = [(str(k), v) for k, v in layers.items() if isinstance(v, jt.Module)]
    seen = {name for name, _ in items}
    for k, v in d.items():
        if isinstance(v, jt.Module) and k not in seen:
            items.append((k, v))
    return items


def _buffer_names(module) -> dict:
    names = module.__dict__.get(_BUFFERS)
    if names is not None:
        return names
    return {k: True for k in _NORM_BUFFERS if isinstance(module.__dict__.get(k), jt.Var)}


def _own_parameters(module):
    """(name, Var) of the module itself that PyTorch would hold in `_parameters`."""
    d = module.__dict__
    if isinstance(module, jnn.ParameterList) and isinstance(d.get("params"), dict):
        return [(str(k), v) for k, v in d["params"].items() if isinstance(v, jt.Var)]
    buffers = _buffer_names(module)
    return [(k, v) for k, v in d.items()
            if isinstance(v, jt.Var) and not k.startswith("_") and k not in buffers and not _plain(v)]


def _plain(var) -> bool:
    """A tensor a creation function made or detach() gave, never made a Parameter (nor to require
    gradients): `self.scale = torch.ones(3)` is a plain attribute in PyTorch, neither parameter nor
    buffer (Jittor counts every Var attribute as a parameter)."""
    return getattr(var, "_t2j_plain", False) and not getattr(var, "_t2j_parameter", False)


def _own_buffers(module, persistent_only=False):
    """(name, Var) of the module's buffers, PyTorch's `_buffers` (None ones left out)."""
    d = module.__dict__
    out = [(k, d[k]) for k, persistent in _buffer_names(module).items()
           if isinstance(d.get(k), jt.Var) and (persistent or not persistent_only)]
    if isinstance(d.get(_BATCH_COUNT), int) and getattr(module, "track_running_stats", False):
        out.append(("num_batches_tracked", mark(jt.array(d[_BATCH_COUNT], "int64").stop_grad())))  # 0-dim
    return out


def _join(prefix, name):
    return prefix + ("." if prefix else "") + name


# -- registration ----------------------------------------------------------------------------
def _check_name(module, name, kind, free):
    """PyTorch's checks of a name to register; `free`: whatever the module holds under it may be replaced."""
    if not isinstance(name, str):
        raise TypeError(f"{kind} name should be a string. Got {type(name).__name__}")
    if "." in name:
        raise KeyError(f'{kind} name can\'t contain "."' + (f", got: {name}" if kind == "module" else ""))
    if name == "":
        raise KeyError(f'{kind} name can\'t be empty string ""')
    if not free:
        raise KeyError(f"attribute '{name}' already exists")


@_torch_method("register_buffer")
def register_module_buffer(module, name, tensor, persistent=True):
    """`module.register_buffer(name, tensor, persistent)`: `None` is a buffer filled later; a buffer is
    never trained (stop_grad: optimizers skip it) and a non-persistent one stays out of state_dict."""
    held = module.__dict__.get(name)
    _check_name(module, name, "buffer", name not in module.__dict__ or held is None or isinstance(held, jt.Var))
    if tensor is not None and not isinstance(tensor, jt.Var):
        raise TypeError(f"cannot assign '{type(tensor).__name__}' object to buffer '{name}' (torch Tensor or None required)")
    names = module.__dict__.get(_BUFFERS)
    if names is None:
        names = dict(_buffer_names(module))
        object.__setattr__(module, _BUFFERS, names)
    names[name] = bool(persistent)
    if tensor is not None:
        tensor.stop_grad()
        tensor.persistent = bool(persistent)  # read by Jittor's own state_dict
    object.__setattr__(module, name, tensor)


@_torch_method("register_parameter")
def module_register_parameter(module, name, param):
    """`module.register_parameter(name, param)`; `None` leaves an empty slot, as in PyTorch."""
    held = module.__dict__.get(name)
    _check_name(module, name, "parameter", name not in module.__dict__ or held is None or isinstance(held, jt.Var))
    if param is not None and not isinstance(param, jt.Var):
        raise TypeError(f"cannot assign '{type(param).__name__}' object to parameter '{name}' "
                        "(torch.nn.Parameter or None required)")
    module.__dict__.get(_BUFFERS, {}).pop(name, None)
    setattr(module, name, param)


def _add_module(module, name, child):
    if child is not None and not isinstance(child, jt.Module):
        raise TypeError(f"{type(child).__name__} is not a Module subclass")
    held = module.__dict__.get(name)
    _check_name(module, name, "module", name not in module.__dict__ or held is None or isinstance(held, jt.Module))
    layers = module.__dict__.get("layers") if isinstance(module, jnn.Sequential) else None
    if isinstance(layers, dict) and child is not None:
        layers[name] = child  # a Sequential runs its `layers`
    else:
        setattr(module, name, child)


module_add_module = _torch_method("add_module")(_add_module)
module_register_module = _torch_method("register_module")(_add_module)


@_torch_method("get_submodule")
def module_get_submodule(module, target=""):
    mod = module
    for item in target.split(".") if target else ():
        children = dict(_children(mod))
        if item not in children:
            if item in mod.__dict__:
                raise AttributeError("`" + item + "` is not an nn.Module")
            raise AttributeError(type(mod).__name__ + " has no attribute `" + item + "`")
        mod = children[item]
    return mod


def _get_member(module, target, own_members, what):
    module_path, _, name = target.rpartition(".")
    mod = module_get_submodule(module, module_path)
    if name not in mod.__dict__:
        raise AttributeError(type(mod).__name__ + " has no attribute `" + name + "`")
    members = dict(own_members(mod))
    if name not in members:
        raise AttributeError("`" + name + "` is not " + what)
    return members[name]


@_torch_method("get_parameter")
def module_get_parameter(module, target):
    return _get_member(module, target, _own_parameters, "an nn.Parameter")


@_torch_method("get_buffer")
def module_get_buffer(module, target):
    return _get_member(module, target, _own_buffers, "a buffer")


# -- iteration (generators, as PyTorch's: `next(model.parameters())`) --------------------------
@_torch_method("named_children")
def module_named_children(module):
    memo = set()
    for name, child in _children(module):
        if id(child) not in memo:
            memo.add(id(child))
            yield name, child


@_torch_method("children")
def module_children(module):
    for _, child in module_named_children(module):
        yield child


@_torch_method("named_modules")
def module_named_modules(module, memo=None, prefix="", remove_duplicate=True):
    if memo is None:
        memo = set()
    if module in memo:
        return
    if remove_duplicate:
        memo.add(module)
    yield prefix, module
    for name, child in _children(module):
        yield from module_named_modules(child, memo, _join(prefix, name), remove_duplicate)


@_torch_method("modules")
def module_modules(module):
    for _, m in module_named_modules(module):
        yield m


def _named_members(module, members, prefix, recurse, remove_duplicate):
    found = set()
    owners = (module_named_modules(module, prefix=prefix, remove_duplicate=remove_duplicate) if recurse
              else [(prefix, module)])
    for owner_prefix, owner in owners:
        for name, value in members(owner):
            if remove_duplicate:
                if id(value) in found:
                    continue
                found.add(id(value))
            yield _join(owner_prefix, name), value


@_torch_method("named_parameters")
def module_named_parameters(module, prefix="", recurse=True, remove_duplicate=True):
    yield from _named_members(module, _own_parameters, prefix, recurse, remove_duplicate)


@_torch_method("parameters")
def module_parameters(module, recurse=True):
    for _, p in module_named_parameters(module, recurse=recurse):
        yield p


@_torch_method("named_buffers")
def module_named_buffers(module, prefix="", recurse=True, remove_duplicate=True):
    yield from _named_members(module, _own_buffers, prefix, recurse, remove_duplicate)


@_torch_method("buffers")
def module_buffers(module, recurse=True):
    for _, b in module_named_buffers(module, recurse=recurse):
        yield b


# -- state -----------------------------------------------------------------------------------
@_torch_method("state_dict")
def module_state_dict(module, *args, destination=None, prefix="", keep_vars=False):
    """PyTorch's keys and order: each module's parameters, then its persistent buffers, then its
    children's; a module reached twice (shared) is listed under each name, as in PyTorch."""
    if args:  # PyTorch's deprecated positional form: (destination, prefix, keep_vars)
        destination, prefix, keep_vars = (list(args) + [destination, prefix, keep_vars][len(args):])[:3]
    if destination is None:
        destination = collections.OrderedDict()
    for name, value in _own_parameters(module) + _own_buffers(module, persistent_only=True):
        destination[prefix + name] = value
    for name, child in _children(module):
        module_state_dict(child, destination=destination, prefix=prefix + name + ".", keep_vars=keep_vars)
    return destination


IncompatibleKeys = collections.namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])


def _as_var(value):
    if isinstance(value, jt.Var):
        return value
    if hasattr(value, "detach") and hasattr(value, "cpu"):  # a torch tensor, where torch is at hand
        value = value.detach().cpu().numpy()
    return jt.array(value)


@_torch_method("load_state_dict")
def module_load_state_dict(module, state_dict, strict=True, assign=False):
    """Copies `state_dict` into the module's parameters and buffers; returns PyTorch's
    `(missing_keys, unexpected_keys)` and raises PyTorch's RuntimeError on a size mismatch, or on
    missing or unexpected keys when `strict`."""
    if not isinstance(state_dict, collections.abc.Mapping):
        raise TypeError(f"Expected state_dict to be dict-like, got {type(state_dict)}.")
    errors, missing, unexpected = [], [], []
    _load(module, state_dict, "", assign, errors, missing, unexpected)
    if strict:
        if unexpected:
            errors.insert(0, "Unexpected key(s) in state_dict: {}. ".format(", ".join(f'"{k}"' for k in unexpected)))
        if missing:
            errors.insert(0, "Missing key(s) in state_dict: {}. ".format(", ".join(f'"{k}"' for k in missing)))
    if errors:
        raise RuntimeError("Error(s) in loading state_dict for {}:\n\t{}".format(
            type(module).__name__, "\n\t".join(errors)))
    return IncompatibleKeys(missing, unexpected)


def _load(module, state_dict, prefix, assign, errors, missing, unexpected):
    """One module's share, as PyTorch's `_load_from_state_dict`, then its children's."""
    local = _own_parameters(module) + _own_buffers(module, persistent_only=True)
    for name, current in local:
        key = prefix + name
        if key not in state_dict:
            missing.append(key)
            continue
        value = _as_var(state_dict[key])
        # Jittor has no 0-dim Var: one element stands for a PyTorch scalar of either shape
        if value.numel() != current.numel() or (list(value.shape) != list(current.shape) and value.numel() != 1):
            errors.append(f"size mismatch for {key}: copying a param with shape {tuple(value.shape)} from "
                          f"checkpoint, the shape in current model is {tuple(current.shape)}.")
            continue
        value = value.cast(current.dtype).reshape(current.shape)
        if name == "num_batches_tracked" and isinstance(module.__dict__.get(_BATCH_COUNT), int):
            object.__setattr__(module, _BATCH_COUNT, int(value.item()))
        elif assign:
            if _plain(value) and not _plain(current):
                value._t2j_parameter = True  # assigned, it stays the parameter it replaces (PyTorch)
            object.__setattr__(module, name, value.stop_grad() if current.is_stop_grad() else value)
        else:
            current.update(value)
    children = _children(module)
    local_names = {name for name, _ in local} | {name for name, _ in children}
    for key in state_dict:
        if key.startswith(prefix) and key[len(prefix):].split(".", 1)[0] not in local_names:
            unexpected.append(key)
    for name, child in children:
        _load(child, state_dict, prefix + name + ".", assign, errors, missing, unexpected)


# -- modes -----------------------------------------------------------------------------------
@_torch_method("train")
def module_train(module, mode=True):
    """Sets `training` on the module and, through their own train(), on its children."""
    if not isinstance(mode, bool):
        raise ValueError("training mode is expected to be boolean")
    module.training = mode
    for child in module_children(module):
        module_train(child, mode)
    return module


@_torch_method("eval")
def module_eval(module):
    return module_train(module, False)


@_torch_method("apply")
def module_apply(module, fn):
    """`fn` on every submodule, children before their parent (as PyTorch)."""
    for child in module_children(module):
        module_apply(child, fn)
    fn(module)
    return module


# -- forward hooks ---------------------------------------------------------------------------
_handle_ids = itertools.count()


class RemovableHandle:
    """What register_forward_hook returns: `handle.remove()` takes the hook off."""

    def __init__(self, hooks):
        self.hooks_dict_ref = hooks
        self.id = next(_handle_ids)

    def remove(self):
        self.hooks_dict_ref.pop(self.id, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


def _run_forward_pre_hooks(module, args, kwargs=None):
    kwargs = dict(kwargs or {})
    for hook, with_kwargs in list(module.__dict__[_FORWARD_PRE_HOOKS].values()):
        if with_kwargs:
            result = hook(module, args, kwargs)
            if result is not None:
                if not (isinstance(result, tuple) and len(result) == 2):
                    raise RuntimeError("forward pre-hook must return None or a tuple of (new_args, new_kwargs), "
                                       f"but got {result}.")
                args, kwargs = result
        else:
            result = hook(module, args)
            if result is not None:
                args = result if isinstance(result, tuple) else (result,)
    return args, kwargs  # Jittor's call takes (args, kwargs) back


def _run_forward_hooks(module, args, output, kwargs=None):
    for hook, with_kwargs in list(module.__dict__[_FORWARD_HOOKS].values()):
        result = hook(module, args, kwargs or {}, output) if with_kwargs else hook(module, args, output)
        if result is not None:
            output = result
    return output


def _add_hook(module, attribute, hook, with_kwargs, prepend, install):
    """Jittor calls one hook per module: that one runs the module's list, in PyTorch's order."""
    hooks = module.__dict__.get(attribute)
    if hooks is None:
        hooks = collections.OrderedDict()
        object.__setattr__(module, attribute, hooks)
        install(module)
    handle = RemovableHandle(hooks)
    hooks[handle.id] = (hook, with_kwargs)
    if prepend:
        hooks.move_to_end(handle.id, last=False)
    return handle


@_torch_method("register_forward_pre_hook")
def module_register_forward_pre_hook(module, hook, *, prepend=False, with_kwargs=False):
    return _add_hook(module, _FORWARD_PRE_HOOKS, hook, with_kwargs, prepend,
                     lambda m: jt.Module.register_pre_forward_hook(m, _run_forward_pre_hooks))


@_torch_method("register_forward_hook")
def module_register_forward_hook(module, hook, *, prepend=False, with_kwargs=False, always_call=False):
    return _add_hook(module, _FORWARD_HOOKS, hook, with_kwargs, prepend,
                     lambda m: jt.Module.register_forward_hook(m, _run_forward_hooks))


# -- dtypes, gradients, the rest ---------------------------------------------------------------
def _cast_floating(module, dtype):
    """PyTorch's float()/double(): every floating parameter and buffer, in place (an optimizer
    holding them keeps them); Jittor's Module has float32()/float64() under other names."""
    for m in module_modules(module):
        for _, p in _own_parameters(m):
            if p.dtype.is_float() and p.dtype != dtype:
                p.assign(p.cast(dtype))
        for name, b in _own_buffers(m):
            if b.dtype.is_float() and b.dtype != dtype:  # Jittor's assign keeps a stopped Var's dtype
                cast = b.cast(dtype).stop_grad()
                cast.persistent = getattr(b, "persistent", True)
                object.__setattr__(m, name, cast)
    return module


@_torch_method("float")
def module_float(module):
    return _cast_floating(module, jt.float32)


@_torch_method("double")
def module_double(module):
    return _cast_floating(module, jt.float64)


@_torch_method("half")
def module_half(module):
    """PyTorch's half(): the floating parameters and buffers to float16."""
    return _cast_floating(module, jt.float16)


@_torch_method("bfloat16")
def module_bfloat16(module):
    return _cast_floating(module, jt.bfloat16)


@_torch_method("type")
def module_type(module, dst_type):
    """PyTorch's Module.type(dtype): every parameter and buffer cast to it (integer ones too; a
    norm layer's num_batches_tracked stays the int count it is here)."""
    dtype = dtype_name(dst_type)
    for m in module_modules(module):
        for _, p in _own_parameters(m):
            if str(p.dtype) != dtype:
                p.assign(p.cast(dtype))
        for name, b in _own_buffers(m):
            if str(b.dtype) != dtype:
                if name == "num_batches_tracked" and isinstance(m.__dict__.get(_BATCH_COUNT), int):
                    continue  # kept as the int PyTorch's buffer counts
                cast = b.cast(dtype).stop_grad()
                cast.persistent = getattr(b, "persistent", True)
                object.__setattr__(m, name, cast)
    return module


@_torch_method("requires_grad_")
def module_requires_grad_(module, requires_grad=True):
    """Starts or stops the gradient of every parameter (Jittor's namesake runs the forward without
    any gradient instead, which stops the inputs' gradients too)."""
    for p in module_parameters(module):
        if requires_grad:
            p.start_grad()
        else:
            p.stop_grad()
    return module


@_torch_method("set_submodule")
def module_set_submodule(module, target, submodule, strict=False):
    if target == "":
        raise ValueError("Cannot set the submodule without a target name!")
    parent_path, _, name = target.rpartition(".")
    parent = module_get_submodule(module, parent_path)
    if strict and name not in dict(_children(parent)):
        raise AttributeError(type(parent).__name__ + " has no attribute `" + name + "`")
    if not isinstance(submodule, jt.Module):
        raise ValueError("`" + "submodule" + f"` is not an instance of torch.nn.Module, but {type(submodule)}")
    _add_module(parent, name, submodule) if name not in parent.__dict__ else setattr(parent, name, submodule)


@_torch_method("share_memory")
def module_share_memory(module):
    return module  # one process: nothing to share


@_torch_method("compile")
def module_compile(module, *args, **kwargs):
    return None  # Jittor compiles its operators itself; the module runs eagerly as written


# -- what PyTorch code calls on any module, given to Jittor's classes at import -----------------------
def _forward(self, *args, **kwargs):
    """`layer.forward(x)` on a module the converter could not prove to be one (hrnet's
    `down.forward(y)` over a list of Sequentials): Jittor's modules compute in `execute`."""
    return self.execute(*args, **kwargs)


def _reset_weight_and_bias(self):
    """PyTorch's default init of Linear and the convolutions: kaiming_uniform_(a=sqrt(5)) for the
    weight and U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for the bias, both bounded by 1/sqrt(fan_in)."""
    weight = getattr(self, "weight", None)
    if weight is None:
        return
    fan_in = int(weight.shape[1]) * int(np.prod([int(s) for s in weight.shape[2:]], dtype=np.int64))
    bound = 1.0 / max(fan_in, 1) ** 0.5
    weight.assign(jt.init.uniform(tuple(weight.shape), str(weight.dtype), -bound, bound))
    bias = getattr(self, "bias", None)
    if isinstance(bias, jt.Var):
        bias.assign(jt.init.uniform(tuple(bias.shape), str(bias.dtype), -bound, bound))


def _fill(module, values) -> None:
    """Set each (name, value) the module holds as a Var to that constant, keeping shape and dtype."""
    for name, value in values:
        var = getattr(module, name, None)
        if isinstance(var, jt.Var):
            var.assign(jt.full(tuple(var.shape), value, str(var.dtype)))


def _reset_running_stats(self):
    _fill(self, (("running_mean", 0.0), ("running_var", 1.0)))
    if isinstance(self.__dict__.get(_BATCH_COUNT), int):
        self._num_batches_tracked = 0  # PyTorch zeroes num_batches_tracked too


def _reset_norm(self):
    """PyTorch's default init of the normalisation layers: running statistics 0 and 1, weight 1, bias 0."""
    _reset_running_stats(self)
    _fill(self, (("weight", 1.0), ("bias", 0.0)))


def _reset_embedding(self):
    self.weight.assign(jt.randn(tuple(self.weight.shape), str(self.weight.dtype)))
    padding_idx = getattr(self, "padding_idx", None)
    if padding_idx is not None:
        self.weight[padding_idx, ...] = 0.0


def _install_module_methods() -> None:
    """Give Jittor's module classes the PyTorch methods subclasses call on them (`super().
    reset_parameters()` in timm's ScaledStdConv2d), never replacing a method a class has."""
    additions = [(jt.Module, "forward", _forward)]
    for name in ("Linear", "Conv", "Conv1d", "Conv3d", "ConvTranspose", "ConvTranspose3d"):
        additions.append((getattr(jnn, name), "reset_parameters", _reset_weight_and_bias))
    for name in ("BatchNorm", "BatchNorm1d", "BatchNorm3d", "InstanceNorm", "LayerNorm", "GroupNorm"):
        cls = getattr(jnn, name, None)
        if cls is not None:
            additions.append((cls, "reset_parameters", _reset_norm))
            if "Norm" in name and name.startswith(("Batch", "Instance")):
                additions.append((cls, "reset_running_stats", _reset_running_stats))
    additions.append((jnn.Embedding, "reset_parameters", _reset_embedding))
    for cls, name, method in additions:
        if not hasattr(cls, name):
            setattr(cls, name, method)


_install_module_methods()


def _pytorch_behaviour(helper, own, name, jittor_keywords=frozenset()):
    """Jittor's `name` on every module replaced by `helper`'s PyTorch behaviour (the function it
    decorates: a class's own override, reached first by Python, is not looked up again); a call
    with one of `jittor_keywords`, which only Jittor's form takes, still goes to Jittor's."""
    base = helper.__wrapped__

    def method(self, *args, **kwargs):
        if jittor_keywords and not jittor_keywords.isdisjoint(kwargs):
            return own(self, *args, **kwargs)
        return base(self, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__doc__ = base.__doc__
    method.__wrapped__ = own
    method._t2j_module_method = True
    return method


# Module methods Jittor has with other behaviour, reached on receivers the converter could not prove
# to be modules (`self.model.eval()` in a user's Trainer, a model passed from another file): Jittor's
# eval() stops every parameter's gradient until its own train() (the helper's train() left training
# silently stopped), its state_dict() lacks num_batches_tracked and lists plain tensor attributes,
# load_state_dict() never raises and returns nothing, train() takes no mode, apply() visits parents
# first. Provable modules get the same helpers by the converter.
_PYTORCH_MODULE_METHODS = {"train": module_train, "eval": module_eval, "state_dict": module_state_dict,
                          "load_state_dict": module_load_state_dict, "apply": module_apply}
# keywords of Jittor's own form (its named_parameters calls `self.state_dict(recurse=...)`)
_JITTOR_KEYWORDS = {"state_dict": frozenset({"to", "recurse"})}


def _install_pytorch_module_methods() -> None:
    for name, helper in _PYTORCH_MODULE_METHODS.items():
        own = jt.Module.__dict__.get(name)
        if own is not None and not getattr(own, "_t2j_module_method", False):
            setattr(jt.Module, name, _pytorch_behaviour(helper, own, name, _JITTOR_KEYWORDS.get(name, frozenset())))


_install_pytorch_module_methods()


def _name_layer_classes() -> None:
    """The class names PyTorch gives the layers converted code makes with Jittor's own classes:
    Jittor's nn.ReLU, nn.LeakyReLU, ... are `make_module` classes named after the function (`relu`,
    `leaky_relu`) and nn.Conv2d is `Conv`, so `type(m).__name__`, `m.__class__.__name__ ==
    "Conv2d"` (weight-init functions) and printed models showed other names. They are bound in
    jittor.nn under the new names, so pickle still finds them."""
    for attribute, name in (("Relu", "ReLU"), ("Leaky_relu", "LeakyReLU"), ("ReLU6", "ReLU6"), ("SiLU", "SiLU"),
                            ("GELU", "GELU"), ("Softmax", "Softmax"), ("Conv", "Conv2d")):
        cls = getattr(jnn, attribute, None)
        if isinstance(cls, type) and getattr(jnn, name, None) is cls:
            cls.__name__ = cls.__qualname__ = name
            cls.__module__ = jnn.__name__


_name_layer_classes()
