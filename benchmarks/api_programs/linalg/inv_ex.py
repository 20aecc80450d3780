# api: torch.linalg.inv_ex
import torch
a = torch.tensor([[4.0, 7.0], [2.0, 6.0]])
inverse, info = torch.linalg.inv_ex(a)
batch = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 0.5]]])
batch_inv = torch.linalg.inv_ex(batch).inverse
