# api: torch.log2
import torch
x = torch.tensor([1.0, 2.0, 8.0, 0.25])
bits = torch.log2(x)
int_bits = torch.log2(torch.tensor([1, 4, 1024]))
