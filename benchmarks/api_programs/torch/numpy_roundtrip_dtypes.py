# api: torch.tensor
import numpy as np
import torch
arr = np.array([[1, 2], [3, 4]])
t = torch.tensor(arr)
back = t.numpy()
f = torch.tensor(np.float32(2.5))
lst = torch.tensor([np.int64(3), np.int64(4)])
t_dtype = t.dtype
tolist = t.tolist()
item = t[1, 1].item()
