# api: torch.Tensor.logdet
import torch
A = torch.tensor([[4.0, 1.0], [2.0, 3.0]])
ld = A.logdet()
batch = torch.stack([A, 2 * torch.eye(2)]).logdet()
