# api: torch.Tensor.is_leaf
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2
const = torch.tensor([3.0])
w_leaf = w.is_leaf
y_leaf = y.is_leaf
const_leaf = const.is_leaf
detached_leaf = y.detach().is_leaf
