# api: torch.Tensor.nbytes
import torch
x = torch.zeros(3, 4)
n = x.nbytes
n_half = torch.zeros(5, dtype=torch.float16).nbytes
