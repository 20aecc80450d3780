"""autograd's backward and `.grad`, torch.optim and its lr schedulers, gradient clipping.

Jittor's Var has no backward() and no .grad: gradients come from `jt.grad(loss, targets)` and
Jittor's optimizers keep them inside themselves. PyTorch code reads `p.grad`, calls backward()
with no optimizer (manual SGD), or with several (GANs), and clips gradients by parameter. So this
module keeps PyTorch's model: `backward(loss)` differentiates the loss with respect to every
trainable parameter it knows and accumulates the result per parameter; `grad_of(p)` reads it;
optimizers step from it and zero it. The parameters it knows: those of every live Jittor module,
of every optimizer built, every tensor made to require gradients, or those passed as `inputs=`.
"""
from __future__ import annotations

import bisect
import collections.abc as collections_abc
import gc
import itertools
import math
import re
import sys
import weakref

import jittor as jt
import numpy as np

from ._zero_dim import mark

# Kept on the jittor module, so that every copy of this package in one process shares them: a
# script converted on its own (its copy beside it) drives a package converted apart (its own
# copy), and its loss.backward() must fill the gradients that package's optimizer steps from.
_grads = jt.__dict__.setdefault("_t2j_gradients", {})  # id(parameter) -> [parameter, gradient Var]: `p.grad`
_owners = jt.__dict__.setdefault("_t2j_gradient_owners", [])  # weak refs: optimizers/modules backward() targets
# id(tensor) -> tensor: tensors made to require gradients (`torch.randn(..., requires_grad=True)`,
# `x.requires_grad_()`, nn.Parameter) and those whose gradient is retained (`y.retain_grad()`):
# backward() fills their `.grad` too, as PyTorch does for every leaf the loss reaches.
_leaves = jt.__dict__.setdefault("_t2j_leaves", {})


# id(module) -> weak ref, for every Jittor module made after this package was imported: backward()
# fills the gradients of their parameters too, as PyTorch fills every leaf the loss reaches, also
# where an optimizer covers only some of them (or one from an earlier script is still alive)
_modules = jt.__dict__.setdefault("_t2j_modules", {})


def _tracked_new(cls, *args, **kwargs):
    module = object.__new__(cls)
    key = id(module)

    def forget(ref, key=key):
        if _modules.get(key) is ref:
            del _modules[key]

    _modules[key] = weakref.ref(module, forget)
    return module


if "__new__" not in jt.Module.__dict__:
    jt.Module.__new__ = staticmethod(_tracked_new)


def _live_modules():
    return [m for m in (ref() for ref in list(_modules.values())) if m is not None]


def _own_vars(module):
    """The Vars a module holds itself (its submodules hold theirs), as Module.parameters() finds them."""
    held = module.params if isinstance(module, jt.nn.ParameterList) else module.__dict__
    return [v for k, v in held.items() if isinstance(v, jt.Var) and not (isinstance(k, str) and k.startswith("_"))]


def _register_owner(owner):
    for ref in _owners:
        if ref() is owner:
            return
    _owners[:] = [ref for ref in _owners if ref() is not None]
    _owners.append(weakref.ref(owner))


def _params_of(owner):
    if hasattr(owner, "param_groups"):
        return [p for group in owner.param_groups for p in group["params"]]
    return list(owner.parameters())


def _differentiable(p):
    return isinstance(p, jt.Var) and not p.is_stop_grad() and p.dtype.is_float()


def _keep_grad(x):
    """backward() fills `x.grad` (a leaf made to require gradients, or a retained one)."""
    _leaves[id(x)] = x


def _keeps_grad(x):
    return _leaves.get(id(x)) is x


def _mark_leaf(x):
    """`x` is a leaf requiring gradients in PyTorch's sense."""
    _keep_grad(x)
    x._t2j_leaf, x._t2j_plain = True, False


def _unmark_leaf(x):
    if _leaves.get(id(x)) is x:
        del _leaves[id(x)]
    x._t2j_leaf = False


def _live_leaves():
    """The marked tensors the program still holds. A Var takes no weak reference: one that only
    these stores hold (its refcount says so) is gone for the program, and is forgotten."""
    live = []
    for key in list(_leaves):
        x = _leaves[key]
        held = _grads.get(key)
        ours = 1 + (held is not None and held[0] is x)  # the stores' own references
        if sys.getrefcount(x) - 2 <= ours:  # less getrefcount's argument and `x` here
            del _leaves[key]
            if held is not None and held[0] is x:
                del _grads[key]
            continue
        live.append(x)
    return live


def _targets():
    owners = [ref() for ref in _owners]
    owners = [o for o in owners if o is not None]
    found = {}
    for owner in owners:
        for p in _params_of(owner):
            if _differentiable(p):
                found.setdefault(id(p), p)
    modules = _live_modules()
    if not modules and not owners:  # modules made before this package was imported
        modules = [o for o in gc.get_objects() if issubclass(type(o), jt.Module)]
    for module in modules:
        for p in _own_vars(module):
            if _differentiable(p):
                found.setdefault(id(p), p)
    for x in _live_leaves():
        if _differentiable(x):
            found.setdefault(id(x), x)
    return list(found.values())


_UNREACHED = re.compile(r"grads\[(\d+)\] .*doesn't have gradient")


def _grads_and_unreached(loss, targets, retain_graph):
    """jt.grad's gradients, and the positions of the targets the loss does not reach. Jittor gives
    those a zero gradient (with a warning); PyTorch leaves their `.grad` as it was: None stays
    None, and an optimizer then skips the parameter (no momentum or weight-decay step: a layer
    a dynamic network used on one step and not the next)."""
    if getattr(jt, "single_log_capture", None):  # someone else is capturing Jittor's log
        with jt.flag_scope(log_silent=1):
            return jt.grad(loss, targets, retain_graph), set()
    # Jittor warns once per Var name: each target gets a name of its own for the call (the count
    # lives on jt, shared by every copy of this package in the process)
    names = [p.name() for p in targets]
    call = next(jt.__dict__.setdefault("_t2j_grad_calls", itertools.count()))
    for i, p in enumerate(targets):
        p.name(f"t2j_grad{call}_{i}")
    try:
        with jt.log_capture_scope(log_silent=1) as logs:
            grads = jt.grad(loss, targets, retain_graph)
    finally:
        for p, name in zip(targets, names):
            p.name(name)
    found = (_UNREACHED.search(log.get("msg", "")) for log in logs if log.get("name") == "grad.cc")
    return grads, {int(m.group(1)) for m in found if m}


def _is_parameter(p):
    """A parameter in PyTorch's sense: an nn.Parameter or a tensor made to require gradients
    (marked leaves), or a weight of a layer class of Jittor or of this package."""
    return getattr(p, "_t2j_leaf", False) or getattr(p, "_t2j_parameter", False)


