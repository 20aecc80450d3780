# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
items = [(i, str(i)) for i in range(5)]
batches = list(DataLoader(items, batch_size=2, collate_fn=lambda b: b))
