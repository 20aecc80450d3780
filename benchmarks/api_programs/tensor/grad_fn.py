# api: torch.Tensor.grad_fn
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
leaf_has_no_fn = x.grad_fn is None
y_has_fn = y.grad_fn is not None
detached_fn_none = y.detach().grad_fn is None