def _note_layer_parameters(vars_):
    """Decide, once per Var, whether an unmarked Var is a layer's weight: the modules of Jittor
    and of this package hold only parameters and buffers (buffers take no gradient), while a user's
    module may keep any tensor as an attribute."""
    pending = [p for p in vars_ if not getattr(p, "_t2j_leaf", False) and getattr(p, "_t2j_parameter", None) is None]
    if not pending:
        return
    ours = (__name__.rpartition(".")[0] or __name__) + "."
    for m in _live_modules() or gc.get_objects():
        if not issubclass(type(m), jt.Module):
            continue
        where = type(m).__module__ or ""
        if not (where.startswith("jittor") or where.startswith(ours)):
            continue
        for v in vars(m).values():
            if isinstance(v, jt.Var):
                v._t2j_parameter = True
    for p in pending:
        if getattr(p, "_t2j_parameter", None) is None:
            p._t2j_parameter = False


def backward(tensor, gradient=None, retain_graph=None, create_graph=False, inputs=None):
    """`tensor.backward()`: accumulate d(tensor)/d(parameter) into every parameter's `.grad`."""
    if create_graph:
        raise NotImplementedError("torch2jittor: backward(create_graph=True) has no Jittor form here")
    if isinstance(tensor, (list, tuple)):  # torch.autograd.backward([loss_a, loss_b], [g_a, g_b])
        grads = list(gradient) if isinstance(gradient, (list, tuple)) else [gradient] * len(tensor)
        parts = [t if g is None else (t * g).sum() for t, g in zip(tensor, grads)]
        loss = parts[0] if len(parts) == 1 else sum(p.sum() for p in parts)
    else:
        loss = tensor if gradient is None else (tensor * gradient).sum()
    if inputs is not None:
        targets = [inputs] if isinstance(inputs, jt.Var) else list(inputs)
    else:
        targets = _targets()
    targets = [p for p in targets if _differentiable(p)]
    if not targets:
        return
    jt.sync(targets)
    grads, unreached = _grads_and_unreached(loss, targets, bool(retain_graph))
    if unreached:
        _note_layer_parameters([targets[i] for i in unreached])
    for i, (p, g) in enumerate(zip(targets, grads)):
        if i in unreached and (getattr(p, "_t2j_reached", False) or _is_parameter(p)):
            continue  # a parameter this step did not reach: its .grad stays as it was (None at first)
        # (any other Var the loss has never reached gets Jittor's zeros: Jittor lists every Var
        # attribute as a parameter, a tensor a module keeps from its forward too, which PyTorch
        # never lists: `for p in model.parameters(): p.data.add_(p.grad, ...)` must not meet None)
        if i not in unreached:
            p._t2j_reached = True
        g = g.stop_grad()
        held = _grads.get(id(p))
        if held is None or held[0] is not p:
            _grads[id(p)] = [p, g]
        else:
            held[1].update(held[1] + g)


def grad_of(p):
    """`p.grad`: the accumulated gradient, or None before any backward() reached `p`. Anything
    but a Var keeps its own `.grad` attribute."""
    if not isinstance(p, jt.Var):
        return p.grad
    held = _grads.get(id(p))
    return held[1] if held is not None and held[0] is p else None


def set_grad(p, value):
    """`p.grad = value` (None clears it)."""
    if not isinstance(p, jt.Var):
        p.grad = value
    elif value is None:
        _grads.pop(id(p), None)
    else:
        _grads[id(p)] = [p, value.stop_grad()]


def _zero(params, set_to_none):
    for p in params:
        held = _grads.get(id(p))
        if held is None or held[0] is not p:
            continue
        if set_to_none:
            del _grads[id(p)]
        else:
            held[1].update(jt.zeros(held[1].shape, held[1].dtype))


def zero_grad(obj, set_to_none=True):
    """`model.zero_grad()`: Jittor's Module has none. backward() targets the module from now on.
    Anything else (an optimizer, a module class with its own zero_grad) does its own."""
    own = getattr(type(obj), "zero_grad", None)
    if own is not None:
        return own(obj, set_to_none) if set_to_none is not True else own(obj)
    _register_owner(obj)
    _zero(obj.parameters(), set_to_none)


def _grads_of(parameters):
    if isinstance(parameters, jt.Var):
        parameters = [parameters]
    elif hasattr(parameters, "param_groups"):
        parameters = _params_of(parameters)
    return [g for g in (grad_of(p) for p in parameters) if g is not None]


def get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    """The norm of the norms of the tensors (PyTorch's clip_grad_norm_ computes it over the gradients)."""
    tensors = [tensors] if isinstance(tensors, jt.Var) else [t for t in tensors if t is not None]
    if not tensors:
        return jt.zeros((1,))
    norm_type = float(norm_type)
    if norm_type == math.inf:
        total = jt.stack([t.abs().max() for t in tensors]).max()
    else:
        norms = jt.stack([(t.abs() ** norm_type).sum() ** (1.0 / norm_type) for t in tensors])
        total = (norms ** norm_type).sum() ** (1.0 / norm_type)
    if error_if_nonfinite and not np.isfinite(total.item()):
        raise RuntimeError(f"The total norm of order {norm_type} for gradients is non-finite")
    return total


def clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None):
    """Scale the gradients by max_norm / (total_norm + 1e-6), at most 1."""
    _scale_grads(_grads_of(parameters), max_norm, total_norm)


def _scale_grads(grads, max_norm, total_norm):
    coef = max_norm / (total_norm + 1e-6)
    coef = coef.minimum(1.0) if isinstance(coef, jt.Var) else min(coef, 1.0)
    for g in grads:
        g.update(g * coef)


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    """Scale the gradients so that their joint norm is at most max_norm; returns the norm before."""
    grads = _grads_of(parameters)  # once: `parameters` may be a generator
    total = get_total_norm(grads, norm_type, error_if_nonfinite)
    _scale_grads(grads, max_norm, total)
    return total


def clip_grad_value_(parameters, clip_value, foreach=None):
    for g in _grads_of(parameters):
        g.update(g.clamp(-clip_value, clip_value))


# --- torch.optim: PyTorch's optimizers, stepping from the gradients above --------------------------
# PyTorch's arguments, defaults (AdamW's weight_decay is 0.01; Jittor's 0), param groups holding
# every hyperparameter (`optimizer.param_groups[0]["lr"]`), per-parameter state and step counts (a
# parameter with no gradient is skipped, as in PyTorch) and update formulas (Jittor's Adam adds
# eps before the bias correction).
def _buffer(like, value=0.0):
    return jt.full(like.shape, value, like.dtype).stop_grad()


def _state_value(p, key, value):
    """A loaded state entry, as PyTorch's load_state_dict keeps it: the same tensor (the state dict
    and the optimizer share it from then on), cast to the parameter's dtype when floating, but the
    step count."""
    if isinstance(value, np.ndarray):
        value = jt.array(value)
    if isinstance(value, jt.Var):
        if key != "step" and value.dtype.is_float() and p.dtype.is_float() and value.dtype != p.dtype:
            value = value.cast(p.dtype)
        return value.stop_grad()
    return value


_SCALAR = "_t2j_scalar"  # the Python number a state scalar Var holds


def _scalar_var(value):
    """A per-parameter scalar of the state ('step', ASGD's 'eta'): a 0-dim float32 tensor in PyTorch."""
    return mark(jt.array(np.array([value], "float32")).stop_grad())


