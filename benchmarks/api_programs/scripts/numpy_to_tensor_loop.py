# api: torch.from_numpy
import numpy as np
import torch
rng = np.random.RandomState(0)
X = rng.randn(8, 3).astype(np.float32)
Y = (X.sum(1) > 0).astype(np.int64)
xt = torch.from_numpy(X)
yt = torch.from_numpy(Y)
yt_dtype = yt.dtype
batches = [(xt[i:i + 4], yt[i:i + 4]) for i in range(0, 8, 4)]
sums = [xb.sum().item() for xb, _ in batches]
ones = int(yt.sum())
