# api: torch.Tensor.numpy
import numpy as np
import torch
t = torch.arange(12.0).view(3, 4)
a = t.numpy()
n = a.size
r = a.reshape(4, 3)
rep = a[0].repeat(2)
tr = a.transpose(1, 0)
m = a.mean(axis=0)
mx = a.max()
flat = a.flatten()
asint = a.astype(np.int64)
s = a.sum(axis=1)
sq = np.expand_dims(a, 0).squeeze(0).shape
c = a.copy()
c.fill(1.0)