class _ParamState(collections_abc.MutableMapping):
    """optimizer.state: each parameter's state dict, keyed by the parameter and made on first
    access (PyTorch's defaultdict(dict)). Jittor's Var is not hashable, so `self.state[p]` in a
    plain dict raises TypeError: entries are kept by id, beside the parameter they belong to."""

    def __init__(self):
        self._entries = {}  # id(parameter) -> (parameter, its state)

    def __getitem__(self, p):
        entry = self._entries.get(id(p))
        if entry is None or entry[0] is not p:
            entry = self._entries[id(p)] = (p, {})
        return entry[1]

    def __setitem__(self, p, value):
        self._entries[id(p)] = (p, value)

    def __delitem__(self, p):
        if p not in self:
            raise KeyError(p)
        del self._entries[id(p)]

    def __contains__(self, p):
        entry = self._entries.get(id(p))
        return entry is not None and entry[0] is p

    def get(self, p, default=None):
        return self[p] if p in self else default

    def __iter__(self):
        return iter([p for p, _ in self._entries.values()])

    def __len__(self):
        return len(self._entries)

    def __repr__(self):
        return f"{{{', '.join(f'{p!r}: {s!r}' for p, s in self._entries.values())}}}"


class Optimizer:
    """torch.optim.Optimizer: param groups, per-parameter state, zero_grad, state_dict.

    PyTorch keeps each parameter's step count (and ASGD's eta and mu, NAdam's mu_product) in its
    state as a 0-dim float32 tensor, updated in place. Here the state holds those tensors too, and
    the update formulas read the Python number each carries beside its value (reading a Var back
    would wait for the device once per parameter and step); one loaded or set by hand is read once."""
    _counts_steps = True  # SGD keeps no step count

    def __init__(self, params, defaults):
        params = list(params) if not isinstance(params, jt.Var) else [params]
        if not params:
            raise ValueError("optimizer got an empty parameter list")
        self.defaults = dict(defaults)
        self.state = _ParamState()
        self.param_groups = []
        for group in params if isinstance(params[0], dict) else [{"params": params}]:
            self.add_param_group(group)
        _register_owner(self)

    def add_param_group(self, param_group):
        group = dict(param_group)
        params = group["params"]
        group["params"] = [params] if isinstance(params, jt.Var) else list(params)
        for key, value in self.defaults.items():
            group.setdefault(key, value)
        self.param_groups.append(group)

    def zero_grad(self, set_to_none=True):
        _zero(_params_of(self), set_to_none)

    def backward(self, loss, retain_graph=False):
        """Jittor's `optimizer.backward(loss)`: the same as `loss.backward()`."""
        backward(loss, retain_graph=retain_graph)

    def _with_grads(self, group):
        """(parameter, gradient, state) of the group's parameters that have a gradient."""
        for p in group["params"]:
            g = grad_of(p)
            if g is None or p.is_stop_grad():
                continue
            yield p, (-g if group.get("maximize") else g), self.state[p]

    @staticmethod
    def _scalar(state, name, default):
        """The state's scalar `name` as a Python number."""
        value = state.get(name, default)
        if not isinstance(value, jt.Var):
            return value
        known = getattr(value, _SCALAR, None)
        if known is None:  # loaded, or set by hand: read once
            known = float(value.item())
            setattr(value, _SCALAR, known)
        return known

    @staticmethod
    def _set_scalar(state, name, value):
        held = state.get(name)
        if isinstance(held, jt.Var) and tuple(held.shape) == (1,):
            held.update(_scalar_var(value))  # in place, as PyTorch's `step += 1`: whoever shares it sees it
        else:
            held = state[name] = _scalar_var(value)
        setattr(held, _SCALAR, value)

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with jt.enable_grad():
                loss = closure()
        for group in self.param_groups:
            for p, g, state in self._with_grads(group):
                step = None
                if self._counts_steps:
                    step = int(self._scalar(state, "step", 0)) + 1
                    self._set_scalar(state, "step", step)
                self._update(group, p, g, state, step)
        return loss

    def state_dict(self):
        index, groups = {}, []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            packed["params"] = [index.setdefault(id(p), len(index)) for p in group["params"]]
            groups.append(packed)
        # each parameter's own state dict, not a copy: PyTorch's state_dict() shares it too
        state = {index[id(p)]: value for p, value in self.state.items() if id(p) in index}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict):
        params = _params_of(self)
        saved_groups = state_dict["param_groups"]
        if len(saved_groups) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        for group, saved in zip(self.param_groups, saved_groups):
            if len(saved["params"]) != len(group["params"]):
                raise ValueError("loaded state dict contains a parameter group that doesn't match the size of "
                                 "optimizer's group")
            group.update({k: v for k, v in saved.items() if k != "params"})
        self.state = _ParamState()
        for key, value in state_dict["state"].items():
            p = params[int(key)]
            self.state[p] = {k: _state_value(p, k, v) for k, v in value.items()}


def _decay(group, p, g):
    weight_decay = group.get("weight_decay", 0)
    return g + p * weight_decay if weight_decay else g


class SGD(Optimizer):
    _counts_steps = False

    def __init__(self, params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                      nesterov=nesterov, maximize=maximize, foreach=foreach,
                                      differentiable=differentiable, fused=fused))

    def _update(self, group, p, g, state, step):
        momentum, dampening = group["momentum"], group["dampening"]
        d_p = _decay(group, p, g)
        if momentum:
            buf = state.get("momentum_buffer")
            if buf is None:  # PyTorch: the first buffer is the gradient itself
                buf = state["momentum_buffer"] = d_p.clone().stop_grad()
            else:
                buf.update(buf * momentum + d_p * (1 - dampening))
            d_p = d_p + buf * momentum if group["nesterov"] else buf
        p.update(p - d_p * group["lr"])


class Adam(Optimizer):
    decoupled = False

    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=False):
        self.decoupled = self.decoupled or decoupled_weight_decay
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable, fused=fused,
                                      decoupled_weight_decay=self.decoupled))

    def _update(self, group, p, g, state, step):
        lr, (beta1, beta2), eps, weight_decay = group["lr"], group["betas"], group["eps"], group["weight_decay"]
        if weight_decay and self.decoupled:
            p.update(p * (1 - lr * weight_decay))
        elif weight_decay:
            g = g + p * weight_decay
        if "exp_avg" not in state:
            state["exp_avg"], state["exp_avg_sq"] = _buffer(p), _buffer(p)
        exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
        exp_avg.update(exp_avg * beta1 + g * (1 - beta1))
        exp_avg_sq.update(exp_avg_sq * beta2 + g * g * (1 - beta2))
        second = exp_avg_sq
        if group["amsgrad"]:
            top = state.setdefault("max_exp_avg_sq", _buffer(p))
            top.update(jt.maximum(top, exp_avg_sq))
            second = top
        denom = second.sqrt() / math.sqrt(1 - beta2 ** step) + eps
        p.update(p - exp_avg / denom * (lr / (1 - beta1 ** step)))


class AdamW(Adam):
    decoupled = True

    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
        Adam.__init__(self, params, lr, betas, eps, weight_decay, amsgrad, maximize=maximize, foreach=foreach,
                      capturable=capturable, differentiable=differentiable, fused=fused)


