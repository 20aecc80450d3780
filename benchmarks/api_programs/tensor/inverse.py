# api: torch.Tensor.inverse
import torch
A = torch.tensor([[4.0, 7.0], [2.0, 6.0]])
A_inv = A.inverse()
batch = torch.tensor([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [0.0, 1.0]]])
batch_inv = batch.inverse()
