# api: torch.Tensor.sum
import torch
b = torch.tensor([True, True])
s_dt = b.sum().dtype
i = torch.tensor([1, 2], dtype=torch.int8)
i_dt = i.sum().dtype
cp = i.cumprod(0).dtype
