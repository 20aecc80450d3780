# api: torch.logical_xor
import torch
m1 = torch.tensor([True, False, True])
m2 = torch.tensor([False, False, True])
x = torch.logical_xor(m1, m2)
n = m1.long() - m2.long()
