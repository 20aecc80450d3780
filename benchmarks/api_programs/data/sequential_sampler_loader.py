# api: torch.utils.data.SequentialSampler
import torch
from torch.utils.data import SequentialSampler, DataLoader, TensorDataset
ds = TensorDataset(torch.arange(5.0) * 3)
sampler = SequentialSampler(ds)
order = list(sampler)
n = len(sampler)
batches = [b[0] for b in DataLoader(ds, sampler=sampler, batch_size=2)]
