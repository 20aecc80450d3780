# api: torch.is_signed
import torch
floats = torch.is_signed(torch.tensor([1.0, 2.0]))
ints = torch.is_signed(torch.tensor([1, 2]))
bytes_ = torch.is_signed(torch.tensor([1, 2], dtype=torch.uint8))
