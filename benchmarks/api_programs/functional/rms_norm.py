# api: torch.nn.functional.rms_norm
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 1.0, 2.0]])
y = F.rms_norm(x, (4,))
y_weighted = F.rms_norm(x, normalized_shape=[4], weight=torch.tensor([1.0, 0.5, 2.0, 1.0]), eps=1e-5)
