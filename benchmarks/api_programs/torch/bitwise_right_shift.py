# api: torch.bitwise_right_shift
import torch
out = torch.bitwise_right_shift(torch.tensor([32, 7, 100]), 2)