class RMSprop(Optimizer):
    def __init__(self, params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                                      weight_decay=weight_decay, capturable=capturable, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable))

    def _update(self, group, p, g, state, step):
        lr, alpha, eps, momentum = group["lr"], group["alpha"], group["eps"], group["momentum"]
        g = _decay(group, p, g)
        square_avg = state.setdefault("square_avg", _buffer(p))
        square_avg.update(square_avg * alpha + g * g * (1 - alpha))
        if group["centered"]:
            grad_avg = state.setdefault("grad_avg", _buffer(p))
            grad_avg.update(grad_avg * alpha + g * (1 - alpha))
            avg = (square_avg - grad_avg * grad_avg).sqrt() + eps
        else:
            avg = square_avg.sqrt() + eps
        if momentum > 0:
            buf = state.setdefault("momentum_buffer", _buffer(p))
            buf.update(buf * momentum + g / avg)
            p.update(p - buf * lr)
        else:
            p.update(p - g / avg * lr)


class Adadelta(Optimizer):
    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-06, weight_decay=0, foreach=None, *, capturable=False,
                 maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, maximize=maximize,
                                      capturable=capturable, foreach=foreach, differentiable=differentiable))

    def _update(self, group, p, g, state, step):
        rho, eps = group["rho"], group["eps"]
        g = _decay(group, p, g)
        square_avg = state.setdefault("square_avg", _buffer(p))
        acc_delta = state.setdefault("acc_delta", _buffer(p))
        square_avg.update(square_avg * rho + g * g * (1 - rho))
        delta = (acc_delta + eps).sqrt() / (square_avg + eps).sqrt() * g
        acc_delta.update(acc_delta * rho + delta * delta * (1 - rho))
        p.update(p - delta * group["lr"])


class Adagrad(Optimizer):
    def __init__(self, params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False, differentiable=False, fused=None):
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, fused=fused))

    def _update(self, group, p, g, state, step):
        g = _decay(group, p, g)
        clr = group["lr"] / (1 + (step - 1) * group["lr_decay"])
        total = state.setdefault("sum", _buffer(p, group["initial_accumulator_value"]))
        total.update(total + g * g)
        p.update(p - g / (total.sqrt() + group["eps"]) * clr)


class Adamax(Optimizer):
    def __init__(self, params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, foreach=None, *,
                 maximize=False, differentiable=False, capturable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable, capturable=capturable))

    def _update(self, group, p, g, state, step):
        (beta1, beta2), eps = group["betas"], group["eps"]
        g = _decay(group, p, g)
        exp_avg = state.setdefault("exp_avg", _buffer(p))
        exp_inf = state.setdefault("exp_inf", _buffer(p))
        exp_avg.update(exp_avg * beta1 + g * (1 - beta1))
        exp_inf.update(jt.maximum(exp_inf * beta2, g.abs() + eps))
        p.update(p - exp_avg / exp_inf * (group["lr"] / (1 - beta1 ** step)))


class NAdam(Optimizer):
    def __init__(self, params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, momentum_decay=0.004,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      momentum_decay=momentum_decay, decoupled_weight_decay=decoupled_weight_decay,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable))

    def _update(self, group, p, g, state, step):
        lr, (beta1, beta2), eps, weight_decay = group["lr"], group["betas"], group["eps"], group["weight_decay"]
        if weight_decay and group["decoupled_weight_decay"]:
            p.update(p * (1 - lr * weight_decay))
        elif weight_decay:
            g = g + p * weight_decay
        mu = beta1 * (1.0 - 0.5 * 0.96 ** (step * group["momentum_decay"]))
        mu_next = beta1 * (1.0 - 0.5 * 0.96 ** ((step + 1) * group["momentum_decay"]))
        mu_product = self._scalar(state, "mu_product", 1.0) * mu
        self._set_scalar(state, "mu_product", mu_product)
        exp_avg = state.setdefault("exp_avg", _buffer(p))
        exp_avg_sq = state.setdefault("exp_avg_sq", _buffer(p))
        exp_avg.update(exp_avg * beta1 + g * (1 - beta1))
        exp_avg_sq.update(exp_avg_sq * beta2 + g * g * (1 - beta2))
        denom = (exp_avg_sq / (1 - beta2 ** step)).sqrt() + eps
        p.update(p - g / denom * (lr * (1.0 - mu) / (1.0 - mu_product))
                 - exp_avg / denom * (lr * mu_next / (1.0 - mu_product * mu_next)))


class RAdam(Optimizer):
    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, maximize=maximize,
                                      foreach=foreach, capturable=capturable,
                                      decoupled_weight_decay=decoupled_weight_decay, differentiable=differentiable))

    def _update(self, group, p, g, state, step):
        lr, (beta1, beta2), eps, weight_decay = group["lr"], group["betas"], group["eps"], group["weight_decay"]
        if weight_decay and group["decoupled_weight_decay"]:
            p.update(p * (1 - lr * weight_decay))
        elif weight_decay:
            g = g + p * weight_decay
        exp_avg = state.setdefault("exp_avg", _buffer(p))
        exp_avg_sq = state.setdefault("exp_avg_sq", _buffer(p))
        exp_avg.update(exp_avg * beta1 + g * (1 - beta1))
        exp_avg_sq.update(exp_avg_sq * beta2 + g * g * (1 - beta2))
        bias_correction2 = 1 - beta2 ** step
        corrected = exp_avg / (1 - beta1 ** step)
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * step * beta2 ** step / bias_correction2
        if rho_t > 5.0:  # the variance is tractable: rectified adaptive step
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            adaptive = bias_correction2 ** 0.5 / (exp_avg_sq.sqrt() + eps)
            p.update(p - corrected * lr * adaptive * rect)
        else:
            p.update(p - corrected * lr)


class ASGD(Optimizer):
    def __init__(self, params, lr=0.01, lambd=0.0001, alpha=0.75, t0=1000000.0, weight_decay=0, foreach=None,
                 maximize=False, differentiable=False, capturable=False):
        super().__init__(params, dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0, weight_decay=weight_decay,
                                      foreach=foreach, maximize=maximize, differentiable=differentiable,
                                      capturable=capturable))

    def _update(self, group, p, g, state, step):
        lr, lambd = group["lr"], group["lambd"]
        g = _decay(group, p, g)
        if "eta" not in state:  # PyTorch's state order: step, eta, mu, ax
            self._set_scalar(state, "eta", lr)
            self._set_scalar(state, "mu", 1.0)
        eta, mu = self._scalar(state, "eta", lr), self._scalar(state, "mu", 1.0)
        p.update(p * (1 - lambd * eta) - g * eta)
        ax = state.setdefault("ax", _buffer(p))
        ax.update(ax + (p - ax) * mu if mu != 1 else p.clone())
        self._set_scalar(state, "eta", lr / ((1 + lambd * lr * step) ** group["alpha"]))
        self._set_scalar(state, "mu", 1 / max(1, step - group["t0"]))


class Rprop(Optimizer):
    def __init__(self, params, lr=0.01, etas=(0.5, 1.2), step_sizes=(1e-06, 50), *, capturable=False,
                 foreach=None, maximize=False, differentiable=False):
        super().__init__(params, dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize,
                                      differentiable=differentiable, capturable=capturable))

    def _update(self, group, p, g, state, step):
        (etaminus, etaplus), (step_size_min, step_size_max) = group["etas"], group["step_sizes"]
        prev = state.setdefault("prev", _buffer(p))
        step_size = state.setdefault("step_size", _buffer(p, group["lr"]))
        agreement = g * prev
        factor = jt.ternary(agreement > 0, jt.full_like(g, etaplus),
                                    jt.ternary(agreement < 0, jt.full_like(g, etaminus),
                                                       jt.ones_like(g)))
        step_size.update((step_size * factor).clamp(step_size_min, step_size_max))
        g = jt.ternary(agreement < 0, jt.zeros_like(g), g)  # a sign change skips one update
        p.update(p - ((g > 0).cast(g.dtype) - (g < 0).cast(g.dtype)) * step_size)  # Var has no sign()
        prev.update(g)


