# api: torch.result_type
import torch
t = torch.result_type(torch.tensor([1, 2]), 1.0)
