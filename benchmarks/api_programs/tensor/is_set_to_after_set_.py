# api: torch.Tensor.is_set_to
import torch
a = torch.zeros(3)
b = torch.ones(3)
a.set_(b)
same = a.is_set_to(b)
