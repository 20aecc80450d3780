# api: torch.det
import torch
A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
d = torch.det(A)
batch = torch.tensor([[[1.0, 2.0, 0.0], [0.0, 1.0, 3.0], [1.0, 0.0, 1.0]], [[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]]])
dets = torch.det(batch)
