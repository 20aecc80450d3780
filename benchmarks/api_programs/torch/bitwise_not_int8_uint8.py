# api: torch.bitwise_not
import torch
a = torch.tensor([0, -1, 127, -128], dtype=torch.int8)
b = torch.bitwise_not(a)
u = torch.tensor([0, 255, 15], dtype=torch.uint8)
c = torch.bitwise_not(u)
