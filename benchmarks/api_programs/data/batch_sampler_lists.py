# api: torch.utils.data.BatchSampler
import torch
from torch.utils.data import BatchSampler, SequentialSampler, DataLoader
bs = BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)
lists = list(bs)
n = len(bs)
bs_drop = BatchSampler(range(7), 3, True)
lists_drop = list(bs_drop)
data = [torch.tensor(float(i)) for i in range(7)]
batches = list(DataLoader(data, batch_sampler=bs))
