# api: torch.split
import torch
x = torch.arange(10)
a = torch.split(tensor=x, split_size_or_sections=4)
b = torch.chunk(input=x, chunks=2, dim=0)
