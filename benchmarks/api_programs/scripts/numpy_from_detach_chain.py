# api: torch.Tensor.detach
import numpy as np
import torch
x = torch.tensor([[1.0, -2.0], [3.0, 4.0]], requires_grad=True)
y = (x * 2).detach().cpu().numpy()
ysz = y.size
yt = y.T
ymin = y.min(axis=1)
yclip = y.clip(0, 5)
yr = y.round(1)
yv = y.view(np.int32).shape
yall = bool(y.all())
yany = bool(y.any())
yargs = y.argsort(axis=1)
ystd = float(y.std())
yabs = np.abs(y).tolist()
