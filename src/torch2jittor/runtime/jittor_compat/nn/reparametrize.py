"""torch.nn.utils.weight_norm / spectral_norm (torch/nn/utils/weight_norm.py, spectral_norm.py) and
torch.nn.utils.parametrizations.weight_norm (parametrizations.py): a module's weight recomputed from other
parameters before each forward, with PyTorch's parameter and buffer names.

PyTorch deletes the parameter and recomputes a plain attribute in a forward pre-hook. A Jittor module's state
is every public Var in its __dict__, so the recomputed weight cannot live there: the module's class is swapped
for a subclass (same name, isinstance unchanged) whose property computes it, once per call of the module
(spectral_norm's power iteration runs once per forward, as PyTorch's hook does) and on any read outside one.
Jittor's own jittor.weightnorm keeps the weight in the state and takes the norm over `dim` only; PyTorch's
is over every dim but `dim`."""
from __future__ import annotations

import jittor as jt

_ORIGINAL_CLASS = "_t2j_original_class"
_RECIPES = "_t2j_weight_recipes"
_CACHE = "_t2j_weight_cache"


def _norm_except_dim(v, dim):
    """torch.norm_except_dim(v, 2, dim): the 2-norm over every dim but `dim` (-1: over all), kept as size 1."""
    if dim == -1:
        return (v * v).sum().sqrt()
    dim = dim % v.ndim
    axes = tuple(d for d in range(v.ndim) if d != dim)
    return (v * v).sum(axes, keepdims=True).sqrt() if axes else v.abs()


def _parameter(x):
    """A new trainable Var holding x's values (Jittor's detach() gives a Var that is never trained)."""
    p = x.detach().clone()
    p.start_grad()
    return p


def _normalize(x, eps):
    return x / jt.maximum(x.sqr().sum().sqrt(), eps)


class _Reparametrized:
    """Mixed into the module's swapped class: each recipe's property reads the weight computed at this call."""

    def __call__(self, *args, **kwargs):
        cache = {name: recipe.compute(self, True) for name, recipe in self.__dict__[_RECIPES].items()}
        object.__setattr__(self, _CACHE, cache)
        try:
            return super().__call__(*args, **kwargs)
        finally:
            object.__setattr__(self, _CACHE, None)


def _property(name):
    def get(module):
        cache = module.__dict__.get(_CACHE)
        if cache and name in cache:
            return cache[name]
        return module.__dict__[_RECIPES][name].compute(module, False)

    return property(get)


def _install(module, name, recipe):
    recipes = module.__dict__.get(_RECIPES)
    if recipes is None:
        original = type(module)
        swapped = type(original.__name__, (_Reparametrized, original), {"__module__": original.__module__})
        object.__setattr__(module, _ORIGINAL_CLASS, original)
        object.__setattr__(module, _RECIPES, {})
        object.__setattr__(module, _CACHE, None)
        module.__class__ = swapped
        recipes = module.__dict__[_RECIPES]
    if name in recipes:
        raise RuntimeError(f"Cannot register two {type(recipe).__name__.strip('_')} hooks on the same parameter {name}")
    recipes[name] = recipe
    setattr(type(module), name, _property(name))


def _uninstall(module, name, kind):
    recipes = module.__dict__.get(_RECIPES) or {}
    if not isinstance(recipes.get(name), kind):
        raise ValueError(f"{kind.__name__.strip('_')} of '{name}' not found in {module}")
    weight = _parameter(recipes.pop(name).compute(module, False))
    delattr(type(module), name)
    if not recipes:
        module.__class__ = module.__dict__[_ORIGINAL_CLASS]
        for attribute in (_ORIGINAL_CLASS, _RECIPES, _CACHE):
            object.__delattr__(module, attribute)
    return weight


def _take_weight(module, name):
    weight = module.__dict__.get(name)
    if not isinstance(weight, jt.Var):
        raise AttributeError(f"'{type(module).__name__}' object has no parameter '{name}'")
    del module.__dict__[name]
    return weight


class _WeightNorm:
    def __init__(self, name, dim):
        self.name, self.dim = name, -1 if dim is None else dim

    def compute(self, module, in_forward):
        g, v = getattr(module, self.name + "_g"), getattr(module, self.name + "_v")
        return v * (g / _norm_except_dim(v, self.dim))


def weight_norm(module, name="weight", dim=0):
    recipe = _WeightNorm(name, dim)
    weight = _take_weight(module, name)
    setattr(module, name + "_g", _parameter(_norm_except_dim(weight, recipe.dim)))
    setattr(module, name + "_v", _parameter(weight))
    _install(module, name, recipe)
    return module


