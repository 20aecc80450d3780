# api: torch.bitwise_not
import torch
x = torch.tensor([-1, -2, 3], dtype=torch.int8)
inverted = torch.bitwise_not(x)
mask = torch.tensor([True, False, True])
flipped = torch.bitwise_not(mask)
big = torch.bitwise_not(torch.tensor([0, 5, -7]))
