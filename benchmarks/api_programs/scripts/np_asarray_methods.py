# api: torch.Tensor.__array__
import numpy as np
import torch
t = torch.linspace(0, 1, 6)
arr = np.asarray(t)
arr2 = np.array(t.view(2, 3))
s = arr2.std(axis=0)
sz = arr2.size
idx = arr.argmax()
cum = arr.cumsum()
p = arr2.prod(axis=1)
t_back = torch.from_numpy(arr2).sum(dim=1)