def _cubic_interpolate(x1, f1, g1, x2, f2, g2, bounds=None):
    """The minimiser of the cubic through (x1, f1, g1) and (x2, f2, g2), clamped to bounds
    (PyTorch's LBFGS line search)."""
    if bounds is not None:
        xmin_bound, xmax_bound = bounds
    else:
        xmin_bound, xmax_bound = (x1, x2) if x1 <= x2 else (x2, x1)
    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    d2_square = d1 ** 2 - g1 * g2
    if d2_square >= 0:
        d2 = np.sqrt(d2_square)
        if x1 <= x2:
            min_pos = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
        else:
            min_pos = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
        return min(max(min_pos, xmin_bound), xmax_bound)
    return (xmin_bound + xmax_bound) / 2.0


def _strong_wolfe(obj_func, x, t, d, f, g, gtd, c1=1e-4, c2=0.9, tolerance_change=1e-9, max_ls=25):
    """PyTorch's strong-Wolfe line search on float32 numpy vectors: (loss, flat gradient, step,
    evaluations)."""
    d_norm = np.abs(d).max()
    g = g.copy()
    f_new, g_new = obj_func(x, t, d)
    ls_func_evals = 1
    gtd_new = np.float32(g_new.dot(d))
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False
    ls_iter = 0
    while ls_iter < max_ls:  # bracket an interval holding a point that satisfies the conditions
        if f_new > (f + c1 * t * gtd) or (ls_iter > 1 and f_new >= f_prev):
            bracket, bracket_f = [t_prev, t], [f_prev, f_new]
            bracket_g, bracket_gtd = [g_prev, g_new.copy()], [gtd_prev, gtd_new]
            break
        if abs(gtd_new) <= -c2 * gtd:
            bracket, bracket_f, bracket_g = [t], [f_new], [g_new]
            done = True
            break
        if gtd_new >= 0:
            bracket, bracket_f = [t_prev, t], [f_prev, f_new]
            bracket_g, bracket_gtd = [g_prev, g_new.copy()], [gtd_prev, gtd_new]
            break
        min_step = t + 0.01 * (t - t_prev)
        max_step = t * 10
        tmp = t
        t = _cubic_interpolate(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, bounds=(min_step, max_step))
        t_prev, f_prev, g_prev, gtd_prev = tmp, f_new, g_new.copy(), gtd_new
        f_new, g_new = obj_func(x, t, d)
        ls_func_evals += 1
        gtd_new = np.float32(g_new.dot(d))
        ls_iter += 1
    if ls_iter == max_ls:
        bracket, bracket_f, bracket_g = [0, t], [f, f_new], [g, g_new]
    insuf_progress = False
    low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[-1] else (1, 0)
    while not done and ls_iter < max_ls:  # zoom into the bracket
        if abs(bracket[1] - bracket[0]) * d_norm < tolerance_change:
            break
        t = _cubic_interpolate(bracket[0], bracket_f[0], bracket_gtd[0], bracket[1], bracket_f[1], bracket_gtd[1])
        eps = 0.1 * (max(bracket) - min(bracket))
        if min(max(bracket) - t, t - min(bracket)) < eps:
            if insuf_progress or t >= max(bracket) or t <= min(bracket):
                t = max(bracket) - eps if abs(t - max(bracket)) < abs(t - min(bracket)) else min(bracket) + eps
                insuf_progress = False
            else:
                insuf_progress = True
        else:
            insuf_progress = False
        f_new, g_new = obj_func(x, t, d)
        ls_func_evals += 1
        gtd_new = np.float32(g_new.dot(d))
        ls_iter += 1
        if f_new > (f + c1 * t * gtd) or f_new >= bracket_f[low_pos]:
            bracket[high_pos], bracket_f[high_pos] = t, f_new
            bracket_g[high_pos], bracket_gtd[high_pos] = g_new.copy(), gtd_new
            low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2 * gtd:
                done = True
            elif gtd_new * (bracket[high_pos] - bracket[low_pos]) >= 0:
                bracket[high_pos], bracket_f[high_pos] = bracket[low_pos], bracket_f[low_pos]
                bracket_g[high_pos], bracket_gtd[high_pos] = bracket_g[low_pos], bracket_gtd[low_pos]
            bracket[low_pos], bracket_f[low_pos] = t, f_new
            bracket_g[low_pos], bracket_gtd[low_pos] = g_new.copy(), gtd_new
    return bracket_f[low_pos], bracket_g[low_pos], bracket[low_pos], ls_func_evals


