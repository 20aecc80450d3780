# api: torch.Tensor.bitwise_not_
import torch
m = torch.tensor([0, 5, -3, 12])
m.bitwise_not_()
