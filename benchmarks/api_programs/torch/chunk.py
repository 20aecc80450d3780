# api: torch.chunk
import torch
parts = torch.chunk(torch.arange(7), 3)
