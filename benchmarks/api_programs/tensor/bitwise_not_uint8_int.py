# api: torch.Tensor.bitwise_not
import torch
a = torch.tensor([0, 255, 1], dtype=torch.uint8)
b = a.bitwise_not()
c = torch.tensor([0, -1, 5]).bitwise_not()
