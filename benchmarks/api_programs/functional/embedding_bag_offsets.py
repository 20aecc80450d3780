# api: torch.nn.functional.embedding_bag
import torch
import torch.nn.functional as F
w = torch.arange(18.).reshape(6, 3)
ids = torch.tensor([1, 2, 4, 5, 4, 3, 2, 0])
offsets = torch.tensor([0, 4, 4, 6])
sums = F.embedding_bag(ids, w, offsets, mode='sum')
means = F.embedding_bag(ids, w, offsets, mode='mean', padding_idx=4)
maxima = F.embedding_bag(ids, w, torch.tensor([0, 3, 8]), mode='max', include_last_offset=True)
weighted = F.embedding_bag(ids, w, offsets, mode='sum', per_sample_weights=torch.linspace(0.5, 2.0, 8))
