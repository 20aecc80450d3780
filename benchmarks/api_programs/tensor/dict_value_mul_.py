# api: torch.Tensor.mul_
import torch
x = torch.ones(2)
d = {"a": x}
d["a"].mul_(3)
