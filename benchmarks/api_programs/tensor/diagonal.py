# api: torch.Tensor.diagonal
import torch
x = torch.arange(12.).reshape(3, 4)
main = x.diagonal()
upper = x.diagonal(offset=1)
