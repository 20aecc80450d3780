"""torch.vmap, torch.cond and torch.while_loop, run eagerly as PyTorch runs them outside torch.compile."""
from __future__ import annotations

import jittor as jt


def cond(pred, true_fn, false_fn, operands=()):
    """true_fn(*operands) if pred (a bool or a one-element tensor) holds, else false_fn(*operands)."""
    if not isinstance(operands, (tuple, list)):
        raise RuntimeError(f"Expect operands to be a tuple of possibly nested dict/list/tuple that only consists "
                           f"of tensor leaves, but got {operands}.")
    if isinstance(pred, jt.Var):
        if pred.numel() != 1:
            raise RuntimeError(f"Expected pred to be bool or single-element tensor, but got {pred}.")
        pred = bool(pred.item())
    return true_fn(*operands) if pred else false_fn(*operands)


def while_loop(cond_fn, body_fn, carried_inputs):
    """body_fn applied to the carried values while cond_fn holds; the last carried values, as a tuple."""
    if not isinstance(carried_inputs, (tuple, list)):
        raise RuntimeError(f"carried_inputs must be a tuple or list, got {type(carried_inputs)}")
    carried = tuple(carried_inputs)
    while True:
        go = cond_fn(*carried)
        if isinstance(go, jt.Var):
            go = bool(go.item())
        if not go:
            return carried
        out = body_fn(*carried)
        carried = tuple(out) if isinstance(out, (tuple, list)) else (out,)


def _leaves(tree, spec, path=()):
    """(leaf, its in_dim) pairs of an argument tree; `spec` an int/None for the whole subtree or a
    matching tuple/list/dict."""
    if isinstance(tree, (tuple, list)):
        specs = spec if isinstance(spec, (tuple, list)) else [spec] * len(tree)
        if len(specs) != len(tree):
            raise ValueError(f"vmap: in_dims is not compatible with the structure of the inputs at {path}")
        for k, (t, s) in enumerate(zip(tree, specs)):
            yield from _leaves(t, s, path + (k,))
    elif isinstance(tree, dict):
        for k, t in tree.items():
            yield from _leaves(t, spec[k] if isinstance(spec, dict) else spec, path + (k,))
    else:
        yield tree, spec


def _slice_tree(tree, spec, b):
    if isinstance(tree, (tuple, list)):
        specs = spec if isinstance(spec, (tuple, list)) else [spec] * len(tree)
        return type(tree)(_slice_tree(t, s, b) for t, s in zip(tree, specs))
    if isinstance(tree, dict):
        return {k: _slice_tree(t, spec[k] if isinstance(spec, dict) else spec, b) for k, t in tree.items()}
    if spec is None or not isinstance(tree, jt.Var):
        return tree
    d = spec % tree.ndim
    return tree[(slice(None),) * d + (b,)] if tree.ndim > 1 else tree[b:b + 1].reshape([1])


def _stack_tree(outs, spec):
    first = outs[0]
    if isinstance(first, (tuple, list)):
        specs = spec if isinstance(spec, (tuple, list)) else [spec] * len(first)
        return type(first)(_stack_tree([o[k] for o in outs], specs[k]) for k in range(len(first)))
    if isinstance(first, dict):
        return {k: _stack_tree([o[k] for o in outs], spec[k] if isinstance(spec, dict) else spec) for k in first}
    if not isinstance(first, jt.Var):
        first = jt.array(first)
        outs = [jt.array(o) for o in outs]
    # Jittor has no 0-d Vars: a one-element result of shape [1] is taken as PyTorch's 0-d one
    if list(first.shape) == [1]:
        return jt.concat(list(outs), 0)
    stacked = jt.stack(list(outs), 0)
    d = spec % stacked.ndim
    if d:
        order = list(range(1, stacked.ndim))
        order.insert(d, 0)
        stacked = stacked.permute(order)
    return stacked


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """func mapped over the in_dims of its (tensor) arguments: called once per index, the results stacked
    at out_dims (the gradient flows through). Keyword arguments pass unmapped, as in PyTorch."""
    if randomness == "same":
        raise NotImplementedError("vmap(randomness='same'): each call draws its own values here")

    def mapped(*args, **kwargs):
        specs = in_dims if isinstance(in_dims, (tuple, list)) else (in_dims,) * len(args)
        if len(specs) != len(args):
            raise ValueError(f"vmap(in_dims={in_dims}): in_dims has {len(specs)} entries for {len(args)} inputs")
        sizes = {leaf.shape[spec % leaf.ndim] for leaf, spec in _leaves(list(args), list(specs))
                 if spec is not None and isinstance(leaf, jt.Var)}
        if not sizes:
            raise ValueError("vmap: at least one input must be a tensor mapped over a dimension (in_dims not None)")
        if len(sizes) > 1:
            raise ValueError(f"vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                             f"{sorted(sizes)} for the mapped dimension")
        outs = [func(*_slice_tree(list(args), list(specs), b), **kwargs) for b in range(sizes.pop())]
        return _stack_tree(outs, out_dims)

    return mapped