class LBFGS(Optimizer):
    """torch.optim.LBFGS, with its strong-Wolfe line search: the direction algebra runs on float32
    numpy vectors (the parameters' dtype), the closure on Jittor."""

    def __init__(self, params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-07, tolerance_change=1e-09,
                 history_size=100, line_search_fn=None, *, maximize=False):
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        super().__init__(params, dict(lr=lr, max_iter=max_iter, max_eval=max_eval, tolerance_grad=tolerance_grad,
                                      tolerance_change=tolerance_change, history_size=history_size,
                                      line_search_fn=line_search_fn, maximize=maximize))
        if len(self.param_groups) != 1:
            raise ValueError("LBFGS doesn't support per-parameter options (parameter groups)")
        self._params = self.param_groups[0]["params"]

    def _gather_flat_grad(self):
        views = []
        for p in self._params:
            g = grad_of(p)
            views.append(np.zeros(p.numel(), "float32") if g is None else g.numpy().reshape(-1))
        flat = np.concatenate(views).astype("float32")
        return -flat if self.param_groups[0]["maximize"] else flat

    def _add_grad(self, step_size, update):
        offset = 0
        for p in self._params:
            n = p.numel()
            chunk = (update[offset:offset + n] * np.float32(step_size)).reshape(p.shape)
            p.update(p + jt.array(chunk.astype(str(p.dtype))))
            offset += n

    def _directional_evaluate(self, closure, x, t, d):
        """The loss and flat gradient at x + t * d; the parameters are put back to x after."""
        self._add_grad(t, d)
        with jt.enable_grad():
            loss = float(closure().item())
        if self.param_groups[0]["maximize"]:
            loss = -loss
        flat_grad = self._gather_flat_grad()
        for p, saved in zip(self._params, x):
            p.update(saved.clone())
        return loss, flat_grad

    def step(self, closure):
        group = self.param_groups[0]
        if group["line_search_fn"] not in (None, "strong_wolfe"):
            raise RuntimeError("only 'strong_wolfe' is supported")
        lr, max_iter, max_eval = group["lr"], group["max_iter"], group["max_eval"]
        tolerance_grad, tolerance_change = group["tolerance_grad"], group["tolerance_change"]
        history_size, maximize = group["history_size"], group["maximize"]
        f32 = np.float32
        state = self.state[self._params[0]]
        state.setdefault("func_evals", 0)
        state.setdefault("n_iter", 0)
        with jt.enable_grad():
            orig_loss = closure()
        loss = -float(orig_loss.item()) if maximize else float(orig_loss.item())
        current_evals = 1
        state["func_evals"] += 1
        flat_grad = self._gather_flat_grad()
        if np.abs(flat_grad).max() <= tolerance_grad:
            return orig_loss
        d, t = state.get("d"), state.get("t")
        old_dirs, old_stps, ro = state.get("old_dirs"), state.get("old_stps"), state.get("ro")
        H_diag, prev_flat_grad, prev_loss = state.get("H_diag"), state.get("prev_flat_grad"), state.get("prev_loss")
        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            state["n_iter"] += 1
            if state["n_iter"] == 1:
                d = -flat_grad
                old_dirs, old_stps, ro, H_diag = [], [], [], 1
            else:
                y = flat_grad - prev_flat_grad
                s = d * f32(t)
                ys = f32(y.dot(s))
                if ys > 1e-10:
                    if len(old_dirs) == history_size:
                        old_dirs.pop(0)
                        old_stps.pop(0)
                        ro.pop(0)
                    old_dirs.append(y)
                    old_stps.append(s)
                    ro.append(f32(1.0) / ys)
                    H_diag = ys / f32(y.dot(y))
                al = [None] * len(old_dirs)
                q = -flat_grad
                for i in range(len(old_dirs) - 1, -1, -1):
                    al[i] = f32(old_stps[i].dot(q)) * ro[i]
                    q = q - old_dirs[i] * al[i]
                d = r = q * f32(H_diag)
                for i in range(len(old_dirs)):
                    be_i = f32(old_dirs[i].dot(r)) * ro[i]
                    r = r + old_stps[i] * (al[i] - be_i)
                d = r
            prev_flat_grad = flat_grad.copy()
            prev_loss = loss
            if state["n_iter"] == 1:
                t = min(1.0, float(f32(1.0) / f32(np.abs(flat_grad).sum()))) * lr
            else:
                t = lr
            gtd = f32(flat_grad.dot(d))
            if gtd > -tolerance_change:
                break
            ls_func_evals = 0
            if group["line_search_fn"] == "strong_wolfe":
                x_init = [p.clone().stop_grad() for p in self._params]
                loss, flat_grad, t, ls_func_evals = _strong_wolfe(
                    lambda x, step, direction: self._directional_evaluate(closure, x, step, direction),
                    x_init, t, d, loss, flat_grad, gtd, max_ls=max_eval - current_evals)
                self._add_grad(t, d)
                opt_cond = np.abs(flat_grad).max() <= tolerance_grad
            else:
                self._add_grad(t, d)
            if group["line_search_fn"] is None and n_iter != max_iter:
                with jt.enable_grad():
                    loss = closure()
                loss = -float(loss.item()) if maximize else float(loss.item())
                flat_grad = self._gather_flat_grad()
                opt_cond = np.abs(flat_grad).max() <= tolerance_grad
                ls_func_evals = 1
            current_evals += ls_func_evals
            state["func_evals"] += ls_func_evals
            if n_iter == max_iter or current_evals >= max_eval or opt_cond:
                break
            if np.abs(d * f32(t)).max() <= tolerance_change or abs(loss - prev_loss) < tolerance_change:
                break
        state.update(d=d, t=t, old_dirs=old_dirs, old_stps=old_stps, ro=ro, H_diag=H_diag,
                     prev_flat_grad=prev_flat_grad, prev_loss=prev_loss)
        return orig_loss


# --- torch.optim.lr_scheduler: PyTorch's chainable forms, on param_groups[i]["lr"] ------------------
# Each scheduler computes the new lr from the group's current one as PyTorch does, so that
# ChainedScheduler and SequentialLR compose exactly; step(epoch) uses the closed form.
class LRScheduler:
    _is_initial = False

    def __init__(self, optimizer, last_epoch=-1):
        self.optimizer = optimizer
        if last_epoch == -1:
            for group in optimizer.param_groups:
                group.setdefault("initial_lr", group["lr"])
        self.base_lrs = [group["initial_lr"] for group in optimizer.param_groups]
        self.last_epoch = last_epoch
        self._initial_step()

    def _initial_step(self):
        self._step_count = 0
        self._is_initial = True
        self._get_lr_called_within_step = False  # PyTorch's state_dict() has it
        try:
            self.step()
        finally:
            self._is_initial = False

    def _group_lrs(self):
        return [group["lr"] for group in self.optimizer.param_groups]

    def get_last_lr(self):
        return list(self._last_lr)

    def step(self, epoch=None):
        self._step_count += 1
        self._update_lr(epoch)

    def _update_lr(self, epoch=None):
        if epoch is None:
            self.last_epoch += 1
            values = self.get_lr()
        else:
            self.last_epoch = epoch
            values = self._get_closed_form_lr() if hasattr(self, "_get_closed_form_lr") else self.get_lr()
        for group, lr in zip(self.optimizer.param_groups, values):
            group["lr"] = lr
        self._last_lr = self._group_lrs()

    def state_dict(self):
        return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    def load_state_dict(self, state_dict):
        self.__dict__.update(state_dict)


_LRScheduler = LRScheduler


def _per_group(name, optimizer, value):
    if isinstance(value, (list, tuple)):
        if len(value) != len(optimizer.param_groups):
            raise ValueError(f"{name} must have the same length as optimizer.param_groups")
        return list(value)
    return [value] * len(optimizer.param_groups)


class LambdaLR(LRScheduler):
    def __init__(self, optimizer, lr_lambda, last_epoch=-1):
        self.lr_lambdas = _per_group("lr_lambda", optimizer, lr_lambda)
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base * fn(self.last_epoch) for fn, base in zip(self.lr_lambdas, self.base_lrs)]

    def state_dict(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "lr_lambdas")}


class MultiplicativeLR(LambdaLR):
    def get_lr(self):
        if self._is_initial:
            return self._group_lrs()
        return [g["lr"] * fn(self.last_epoch) for fn, g in zip(self.lr_lambdas, self.optimizer.param_groups)]


