# api: torch.is_tensor
import torch
flag = torch.is_tensor(torch.zeros(1))
not_flag = torch.is_tensor([1, 2])
