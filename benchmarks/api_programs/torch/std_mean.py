# api: torch.std_mean
import torch
x = torch.tensor([1.0, 2.0, 3.0, 6.0])
std, mean = torch.std_mean(x)
