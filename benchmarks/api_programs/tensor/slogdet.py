# api: torch.Tensor.slogdet
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
sign, logabsdet = A.slogdet()
batch_sign, batch_logabsdet = torch.stack([A, 3 * torch.eye(2)]).slogdet()
