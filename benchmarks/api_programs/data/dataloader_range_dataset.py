# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
loader = DataLoader(range(10), batch_size=4)
batches = [b for b in loader]
n = len(loader)
