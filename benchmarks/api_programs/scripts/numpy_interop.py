# api: torch.from_numpy
import numpy as np
import torch
a = np.arange(6, dtype=np.float32).reshape(2, 3)
t = torch.from_numpy(a)
t2 = t * 2
back = t2.numpy()
arr = np.asarray(t2)
s = float(np.sum(back))
t3 = torch.tensor(np.array([1, 2, 3]))
t3_dtype = t3.dtype
t4 = torch.as_tensor(a)
mean_np = t.detach().cpu().numpy().mean(axis=0)
