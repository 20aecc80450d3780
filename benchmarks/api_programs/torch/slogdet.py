# api: torch.slogdet
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
sign, logabsdet = torch.slogdet(A)
batch = torch.tensor([[[2.0, 0.0], [0.0, 3.0]], [[0.0, 1.0], [1.0, 0.0]]])
batch_result = torch.slogdet(batch)
batch_sign = batch_result.sign
batch_logabsdet = batch_result.logabsdet
