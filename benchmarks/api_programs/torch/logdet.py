# api: torch.logdet
import torch
A = torch.tensor([[4.0, 1.0], [1.0, 3.0]])
log_det = torch.logdet(A)
batch = torch.tensor([[[2.0, 0.0], [0.0, 2.0]], [[1.0, 0.5], [0.5, 1.0]]])
batch_log_det = torch.logdet(batch)
