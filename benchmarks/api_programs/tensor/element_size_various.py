# api: torch.Tensor.element_size
import torch
a = torch.ones(2, dtype=torch.float64).element_size()
b = torch.ones(2, dtype=torch.int8).element_size()
c = torch.ones(2, dtype=torch.bool).element_size()
d = torch.ones(2, dtype=torch.float16).element_size()
e = torch.ones(2).long().element_size()
