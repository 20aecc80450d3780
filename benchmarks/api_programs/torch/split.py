# api: torch.split
import torch
parts = torch.split(torch.arange(5), [2, 3])
