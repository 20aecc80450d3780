# api: torch.typename
import torch
names = [torch.typename(torch.zeros(2)), torch.typename(torch.zeros(2, dtype=torch.int64)), torch.typename(1.5),
         torch.typename("text")]
