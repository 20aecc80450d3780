# api: torch.nn.functional.embedding
import torch
import torch.nn.functional as F
w = torch.arange(10., requires_grad=True)
table = w.reshape(5, 2)
idx = torch.tensor([4, 0, 4], dtype=torch.int32)
out = F.embedding(idx, table)
out.sum().backward()
grad = w.grad
pad_out = F.embedding(torch.tensor([[1, 2]]), table.detach(), padding_idx=2)
