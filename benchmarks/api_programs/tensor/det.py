# api: torch.Tensor.det
import torch
A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
d = A.det()
batch = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]])
batch_det = batch.det()
