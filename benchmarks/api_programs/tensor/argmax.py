# api: torch.Tensor.argmax
import torch
x = torch.tensor([[1, 9, 3], [7, 2, 8]])
i = x.argmax()
j = x.argmax(dim=1)
