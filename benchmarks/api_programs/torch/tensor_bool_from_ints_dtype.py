# api: torch.tensor
import torch
b = torch.tensor([0, 1, 2], dtype=torch.bool)
f = torch.tensor([True, False], dtype=torch.float32)
i = torch.tensor([1.7, -1.7], dtype=torch.int64)
u = torch.tensor([1, 255], dtype=torch.uint8)
h = torch.tensor([[0.1, 0.2]], dtype=torch.float16)
empty = torch.tensor([])
empty_dtype = empty.dtype
empty_shape = empty.shape