class StepLR(LRScheduler):
    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1):
        self.step_size, self.gamma = step_size, gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self.last_epoch == 0 or self.last_epoch % self.step_size != 0:
            return self._group_lrs()
        return [lr * self.gamma for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [base * self.gamma ** (self.last_epoch // self.step_size) for base in self.base_lrs]


class MultiStepLR(LRScheduler):
    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1):
        self.milestones = {}
        for m in milestones:
            self.milestones[m] = self.milestones.get(m, 0) + 1
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self.last_epoch not in self.milestones:
            return self._group_lrs()
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        passed = sum(n for m, n in self.milestones.items() if m <= self.last_epoch)
        return [base * self.gamma ** passed for base in self.base_lrs]


class ConstantLR(LRScheduler):
    def __init__(self, optimizer, factor=1.0 / 3, total_iters=5, last_epoch=-1):
        if factor > 1.0 or factor < 0:
            raise ValueError("Constant multiplicative factor expected to be between 0 and 1.")
        self.factor, self.total_iters = factor, total_iters
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self.last_epoch == 0:
            return [lr * self.factor for lr in self._group_lrs()]
        if self.last_epoch != self.total_iters:
            return self._group_lrs()
        return [lr * (1.0 / self.factor) for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [base * (self.factor + (self.last_epoch >= self.total_iters) * (1 - self.factor))
                for base in self.base_lrs]


class LinearLR(LRScheduler):
    def __init__(self, optimizer, start_factor=1.0 / 3, end_factor=1.0, total_iters=5, last_epoch=-1):
        if start_factor > 1.0 or start_factor <= 0:
            raise ValueError("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
        if end_factor > 1.0 or end_factor < 0:
            raise ValueError("Ending multiplicative factor expected to be between 0 and 1.")
        self.start_factor, self.end_factor, self.total_iters = start_factor, end_factor, total_iters
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self.last_epoch == 0:
            return [lr * self.start_factor for lr in self._group_lrs()]
        if self._is_initial or self.last_epoch > self.total_iters:
            return self._group_lrs()
        span = self.end_factor - self.start_factor
        return [lr * (1.0 + span / (self.total_iters * self.start_factor + (self.last_epoch - 1) * span))
                for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [base * (self.start_factor + (self.end_factor - self.start_factor)
                        * min(self.total_iters, self.last_epoch) / self.total_iters) for base in self.base_lrs]


class ExponentialLR(LRScheduler):
    def __init__(self, optimizer, gamma, last_epoch=-1):
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self._is_initial:
            return self._group_lrs()
        return [lr * self.gamma for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [base * self.gamma ** self.last_epoch for base in self.base_lrs]


class PolynomialLR(LRScheduler):
    def __init__(self, optimizer, total_iters=5, power=1.0, last_epoch=-1):
        self.total_iters, self.power = total_iters, power
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        if self._is_initial or self.last_epoch > self.total_iters:
            return self._group_lrs()
        decay = ((1.0 - self.last_epoch / self.total_iters)
                 / (1.0 - (self.last_epoch - 1) / self.total_iters)) ** self.power
        return [lr * decay for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [base * (1.0 - min(self.total_iters, self.last_epoch) / self.total_iters) ** self.power
                for base in self.base_lrs]


class CosineAnnealingLR(LRScheduler):
    def __init__(self, optimizer, T_max, eta_min=0.0, last_epoch=-1):
        self.T_max, self.eta_min = T_max, eta_min
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        cos, pi, e, T = math.cos, math.pi, self.last_epoch, self.T_max
        if self._is_initial:
            return self._group_lrs()
        if self._step_count == 1 and e > 0:
            return [self.eta_min + (base - self.eta_min) * (1 + cos(e * pi / T)) / 2 for base in self.base_lrs]
        if (e - 1 - T) % (2 * T) == 0:
            return [lr + (base - self.eta_min) * (1 - cos(pi / T)) / 2
                    for base, lr in zip(self.base_lrs, self._group_lrs())]
        return [(1 + cos(pi * e / T)) / (1 + cos(pi * (e - 1) / T)) * (lr - self.eta_min) + self.eta_min
                for lr in self._group_lrs()]

    def _get_closed_form_lr(self):
        return [self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max))
                / 2 for base in self.base_lrs]


class CosineAnnealingWarmRestarts(LRScheduler):
    def __init__(self, optimizer, T_0, T_mult=1, eta_min=0.0, last_epoch=-1):
        if T_0 <= 0 or not isinstance(T_0, int):
            raise ValueError(f"Expected positive integer T_0, but got {T_0}")
        if T_mult < 1 or not isinstance(T_mult, int):
            raise ValueError(f"Expected integer T_mult >= 1, but got {T_mult}")
        self.T_0 = self.T_i = T_0
        self.T_mult, self.eta_min, self.T_cur = T_mult, eta_min, last_epoch
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        return [self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * self.T_cur / self.T_i)) / 2
                for base in self.base_lrs]

    def step(self, epoch=None):
        if epoch is None and self.last_epoch < 0:
            epoch = 0
        if epoch is None:
            epoch = self.last_epoch + 1
            self.T_cur = self.T_cur + 1
            if self.T_cur >= self.T_i:
                self.T_cur = self.T_cur % self.T_i
                self.T_i = self.T_i * self.T_mult
        elif epoch >= self.T_0:
            if self.T_mult == 1:
                self.T_cur = epoch % self.T_0
            else:
                n = int(math.log(epoch / self.T_0 * (self.T_mult - 1) + 1, self.T_mult))
                self.T_cur = epoch - self.T_0 * (self.T_mult ** n - 1) / (self.T_mult - 1)
                self.T_i = self.T_0 * self.T_mult ** n
        else:
            self.T_i, self.T_cur = self.T_0, epoch
        self.last_epoch = math.floor(epoch)
        for group, lr in zip(self.optimizer.param_groups, self.get_lr()):
            group["lr"] = lr
        self._last_lr = self._group_lrs()


class SequentialLR(LRScheduler):
    def __init__(self, optimizer, schedulers, milestones, last_epoch=-1):
        if len(milestones) != len(schedulers) - 1:
            raise ValueError("Sequential Schedulers expects number of schedulers provided to be one more "
                             "than the number of milestone points")
        self._schedulers, self._milestones = list(schedulers), list(milestones)
        self.last_epoch, self.optimizer = last_epoch + 1, optimizer
        for group in optimizer.param_groups:
            group["lr"] = group["initial_lr"]
        for scheduler in self._schedulers:  # undo the steps the schedulers took when they were built
            scheduler.last_epoch -= 1
        idx = bisect.bisect_right(self._milestones, 0)
        self._schedulers[idx]._initial_step()
        self._last_lr = self._schedulers[idx].get_last_lr()

    def step(self):
        self.last_epoch += 1
        idx = bisect.bisect_right(self._milestones, self.last_epoch)
        scheduler = self._schedulers[idx]
        if idx > 0 and self._milestones[idx - 1] == self.last_epoch:
            scheduler._update_lr(0)
        else:
            scheduler.step()
        self._last_lr = scheduler.get_last_lr()

    def state_dict(self):
        state = {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "_schedulers")}
        state["_schedulers"] = [s.state_dict() for s in self._schedulers]
        return state

    def load_state_dict(self, state_dict):
        state_dict = dict(state_dict)
        saved = state_dict.pop("_schedulers")
        self.__dict__.update(state_dict)
        for scheduler, s in zip(self._schedulers, saved):
            scheduler.load_state_dict(s)


class ChainedScheduler(SequentialLR):
    def __init__(self, schedulers, optimizer=None):
        self._schedulers = list(schedulers)
        self.optimizer = optimizer or self._schedulers[0].optimizer
        self._last_lr = [group["lr"] for group in self._schedulers[-1].optimizer.param_groups]

    def step(self):
        for scheduler in self._schedulers:
            scheduler.step()
        self._last_lr = [group["lr"] for group in self._schedulers[-1].optimizer.param_groups]


class ReduceLROnPlateau(LRScheduler):
    def __init__(self, optimizer, mode="min", factor=0.1, patience=10, threshold=0.0001, threshold_mode="rel",
                 cooldown=0, min_lr=0, eps=1e-08):
        if factor >= 1.0:
            raise ValueError("Factor should be < 1.0.")
        if mode not in ("min", "max") or threshold_mode not in ("rel", "abs"):
            raise ValueError(f"mode {mode!r} / threshold_mode {threshold_mode!r} is unknown")
        self.optimizer, self.factor = optimizer, factor
        self.min_lrs = _per_group("min_lr", optimizer, min_lr)
        self.patience, self.cooldown, self.eps = patience, cooldown, eps
        self.mode, self.threshold, self.threshold_mode = mode, threshold, threshold_mode
        self.last_epoch = 0
        self._last_lr = self._group_lrs()
        self.best = math.inf if mode == "min" else -math.inf
        self.cooldown_counter = self.num_bad_epochs = 0

    def _is_better(self, a, best):
        if self.mode == "min":
            return a < best * (1.0 - self.threshold) if self.threshold_mode == "rel" else a < best - self.threshold
        return a > best * (self.threshold + 1.0) if self.threshold_mode == "rel" else a > best + self.threshold

    @property
    def in_cooldown(self):
        return self.cooldown_counter > 0

    def step(self, metrics, epoch=None):
        current = float(metrics.item() if isinstance(metrics, jt.Var) else metrics)
        self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
        if self._is_better(current, self.best):
            self.best, self.num_bad_epochs = current, 0
        else:
            self.num_bad_epochs += 1
        if self.in_cooldown:
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0
        if self.num_bad_epochs > self.patience:
            for group, min_lr in zip(self.optimizer.param_groups, self.min_lrs):
                old = float(group["lr"])
                new = max(old * self.factor, min_lr)
                if old - new > self.eps:
                    group["lr"] = new
            self.cooldown_counter, self.num_bad_epochs = self.cooldown, 0
        self._last_lr = self._group_lrs()


def _set_momentum(group, use_beta1, value):
    if use_beta1:
        group["betas"] = (value, *group["betas"][1:])
    else:
        group["momentum"] = value


class CyclicLR(LRScheduler):
    def __init__(self, optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None, mode="triangular",
                 gamma=1.0, scale_fn=None, scale_mode="cycle", cycle_momentum=True, base_momentum=0.8,
                 max_momentum=0.9, last_epoch=-1):
        base_lrs = _per_group("base_lr", optimizer, base_lr)
        if last_epoch == -1:
            for lr, group in zip(base_lrs, optimizer.param_groups):
                group["lr"] = lr
        self.max_lrs = _per_group("max_lr", optimizer, max_lr)
        step_size_up = float(step_size_up)
        step_size_down = float(step_size_down) if step_size_down is not None else step_size_up
        self.total_size = step_size_up + step_size_down
        self.step_ratio = step_size_up / self.total_size
        if mode not in ("triangular", "triangular2", "exp_range") and scale_fn is None:
            raise ValueError("mode is invalid and scale_fn is None")
        self.mode, self.gamma, self.scale_mode = mode, gamma, scale_mode
        if scale_fn is not None:
            self.scale_fn = scale_fn
        else:
            self.scale_mode = "iterations" if mode == "exp_range" else "cycle"
            self.scale_fn = {"triangular": lambda x: 1.0, "triangular2": lambda x: 1 / (2.0 ** (x - 1)),
                             "exp_range": lambda x: gamma ** x}[mode]
        self.cycle_momentum = cycle_momentum
        if cycle_momentum:
            if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
                raise ValueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
            self.use_beta1 = "betas" in optimizer.defaults
            self.base_momentums = _per_group("base_momentum", optimizer, base_momentum)
            self.max_momentums = _per_group("max_momentum", optimizer, max_momentum)
            if last_epoch == -1:
                for m, b, group in zip(self.max_momentums, self.base_momentums, optimizer.param_groups):
                    _set_momentum(group, self.use_beta1, m)
                    group["max_momentum"], group["base_momentum"] = m, b
        super().__init__(optimizer, last_epoch)
        self.base_lrs = base_lrs

    def get_lr(self):
        cycle = math.floor(1 + self.last_epoch / self.total_size)
        x = 1.0 + self.last_epoch / self.total_size - cycle
        scale = x / self.step_ratio if x <= self.step_ratio else (x - 1) / (self.step_ratio - 1)
        at = cycle if self.scale_mode == "cycle" else self.last_epoch
        lrs = [base + (top - base) * scale * self.scale_fn(at) for base, top in zip(self.base_lrs, self.max_lrs)]
        if self.cycle_momentum:
            for group, base, top in zip(self.optimizer.param_groups, self.base_momentums, self.max_momentums):
                _set_momentum(group, self.use_beta1, top - (top - base) * scale * self.scale_fn(at))
        return lrs

    def state_dict(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "scale_fn")}


class OneCycleLR(LRScheduler):
    def __init__(self, optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None, pct_start=0.3,
                 anneal_strategy="cos", cycle_momentum=True, base_momentum=0.85, max_momentum=0.95,
                 div_factor=25.0, final_div_factor=10000.0, three_phase=False, last_epoch=-1):
        if total_steps is None:
            if epochs is None or steps_per_epoch is None:
                raise ValueError("You must define either total_steps OR (epochs AND steps_per_epoch)")
            total_steps = epochs * steps_per_epoch
        self.total_steps = total_steps
        up = float(pct_start * total_steps) - 1
        if three_phase:
            self._schedule_phases = [
                (up, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                (float(2 * pct_start * total_steps) - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
                (total_steps - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum")]
        else:
            self._schedule_phases = [
                (up, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                (total_steps - 1, "max_lr", "min_lr", "base_momentum", "max_momentum")]
        if anneal_strategy not in ("cos", "linear"):
            raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
        self.anneal_strategy = anneal_strategy
        if last_epoch == -1:
            for top, group in zip(_per_group("max_lr", optimizer, max_lr), optimizer.param_groups):
                group["initial_lr"] = top / div_factor
                group["max_lr"] = top
                group["min_lr"] = group["initial_lr"] / final_div_factor
        self.cycle_momentum = cycle_momentum
        if cycle_momentum:
            if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
                raise ValueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
            self.use_beta1 = "betas" in optimizer.defaults
            if last_epoch == -1:
                for m, b, group in zip(_per_group("max_momentum", optimizer, max_momentum),
                                       _per_group("base_momentum", optimizer, base_momentum),
                                       optimizer.param_groups):
                    _set_momentum(group, self.use_beta1, m)
                    group["max_momentum"], group["base_momentum"] = m, b
        super().__init__(optimizer, last_epoch)

    def _anneal(self, start, end, pct):
        if self.anneal_strategy == "cos":
            return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
        return (end - start) * pct + start

    def get_lr(self):
        step = self.last_epoch
        if step > self.total_steps:
            raise ValueError(f"Tried to step {step} times. The specified number of total steps is {self.total_steps}")
        lrs = []
        for group in self.optimizer.param_groups:
            start = 0.0
            for i, (end, lr_from, lr_to, m_from, m_to) in enumerate(self._schedule_phases):
                if step <= end or i == len(self._schedule_phases) - 1:
                    pct = (step - start) / (end - start)
                    lrs.append(self._anneal(group[lr_from], group[lr_to], pct))
                    if self.cycle_momentum:
                        _set_momentum(group, self.use_beta1, self._anneal(group[m_from], group[m_to], pct))
                    break
                start = end
        return lrs
