# api: torch.tensor
import torch
import numpy as np
vals = [np.float64(1.5), np.float64(2.5)]
t = torch.tensor(vals)
t_dtype = t.dtype
i = torch.tensor(np.int32(7))
i_dtype = i.dtype
f = torch.tensor(np.float32(1.5))
f_dtype = f.dtype
