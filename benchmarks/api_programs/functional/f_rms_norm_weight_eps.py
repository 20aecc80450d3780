# api: torch.nn.functional.rms_norm
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(3, 4) - 5
a = F.rms_norm(x, (4,))
b = F.rms_norm(x, [4], weight=torch.tensor([1.0, 0.5, 2.0, 1.0]), eps=1e-2)
c = F.rms_norm(x.reshape(1, 3, 4), (3, 4))
