# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
a = x[torch.tensor([], dtype=torch.long)]
b = x[[]]
c = x[:, torch.tensor([], dtype=torch.int64)]
