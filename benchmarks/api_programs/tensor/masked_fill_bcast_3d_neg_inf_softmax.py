# api: torch.Tensor.masked_fill
import torch
scores = torch.arange(12.).reshape(1, 3, 4)
mask = torch.tensor([[True, True, False, False]]).unsqueeze(1)
out = scores.masked_fill(~mask, float('-inf')).softmax(dim=-1)