def remove_weight_norm(module, name="weight"):
    weight = _uninstall(module, name, _WeightNorm)
    delattr(module, name + "_g")
    delattr(module, name + "_v")
    setattr(module, name, weight)
    return module


class _SpectralNorm:
    def __init__(self, name, n_power_iterations, dim, eps):
        if n_power_iterations <= 0:
            raise ValueError("Expected n_power_iterations to be positive, but got "
                             f"n_power_iterations={n_power_iterations}")
        self.name, self.n_power_iterations, self.dim, self.eps = name, n_power_iterations, dim, eps

    def matrix(self, weight):
        if self.dim != 0:
            order = [self.dim] + [d for d in range(weight.ndim) if d != self.dim]
            weight = weight.permute(*order)
        return weight.reshape(weight.shape[0], -1)

    def compute(self, module, in_forward):
        weight = getattr(module, self.name + "_orig")
        u, v = getattr(module, self.name + "_u"), getattr(module, self.name + "_v")
        matrix = self.matrix(weight)
        if in_forward and module.is_training():
            with jt.no_grad():  # the power iteration updates the buffers in place, outside the graph
                m = matrix.detach()
                new_u, new_v = u, v
                for _ in range(self.n_power_iterations):
                    new_v = _normalize(jt.matmul(m.transpose(1, 0), new_u), self.eps)
                    new_u = _normalize(jt.matmul(m, new_v), self.eps)
                u.assign(new_u.detach())
                v.assign(new_v.detach())
        sigma = (u * jt.matmul(matrix, v)).sum()
        return weight / sigma


def spectral_norm(module, name="weight", n_power_iterations=1, eps=1e-12, dim=None):
    from .module import register_module_buffer

    if dim is None:
        dim = 1 if type(module).__name__.startswith("ConvTranspose") else 0
    recipe = _SpectralNorm(name, n_power_iterations, dim, eps)
    weight = _take_weight(module, name)
    matrix = recipe.matrix(weight.detach())
    h, w = matrix.shape
    u = _normalize(jt.randn((h,), weight.dtype), eps)
    v = _normalize(jt.randn((w,), weight.dtype), eps)
    setattr(module, name + "_orig", weight)
    register_module_buffer(module, name + "_u", u.detach())
    register_module_buffer(module, name + "_v", v.detach())
    _install(module, name, recipe)
    return module


def remove_spectral_norm(module, name="weight"):
    weight = _uninstall(module, name, _SpectralNorm)
    for suffix in ("_orig", "_u", "_v"):
        delattr(module, name + suffix)
    setattr(module, name, weight)
    return module


class _WeightNormParametrization(jt.Module):
    """parametrizations.<name>: original0 (the magnitude g) and original1 (the direction v)."""

    def __init__(self, weight, dim):
        self.dim = -1 if dim is None else dim
        self.original0 = _parameter(_norm_except_dim(weight, self.dim))
        self.original1 = _parameter(weight)

    def compute(self, module, in_forward):
        return self.original1 * (self.original0 / _norm_except_dim(self.original1, self.dim))


class _Parametrizations(jt.Module):
    """A module's `parametrizations` container (PyTorch's ModuleDict of ParametrizationLists)."""


def parametrizations_weight_norm(module, name="weight", dim=0):
    weight = _take_weight(module, name)
    holder = module.__dict__.get("parametrizations")
    if holder is None:
        holder = _Parametrizations()
        setattr(module, "parametrizations", holder)
    parametrization = _WeightNormParametrization(weight, dim)
    setattr(holder, name, parametrization)
    _install(module, name, parametrization)
    return module


def remove_parametrizations(module, tensor_name, leave_parametrized=True):
    holder = module.__dict__.get("parametrizations")
    recipes = module.__dict__.get(_RECIPES) or {}
    if holder is None or not isinstance(recipes.get(tensor_name), _WeightNormParametrization):
        raise ValueError(f"Module {module} does not have a parametrization on {tensor_name}")
    if not leave_parametrized:  # weight_norm's two originals cannot stand for the one tensor
        raise ValueError("Cannot leave unparametrized (`leave_parametrized=False`) a tensor that is parametrized "
                         "in terms of a sequence of tensors.")
    weight = _uninstall(module, tensor_name, _WeightNormParametrization)
    delattr(holder, tensor_name)
    if not [k for k, v in holder.__dict__.items() if isinstance(v, jt.Module)]:
        delattr(module, "parametrizations")
    setattr(module, tensor_name, weight)
    return module
