# api: torch.Tensor.element_size
import torch
x = torch.zeros(2, dtype=torch.float16)
e = x.element_size()
i = torch.zeros(2, dtype=torch.int64).element_size()
