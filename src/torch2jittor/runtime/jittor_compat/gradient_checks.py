"""torch.autograd.gradcheck and gradgradcheck: the Jacobians Jittor's backward gives compared with central
finite differences, computed as PyTorch's slow mode does (each input element moved by -eps and +eps in the
input's own dtype)."""
from __future__ import annotations

import jittor as jt
import numpy as np


class GradcheckError(RuntimeError):
    """PyTorch's torch.autograd.gradcheck.GradcheckError."""


def _tupled(value):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def _outputs(func, inputs):
    return [o for o in _tupled(func(*inputs)) if isinstance(o, jt.Var)]


def _numerical(func, inputs, k, eps):
    """d(outputs)/d(inputs[k]) by central differences: one column per element of inputs[k]."""
    x = inputs[k].numpy()
    columns = []
    for j in range(x.size):
        values = []
        for step in (-eps, eps):
            moved = x.copy().reshape(-1)
            moved[j] = moved[j] + np.asarray(step, dtype=x.dtype)
            args = list(inputs)
            args[k] = jt.array(moved.reshape(x.shape), dtype=str(x.dtype))
            values.append([o.numpy().astype(np.float64).reshape(-1) for o in _outputs(func, args)])
        columns.append([(hi - lo) / (2 * eps) for lo, hi in zip(*values)])
    return columns  # columns[j][i]: output i's derivatives by element j


def _analytical(outputs, inputs, k):
    """Rows of d(outputs)/d(inputs[k]) from Jittor's backward, one backward per output element."""
    from .autograd import grad

    rows = []
    for out in outputs:
        flat = out.reshape([-1])
        per_output = []
        for e in range(flat.shape[0]):
            g = grad(flat[e:e + 1], [inputs[k]], retain_graph=True, allow_unused=True, materialize_grads=True)[0]
            per_output.append(g.numpy().astype(np.float64).reshape(-1))
        rows.append(np.stack(per_output) if per_output else np.zeros((0, inputs[k].numel())))
    return rows  # rows[i][e, j]: output i's element e by element j


def gradcheck(func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True, fast_mode=False,
              masked=None):
    from .tensor_methods import tensor_requires_grad

    inputs = _tupled(inputs)
    checked = [k for k, x in enumerate(inputs) if isinstance(x, jt.Var) and tensor_requires_grad(x)]
    if not checked:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, but none of the them "
                         "have requires_grad=True.")
    outputs = _outputs(func, inputs)
    for k in checked:
        numerical = _numerical(func, inputs, k, eps)
        analytical = _analytical(outputs, inputs, k)
        for i, a in enumerate(analytical):
            n = np.stack([column[i] for column in numerical], 1) if numerical else np.zeros_like(a)
            if not np.all(np.abs(a - n) <= atol + rtol * np.abs(n)):
                if not raise_exception:
                    return False
                raise GradcheckError(f"Jacobian mismatch for output {i} with respect to input {k},\n"
                                     f"numerical:{n.T}\nanalytical:{a.T}\n")
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-06, atol=1e-05, rtol=0.001,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0, check_undefined_grad=True,
                  check_grad_dtypes=False, check_batched_grad=False, check_fwd_over_rev=False,
                  check_rev_over_rev=True, fast_mode=False, masked=False):
    """gradcheck of the gradients: (inputs, grad_outputs) -> d(outputs . grad_outputs)/d(inputs), the
    grad_outputs drawn from a normal distribution (requiring gradients) when not given."""
    from .autograd import grad
    from .tensor_methods import tensor_requires_grad, tensor_requires_grad_

    inputs = _tupled(inputs)
    outputs = _outputs(func, inputs)
    if grad_outputs is None:
        grad_outputs = tuple(tensor_requires_grad_(jt.randn(tuple(o.shape)).cast(o.dtype)) for o in outputs)
    grad_outputs = _tupled(grad_outputs)
    n = len(inputs)
    differentiable = [k for k, x in enumerate(inputs) if isinstance(x, jt.Var) and tensor_requires_grad(x)]

    def first_derivatives(*args):
        ins, gos = args[:n], args[n:]
        outs = _outputs(func, ins)
        return grad(outs, [ins[k] for k in differentiable], gos, create_graph=True, allow_unused=True,
                    materialize_grads=True)

    return gradcheck(first_derivatives, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception)
