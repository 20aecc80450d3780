# api: torch.Tensor.gather
import torch
x = torch.tensor([[10, 20, 30], [40, 50, 60]])
idx = torch.tensor([[2, 0], [1, 1]])
g = x.gather(-1, idx)
g2 = x.gather(dim=0, index=torch.tensor([[1, 0, 1]]))
